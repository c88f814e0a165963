// Prints where plain Node resolves every @k package for `import` and for `require()` (no @k/source condition).
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const names = process.argv.slice(2)
const resolved = {}
for (const name of names) {
  resolved[name] = { import: fileURLToPath(import.meta.resolve(name)), require: require.resolve(name) }
}
console.log(JSON.stringify(resolved))
