/**
 * The entry of <fl-procedure-explainer>: importing this module defines the tag (and `<fl-term>`, which
 * its glossary terms use). The class lives in ./fl-procedure-explainer.component.ts, which has no side
 * effects (see ARCHITECTURE.md, "The element skeleton").
 */
import { defineElement } from '../../define.js';
import '../parts/term.define.js';
import { FlProcedureExplainer } from './fl-procedure-explainer.component.js';

export { FlProcedureExplainer };

defineElement('fl-procedure-explainer', FlProcedureExplainer);

declare global {
  interface HTMLElementTagNameMap {
    'fl-procedure-explainer': FlProcedureExplainer;
  }
}
