// Helpers for the <fl-walkin-schedule> tests: the demo's walk-in content, changed as a test needs it, on a
// test content host of its own, and the element on it once it shows its content and its open week views.
import '../../src/components/fl-walkin-schedule/fl-walkin-schedule.js';
import type { FlWalkinSchedule } from '../../src/components/fl-walkin-schedule/fl-walkin-schedule.js';
import { publish } from '../../src/authoring/publish.js';
import { baseFor, serveFiles, uniqueKey, until } from '../content/helpers.js';
import { readyWidget } from './widget-helpers.js';

/** The walkins dataset file as JSON, for tests to change. */
export type Walkins = Record<string, unknown> & { offices: Record<string, unknown>[]; supportLine: Record<string, unknown> };

let demo: Walkins | undefined;

/** A copy of the demo's walkins content (demo/content/walkins.json), fetched once. */
async function demoWalkins(): Promise<Walkins> {
  demo ??= (await (await fetch('/demo/content/walkins.json')).json()) as Walkins;
  return structuredClone(demo);
}

/** Publishes the demo's walkins content (changed by `edit`) on a test host of its own; returns its content base. */
export async function walkinHost(edit?: (data: Walkins) => void): Promise<string> {
  const data = await demoWalkins();
  edit?.(data);
  const { files } = await publish([data], { status: 'example', schemas: false });
  const key = uniqueKey('walkin');
  await serveFiles(key, files);
  return baseFor(key);
}

/** A walk-in schedule on `base` at `now`, once it shows its content and every open week view. */
export async function schedule(base: string, now: Date, attributes: Record<string, string> = {}): Promise<FlWalkinSchedule> {
  const el = await readyWidget<FlWalkinSchedule>('fl-walkin-schedule', base, now, attributes);
  await weekViews(el);
  return el;
}

/** Waits until every open week view shows its week (the week view is a chunk loaded when one first opens). */
export async function weekViews(el: FlWalkinSchedule): Promise<void> {
  const open = () => [...el.shadowRoot!.querySelectorAll('[part~="week-disclosure"][open]')];
  await until(() => open().every((details) => details.querySelector('[part~="week"]')), 5000, 'the week view');
  await el.updateComplete;
}
