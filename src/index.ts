/**
 * frontline-widgets: importing this module defines every element (the script-tag bundle).
 * It touches nothing global but the custom element registry.
 */
export { VERSION } from './version.js';
export { FlElement } from './components/base/fl-element.js';
export { FlWidget } from './components/base/fl-widget.js';
export { defineElement } from './define.js';
export {
  FlContentLoadEvent,
  FlContentErrorEvent,
  FlLanguageChangeEvent,
  FlOrientationFinishEvent,
  FlProcedureOpenEvent,
  type ContentSource,
} from './events.js';
export type { ContentErrorReason } from './content/errors.js';
export type { ContentProblem } from './content/problems.js';
export { FlWalkinSchedule } from './components/fl-walkin-schedule/fl-walkin-schedule.js';
export { FlServiceFinder } from './components/fl-service-finder/fl-service-finder.js';
export { FlProcedureExplainer } from './components/fl-procedure-explainer/fl-procedure-explainer.js';
export { FlReintegrationCards } from './components/fl-reintegration-cards/fl-reintegration-cards.js';
