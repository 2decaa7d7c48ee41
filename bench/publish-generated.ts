/**
 * The generated benchmark services as a published content base (manifest and dataset file, as
 * `frontline-content build` writes them), so that the element benchmark loads them through the real
 * content layer. Bundled and run in Node by scripts/bench/run.mjs.
 */
import { publish, type PublishedFile } from '../src/authoring/publish.js';
import type { Category, Places } from '../src/content/schema/services.js';
import { generateServices } from './generate.js';

export async function publishGenerated(count: number, seed: number, places: Places, taxonomy: Category[]): Promise<PublishedFile[]> {
  const { organizations, services } = generateServices(count, seed, places, taxonomy);
  const dataset = { dataset: 'services', id: 'bench-services', updated: '2026-11-22', taxonomy, organizations, services, places };
  const { files } = await publish([dataset], { status: 'example', schemas: false });
  return files;
}
