/**
 * Vite plugins for Storybook.
 *
 * The example content in Storybook, published by the real publish step (scripts/content.ts) from
 * demo/content/*.json, at `content/` beside iframe.html: `storybook dev` serves it through the content
 * plugin of vite.config.ts (added here if that config is not merged), and `storybook build` writes the
 * published files into storybook-static/content/, so the static Storybook works from any static host.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin, PluginOption } from 'vite';
import { contentPlugin, publishFolder } from '../scripts/content.js';

const FOLDER = fileURLToPath(new URL('../demo/content/', import.meta.url));

function names(plugins: PluginOption[] | undefined): string[] {
  return (plugins ?? [])
    .flat(Infinity as 1)
    .flatMap((plugin) => (plugin && typeof plugin === 'object' && 'name' in plugin ? [String(plugin.name)] : []));
}

/** The plugins that make `content/v1/...` available in `storybook dev` and `storybook build`. */
export function storybookContentPlugins(existing: PluginOption[] | undefined): Plugin[] {
  const dev = contentPlugin(FOLDER, 'example');
  const build: Plugin = {
    name: 'frontline-widgets-storybook-content',
    apply: 'build',
    async generateBundle() {
      const { files } = await publishFolder(FOLDER, 'example');
      for (const file of files) this.emitFile({ type: 'asset', fileName: `content/${file.path}`, source: file.content });
    },
  };
  return names(existing).includes(dev.name) ? [build] : [dev, build];
}
