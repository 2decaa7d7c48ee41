import { build } from 'vite';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
const root = process.cwd();
await build({ root, configFile: root + '/vite.config.ts', logLevel: 'warn', build: { outDir: '/tmp/vbout', emptyOutDir: true, sourcemap: false, lib: { entry: root + '/' + process.argv[2], formats: ['es'], fileName: () => 'x.js' }, rollupOptions: { output: { chunkFileNames: 'chunks/[name]-[hash].js', minify: true } } } });
const b = readFileSync('/tmp/vbout/x.js'); console.log(b.length, gzipSync(b, { level: 9 }).length);
