import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import path from 'node:path';

const NO_UNSAFE_HTML = { name: 'lit/directives/unsafe-html.js', message: 'Content is data: no unsafeHTML.' };
const NO_FULL_ZOD = { name: 'zod', message: 'Browser code uses zod/mini (full zod is four times larger and probes new Function).' };
const ENTRY_WITHOUT_ZOD =
  "Element entries hold no zod: import the dataset's reference from content/dataset-refs.js, and its types with `import type`.";
// Element entries hold no zod: the validation modules (zod/mini, the dataset schemas, the checks) are a chunk
// the store loads on demand, and a value imported from one of them would put it all in the entry file.
// Elements pass a reference from src/content/dataset-refs.ts to their ContentController and import the
// content types with `import type`. The modules are those scripts/build.mjs puts in the validation chunk
// (VALIDATION_MODULES): schema/dataset.ts, schema/version.ts and schema/manifest-fields.ts hold no zod.
const ENTRY_ZOD_MINI = { name: 'zod/mini', allowTypeImports: true, message: ENTRY_WITHOUT_ZOD };
const ENTRY_SCHEMA_VALUES = {
  regex: String.raw`(^|/)content/(schema/(?!(dataset|version|manifest-fields)\.js$)[\w-]+|validation|validate|problems)\.js$`,
  allowTypeImports: true,
  message: ENTRY_WITHOUT_ZOD,
};

// The layer table of ARCHITECTURE.md ("folder | holds | may import"): each row's files may import, of the
// project, only the units it names (`types`: type-only imports). Imports are relative, so each unit
// becomes a pattern on the specifier as written from the row's folder. Dynamic import() is checked against
// the same patterns by the `layers/dynamic-import` rule below (a type-only import cannot be dynamic).
const UNITS = {
  internal: 'src/internal/',
  i18n: 'src/i18n/',
  generated: 'src/generated/',
  'content/schema': 'src/content/schema/',
  content: 'src/content/',
  'events.ts': 'src/events.ts',
  'define.ts': 'src/define.ts',
  'version.ts': 'src/version.ts',
  logic: 'src/logic/',
  authoring: 'src/authoring/',
  cli: 'src/cli/',
  base: 'src/components/base/',
  controllers: 'src/components/controllers/',
  parts: 'src/components/parts/',
  'fl-<name>': 'src/components/fl-*/',
  'index.ts': 'src/index.ts',
  'loader.ts': 'src/loader.ts',
  'frameworks.ts': 'src/frameworks.ts',
};
const ELEMENT_UNITS = [
  'internal',
  'i18n',
  'content',
  'content/schema',
  'events.ts',
  'define.ts',
  'version.ts',
  'logic',
  'base',
  'controllers',
  'parts',
];
const LAYERS = [
  { row: 'src/internal/', files: ['src/internal/*.ts'], may: [], says: 'nothing of the project' },
  { row: 'src/i18n/', files: ['src/i18n/*.ts'], may: ['internal', 'generated'], says: 'internal (and the locale modules in src/generated)' },
  { row: 'src/content/schema/', files: ['src/content/schema/*.ts'], may: ['internal'], says: 'internal' },
  {
    row: 'src/content/',
    files: ['src/content/*.ts'],
    may: ['internal', 'i18n', 'content/schema', 'events.ts', 'version.ts'],
    says: 'internal, i18n, content/schema, events.ts, version.ts',
  },
  {
    row: 'src/events.ts, src/define.ts, src/version.ts',
    folder: 'src/',
    files: ['src/events.ts', 'src/define.ts', 'src/version.ts'],
    may: ['version.ts'],
    types: ['content', 'i18n'],
    says: 'types from content and i18n; version.ts',
    entry: true,
  },
  {
    row: 'src/logic/',
    files: ['src/logic/*.ts'],
    may: ['internal', 'i18n'],
    types: ['content/schema'],
    says: 'internal, i18n, types from content/schema',
  },
  {
    row: 'src/authoring/',
    files: ['src/authoring/*.ts'],
    may: ['internal', 'i18n', 'content', 'content/schema', 'logic'],
    says: 'internal, i18n, content, logic',
  },
  {
    row: 'src/cli/',
    files: ['src/cli/*.ts'],
    may: ['authoring', 'content', 'content/schema', 'logic', 'version.ts'],
    says: 'authoring, content, logic, version.ts',
  },
  {
    row: 'src/components/base/',
    files: ['src/components/base/*.ts'],
    may: ['i18n', 'content', 'content/schema', 'controllers', 'parts', 'version.ts'],
    says: 'i18n, content, controllers, parts, version.ts',
    entry: true,
  },
  {
    row: 'src/components/controllers/',
    files: ['src/components/controllers/*.ts'],
    may: ['internal', 'logic', 'i18n'],
    says: 'internal, logic, i18n',
    entry: true,
  },
  {
    row: 'src/components/parts/',
    files: ['src/components/parts/*.ts'],
    may: ['i18n', 'content', 'content/schema', 'logic', 'base', 'events.ts', 'define.ts'],
    says: 'i18n, content, logic, base, events.ts, define.ts',
    entry: true,
  },
  {
    row: 'src/components/fl-<name>/',
    folder: 'src/components/fl-name/',
    files: ['src/components/fl-*/*.ts'],
    may: ELEMENT_UNITS,
    says: "everything above except authoring and cli (and not another element's folder)",
    entry: true,
  },
];

const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern for the imports of `unit` (a path under src/) as a file in `from` (a folder) writes them. */
function unitRegex(from, unit) {
  const element = unit.endsWith('fl-*/');
  const file = unit.endsWith('.ts');
  const target = element ? unit.slice(0, -'fl-*/'.length) : file ? unit.slice(0, -'.ts'.length) : unit;
  const relative = path.posix.relative(from, target) || '.';
  const written = escapeRegex(relative.startsWith('..') || relative === '.' ? relative : `./${relative}`);
  if (file) return `^${written}\\.js$`;
  if (element) return `^${written}/fl-[\\w-]+/`;
  // A folder's own modules, not those of a unit in a subfolder (content/ holds schema/); generated/ nests.
  return unit === UNITS.generated ? `^${written}/` : `^${written}/[^/]+\\.js$`;
}

/** The options of no-restricted-imports for the files of one layer (or, without a layer, the general ones). */
function restrictedImports({ row, folder, may = [], types = [], says, entry = false } = {}) {
  const paths = [NO_FULL_ZOD, NO_UNSAFE_HTML, ...(entry ? [ENTRY_ZOD_MINI] : [])];
  // A layer that may not import content at all forbids its types too (the entry pattern would allow them).
  const patterns = entry && (!row || may.includes('content/schema')) ? [ENTRY_SCHEMA_VALUES] : [];
  if (row) {
    if (row === 'src/cli/') paths.splice(0, 1);
    const from = folder ?? row;
    const message = `ARCHITECTURE.md, the layer table ("may import"): ${row} may import ${says}.`;
    for (const [name, unit] of Object.entries(UNITS)) {
      if (may.includes(name) || (unit === from && !unit.endsWith('fl-*/'))) continue;
      patterns.push({ regex: unitRegex(from, unit), allowTypeImports: types.includes(name), message });
    }
  }
  return { paths, patterns };
}

/** The specifier of an `import()` when it is written out (a string, or a template without expressions). */
function dynamicSpecifier(source) {
  if (source.type === 'Literal' && typeof source.value === 'string') return source.value;
  if (source.type === 'TemplateLiteral' && source.expressions.length === 0) return source.quasis[0].value.cooked;
  return undefined;
}

/**
 * `import()` under the rules no-restricted-imports applies to static imports: its options are the same
 * `{ paths, patterns }` (restrictedImports()), each import() checked as a value import.
 */
const layersPlugin = {
  rules: {
    'dynamic-import': {
      meta: { type: 'problem', schema: [{ type: 'object', additionalProperties: true }] },
      create(context) {
        const { paths = [], patterns = [] } = context.options[0] ?? {};
        const checks = [
          ...paths.map((entry) => ({ test: (specifier) => specifier === entry.name, message: entry.message })),
          ...patterns.map((entry) => ({ test: (specifier) => new RegExp(entry.regex).test(specifier), message: entry.message })),
        ];
        return {
          ImportExpression(node) {
            const specifier = dynamicSpecifier(node.source);
            if (specifier === undefined) return;
            const hit = checks.find((check) => check.test(specifier));
            if (hit)
              context.report({ node: node.source, message: `'${specifier}' import is restricted from being used by a pattern. ${hit.message}` });
          },
        };
      },
    },
  },
};

/** The static and the dynamic import rules with the same options. */
const importRules = (options) => ({
  '@typescript-eslint/no-restricted-imports': ['error', options],
  'layers/dynamic-import': ['error', options],
});

export default tseslint.config(
  { ignores: ['dist/**', 'storybook-static/**', 'src/generated/**', 'node_modules/**', 'coverage/**', '.tmp/**'] },
  js.configs.recommended,
  { plugins: { layers: layersPlugin } },
  ...tseslint.configs.recommended,
  {
    // Rules that use the types (floating promises, unsafe any, unbound methods...), on the TypeScript that
    // tsconfig.json and tsconfig.cli.json cover (bench/ and .storybook/ keep the rules without types).
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts', 'scripts/**/*.ts', 'vite.config.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        // src/cli/ is left out of tsconfig.json (it needs Node's types): tsconfig.cli.json covers it.
        projectService: { allowDefaultProject: ['src/cli/*.ts'], defaultProject: 'tsconfig.cli.json' },
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  lit.configs['flat/recommended'],
  litA11y.configs.recommended,
  {
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        console: 'readonly',
        globalThis: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        fetch: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Content is data: render through Lit templates, never innerHTML.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Content is data: render through Lit templates.' },
        {
          // The build minifies templates, msg()'s too (vite.config.ts): an id derived from the text would change.
          selector: "CallExpression[callee.name='msg']:not(:has(Property[key.name='id']))",
          message: 'Give msg() an explicit { id }: the build minifies templates, and a text-derived id would no longer match the translations.',
        },
      ],
      // The typescript-eslint version of the rule, for `allowTypeImports` (the element entries below).
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': ['error', { paths: [NO_UNSAFE_HTML] }],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      // @open-wc/semantic-dom-diff types chai's equal() as returning a promise (for its DOM snapshots),
      // which makes every expect(...).to.equal(...) a floating promise (about 1,350). It is synchronous.
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', name: 'Equal', package: '@open-wc/semantic-dom-diff' }] },
      ],
      // Tests read JSON back (JSON.parse, response.json(), ical.js) and check it field by field.
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // Test doubles implement async interfaces without awaiting anything.
    files: ['test/**/*.ts', 'stories/**/*.ts'],
    rules: { '@typescript-eslint/require-await': 'off' },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**'],
    rules: importRules(restrictedImports()),
  },
  {
    files: ['src/index.ts'],
    rules: importRules(restrictedImports({ entry: true })),
  },
  // One block per row of the layer table, after the general ones: a block's options replace theirs.
  ...LAYERS.map((layer) => ({
    files: layer.files,
    rules: importRules(restrictedImports(layer)),
  })),
);
