import { readFileSync } from 'node:fs'
import { defineConfig } from 'tsup'

const { name, version } = JSON.parse(readFileSync('./package.json', 'utf8')) as { name: string; version: string }
const define = { __K_VERSION__: JSON.stringify(`${name}@${version}`) }

export default defineConfig([
  {
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    define,
  },
  // The binary is ESM only (top-level await). The @k/* workspace packages are bundled from their sources (the
  // `@k/source` condition) into lazily loaded chunks, so the binary runs without building its siblings first and
  // `--version` loads only bin.js and commander.
  {
    entry: ['src/bin.ts'],
    format: ['esm'],
    sourcemap: true,
    target: 'es2022',
    define,
    splitting: true,
    noExternal: [/^@k\//],
    // Bundled CommonJS (isomorphic-ws in @k/spot-ws) calls require('ws'); give the ESM chunks a real `require` that
    // resolves from this package, where `ws` is a dependency.
    banner: {
      js: "import { createRequire as __kCreateRequire } from 'node:module'; const require = __kCreateRequire(import.meta.url);",
    },
    esbuildOptions(options) {
      options.conditions = ['@k/source', 'node', 'import']
    },
  },
])
