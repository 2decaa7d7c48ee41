import type { StorybookConfig } from '@storybook/web-components-vite';
import { keepSideEffects, storybookContentPlugins } from './plugins.js';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The example content, published from demo/content/, at content/ in dev and in the static build; and
  // story imports such as `import '../src/components/fl-x/fl-x.js'` kept in the static build.
  viteFinal: async (viteConfig) => ({
    ...viteConfig,
    plugins: [keepSideEffects, ...(viteConfig.plugins ?? []), ...storybookContentPlugins(viteConfig.plugins)],
  }),
};

export default config;
