// Lint: typescript-eslint's recommended rules, Lit's and the custom-elements plugin's, line length
// 120 outside data, and the layering of the source (core ← ui ← element) as import rules.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

const layer = (from, forbidden) => ({
  files: [`src/${from}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: forbidden.map(({ group, message }) => ({ group, message })),
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'demo-dist/', 'reports/', 'bench/dist/', '.tmp/', '**/*.gen.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'max-len': [
        'error',
        { code: 120, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreUrls: true, ignoreRegExpLiterals: true },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Data: long lines are text, not code.
  { files: ['src/content/**', 'tests/**/fixtures/**'], rules: { 'max-len': 'off' } },
  // The direction of the layers: core imports no DOM code, ui renders but never wires the element.
  layer('core', [
    { group: ['lit', 'lit/*', '@lit/*'], message: 'core/ is DOM-free: no lit.' },
    {
      group: ['**/ui/**', '**/element/**', '**/i18n/**'],
      message: 'core/ imports nothing from ui/, element/ or i18n/.',
    },
  ]),
  layer('content', [{ group: ['lit', 'lit/*', '**/ui/**', '**/element/**'], message: 'content/ is data.' }]),
  layer('i18n', [{ group: ['**/ui/**', '**/element/**'], message: 'i18n/ holds messages only.' }]),
  layer('ui', [{ group: ['**/element/**'], message: 'ui/ imports nothing from element/.' }]),
);
