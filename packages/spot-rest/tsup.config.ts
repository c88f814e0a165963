import { readFileSync } from 'node:fs'
import { defineConfig } from 'tsup'

const { name, version } = JSON.parse(readFileSync('./package.json', 'utf8')) as { name: string; version: string }

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  // ky (20 small ESM files) and valibot (one 200 kB file) are bundled and tree-shaken: a cold `import` then reads
  // one file instead of ~25, which is most of the SDK's start-up time (apps/bench import bench).
  noExternal: ['ky', 'valibot'],
  define: { __K_VERSION__: JSON.stringify(`${name}@${version}`) },
})
