import { readFileSync } from 'node:fs'
import { defineConfig } from 'tsup'

const { name, version } = JSON.parse(readFileSync('./package.json', 'utf8')) as { name: string; version: string }

export default defineConfig({
  entry: ['src/index.ts', 'src/index.browser.ts', 'src/lane/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  // Keep `node:crypto` as written (tsup strips the prefix by default; Deno and bundlers need it).
  removeNodeProtocol: false,
  define: { __K_VERSION__: JSON.stringify(`${name}@${version}`) },
})
