// npm run prebuild:content: publishes the example content of demo/content/*.json into dist/content/
// (the folder the library's default content base points at), with the JSON Schema files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { runnerImport } from 'vite';

const root = new URL('..', import.meta.url).pathname;
const { module } = await runnerImport(join(root, 'scripts/content.ts'), { root, logLevel: 'warn' });
const out = join(root, 'dist/content');
try {
  const { files } = await module.publishFolder(join(root, 'demo/content'), 'example');
  for (const file of files) {
    const path = join(out, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
  }
  console.log(`content: ${files.length} files into dist/content/`);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
