// ESLint flat config: typescript-eslint (recommended, not type-aware) + Lit, web-component and
// Lit accessibility rules over the library, tests, stories, demo, the benchmark page and scripts.
import {defineConfig} from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'cdn/',
      'coverage/',
      'storybook-static/',
      'node_modules/',
      'src/api/schema.d.ts',
    ],
  },
  {
    files: ['{src,test,stories,demo,bench,.storybook}/**/*.{ts,tsx,js}'],
    extends: [
      js.configs.recommended,
      ...tseslint.configs.recommended,
      lit.configs['flat/recommended'],
      wc.configs['flat/best-practice'],
      litA11y.configs.recommended,
    ],
    languageOptions: {globals: {...globals.browser}},
    // Let eslint-plugin-wc treat Lit elements as custom elements.
    settings: {wc: {elementBaseClasses: ['LitElement']}},
    rules: {
      // LitElement always implements the lifecycle callbacks, so unguarded super calls are right
      // (as eslint-plugin-lit's README advises).
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: {globals: {...globals.mocha}},
    // Chai's property assertions (`expect(x).to.exist`) are expressions by design.
    rules: {'@typescript-eslint/no-unused-expressions': 'off'},
  },
  {
    files: ['scripts/**/*.{js,mjs}', '*.{js,mjs,ts}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: {globals: {...globals.node}},
  },
);
