import type { StorybookConfig } from '@storybook/web-components-vite';
import { storybookContentPlugins } from './plugins.js';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The example content, published from demo/content/, at content/ in dev and in the static build. Story
  // imports of an element's entry file (`import '../src/components/fl-x/fl-x.js'`) define it because
  // package.json lists the entry files under `sideEffects` (see ARCHITECTURE.md).
  viteFinal: async (viteConfig) => ({
    ...viteConfig,
    plugins: [...(viteConfig.plugins ?? []), ...storybookContentPlugins(viteConfig.plugins)],
  }),
};

export default config;
