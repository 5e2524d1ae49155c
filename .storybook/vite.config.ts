import {defineConfig} from 'vite';
import {legacyDecorators} from '../vite.config.js';

// Storybook's Vite config: the library's decorators, and no reloads for build and test output.
export default defineConfig({
  oxc: legacyDecorators,
  server: {
    watch: {ignored: ['**/coverage/**', '**/dist/**', '**/cdn/**', '**/storybook-static/**']},
  },
});
