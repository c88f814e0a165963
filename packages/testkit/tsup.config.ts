import { readFileSync } from 'node:fs'
import { defineConfig } from 'tsup'

const { name, version } = JSON.parse(readFileSync('./package.json', 'utf8')) as { name: string; version: string }
const define = { __K_VERSION__: JSON.stringify(`${name}@${version}`) }

export default defineConfig([
  {
    entry: ['src/index.ts', 'src/vitest/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    define,
  },
  // The binary is ESM only (top-level await); it never needs a CommonJS build.
  { entry: ['src/cli.ts'], format: ['esm'], sourcemap: true, target: 'es2022', define },
])
