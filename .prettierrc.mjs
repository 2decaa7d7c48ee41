// The style the code is written in. Measured on the whole tree, these settings change the fewest lines
// (printWidth 150: 727 lines of today's code; 140: 782; 130: 914; 160: 756).
/** @type {import('prettier').Config} */
export default {
  printWidth: 150,
  singleQuote: true,
  trailingComma: 'all',
  // Leaves the text inside css`` and html`` templates and Markdown code blocks as written: the build
  // minifies templates anyway, and reflowing them is most of what Prettier would otherwise change.
  embeddedLanguageFormatting: 'off',
};
