import boundaries from 'eslint-plugin-boundaries';
import tseslint from 'typescript-eslint';

/** Page text is untrusted: HTML may only be set from constants. */
const noHtmlInjection = {
  'no-restricted-syntax': [
    'error',
    {
      selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]:not([right.type='Literal'])",
      message: 'innerHTML/outerHTML chỉ được gán hằng số: văn bản trang không bao giờ được chèn như HTML.',
    },
    {
      selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
      message: 'insertAdjacentHTML bị cấm: dùng textContent.',
    },
    {
      selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
      message: 'dangerouslySetInnerHTML bị cấm.',
    },
  ],
};

/**
 * The layers, lowest first. A module may import from its own layer and the
 * ones below, never from a layer above: words and dates know nothing of pages,
 * pages nothing of checks, checks nothing of the stores, the stores nothing of
 * the UI. docs/ARCHITECTURE.md says why each folder sits where it does.
 */
const LAYERS = [
  { name: 'text and time', folders: ['lib/text', 'lib/time', 'lib/i18n', 'lib/domain'] },
  { name: 'schema', folders: ['lib/schema'] },
  { name: 'pages', folders: ['lib/pages', 'lib/restore'] },
  { name: 'indicators and checks', folders: ['lib/indicators', 'lib/checks', 'lib/tasks', 'lib/plan', 'lib/ocr'] },
  { name: 'metrics', folders: ['lib/metrics'] },
  { name: 'stores and views', folders: ['lib/db', 'lib/views', 'lib/export', 'lib/report', 'lib/messaging', 'lib/hosts'] },
  { name: 'UI', folders: ['lib/content', 'lib/background', 'components'] },
  { name: 'entry points', folders: ['entrypoints'] },
];

/** Imports point down the layers only. */
const layersPointDown = {
  plugins: { boundaries },
  settings: {
    'boundaries/elements': LAYERS.flatMap((layer) => layer.folders.map((folder) => ({ type: layer.name, pattern: folder }))),
    'boundaries/dependency-nodes': ['import', 'export', 'dynamic-import'],
    'import/resolver': { typescript: { project: './tsconfig.json' } },
  },
  rules: {
    'boundaries/dependencies': [
      'error',
      {
        default: 'allow',
        message:
          "{{from.path}} ({{from.type}}) must not import {{to.path}} ({{to.type}}): imports point down the layers only, see docs/ARCHITECTURE.md",
        policies: LAYERS.slice(0, -1).map((layer, i) => ({
          from: { element: { type: layer.name } },
          disallow: { to: { element: { types: { anyOf: LAYERS.slice(i + 1).map((above) => above.name) } } } },
        })),
      },
    ],
  },
};

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'tests/fixtures/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      ...noHtmlInjection,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  layersPointDown,
);
