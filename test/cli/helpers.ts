import { executeServerCommand } from '@web/test-runner-commands';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `frontline-content ...args` in Node (test/support/cli-plugin.mjs) from the repository root. */
export function cli(...args: string[]): Promise<CliRun> {
  return executeServerCommand<CliRun, { args: string[] }>('frontline-content', { args });
}

/** A new empty folder on the machine running the tests. */
export function tmpdir(): Promise<string> {
  return executeServerCommand<string, undefined>('frontline-content:tmpdir');
}

/** Every file under a folder made by `tmpdir`, by path relative to it. */
export function readTree(dir: string): Promise<Record<string, string>> {
  return executeServerCommand<Record<string, string>, { dir: string }>('frontline-content:read-tree', { dir });
}

/** Writes files into a folder made by `tmpdir`. */
export function writeFiles(dir: string, files: Record<string, string>): Promise<boolean> {
  return executeServerCommand<boolean, { dir: string; files: Record<string, string> }>('frontline-content:write-files', { dir, files });
}

export const FIXTURES = 'test/fixtures/content';
/** The day the fixtures are checked against, so that `reviewed` checks do not depend on the real date. */
export const TODAY = '2026-11-22';

/** The problem lines of a validate run (the lines that start with a file name). */
export const problemLines = (run: CliRun) => run.stdout.split('\n').filter((line) => /^\S+\.json:\d+:\d+ /.test(line));
