import { execFileSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/**
 * Vitest globalSetup: the tests run the built `dist/bin.js` as a subprocess, so build it with tsup first when it is
 * missing or older than any source it bundles: this package's `src`, package.json and tsup config, and the `src` of
 * every @k workspace package (they are bundled into the binary from source).
 */
export default function buildBinary() {
  const binary = join(root, 'dist', 'bin.js')
  const built = exists(binary) ? statSync(binary).mtimeMs : 0
  const packages = join(root, '..')
  const inputs = [
    ...readdirSync(packages).map((name) => join(packages, name, 'src')),
    join(root, 'package.json'),
    join(root, 'tsup.config.ts'),
  ]
  if (built > 0 && inputs.every((input) => newest(input) <= built)) return
  execFileSync(process.execPath, [join(root, 'node_modules', 'tsup', 'dist', 'cli-default.js')], {
    cwd: root,
    stdio: 'ignore',
  })
}

function exists(path: string): boolean {
  try {
    statSync(path)
    return true
  } catch {
    return false
  }
}

function newest(path: string): number {
  if (!exists(path)) return 0
  if (!statSync(path).isDirectory()) return statSync(path).mtimeMs
  const directory = path
  let latest = 0
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name)
    const time = entry.isDirectory() ? newest(path) : entry.name.endsWith('.test.ts') ? 0 : statSync(path).mtimeMs
    latest = Math.max(latest, time)
  }
  return latest
}
