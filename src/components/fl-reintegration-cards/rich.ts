/**
 * The rich-text renderer, as the element loads it beside its content (see the element's `rich` piece).
 * Through this module, not `import('../parts/rich-text.js')`: that module sits in a chunk of several
 * (scripts/build.mjs) and importing it directly makes the build add a runtime helper to the explainer's page.
 */
export { richText } from '../parts/rich-text.js';
