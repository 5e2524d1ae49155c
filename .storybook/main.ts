import type {StorybookConfig} from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: {
    name: '@storybook/web-components-vite',
    // Storybook's own Vite config: the library's vite.config.ts describes the library builds.
    options: {builder: {viteConfigPath: '.storybook/vite.config.ts'}},
  },
  // Offline: no telemetry, no "what's new" fetch, no version check.
  core: {disableTelemetry: true, disableWhatsNewNotifications: true, enableCrashReports: false},
};

export default config;
