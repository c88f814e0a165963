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
  // ky is ESM-only: in the CommonJS build, `require('ky')` (Node >= 20.19's require(esm)) yields the module namespace,
  // so esbuild's interop reads `ky.default.create` as undefined. Bundling ky into both builds fixes `require()`
  // (as @k/spot-rest does); apps/smoke checks it.
  noExternal: ['ky'],
  define: { __K_VERSION__: JSON.stringify(`${name}@${version}`) },
})
