import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'

const here = dirname(fileURLToPath(import.meta.url))
const packageRoot = resolve(here, '..')
const workspace = resolve(packageRoot, '..')

// Resolves a relative `.js` import to its `.ts` source, and `@k/<pkg>` to that package's `src/index.ts`.
function resolveImport(from: string, specifier: string): string | undefined {
  if (specifier.startsWith('.')) return resolve(dirname(from), specifier.replace(/\.js$/, '.ts'))
  const workspacePackage = /^@k\/([\w-]+)$/.exec(specifier)
  if (workspacePackage) return join(workspace, workspacePackage[1]!, 'src', 'index.ts')
  return undefined
}

// Every module reachable from `entry` (static imports and re-exports, including `import type`), read as text.
function importGraph(entry: string): Map<string, string[]> {
  const graph = new Map<string, string[]>()
  const pending = [entry]
  while (pending.length > 0) {
    const file = pending.pop()!
    if (graph.has(file)) continue
    // Drop comments first: JSDoc @example blocks contain `import … from '@k/signing'` lines that are not imports.
    const source = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '')
    const specifiers = [
      ...source.matchAll(/(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]/g),
    ].map((match) => match[1] ?? match[2]!)
    graph.set(file, specifiers)
    for (const specifier of specifiers) {
      const target = resolveImport(file, specifier)
      if (target) pending.push(target)
    }
  }
  return graph
}

const NODE_BUILTINS =
  /^(node:|crypto$|buffer$|fs$|path$|util$|os$|stream$|http$|https$|net$|tls$|zlib$|worker_threads$)/

describe('browser entry', () => {
  test('nothing reachable from src/index.browser.ts imports a Node built-in or the node/ folder', () => {
    const graph = importGraph(join(here, 'index.browser.ts'))
    expect(graph.size).toBeGreaterThan(5)
    expect([...graph.keys()].some((file) => file.includes(`${join('errors', 'src')}`))).toBe(true)
    for (const [file, specifiers] of graph) {
      for (const specifier of specifiers) {
        expect(specifier, `${file} imports ${specifier}`).not.toMatch(NODE_BUILTINS)
        expect(specifier, `${file} imports ${specifier}`).not.toMatch(/\/node\//)
      }
      expect(existsSync(file)).toBe(true)
    }
  })

  test('the Node entry does reach node:crypto (so the graph walk can fail)', () => {
    const graph = importGraph(join(here, 'index.ts'))
    expect([...graph.values()].flat()).toContain('node:crypto')
  })

  test('the exports map sends the browser condition to the WebCrypto build, which tsup builds', () => {
    const manifest = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8'))
    const root = manifest.exports['.']
    const conditions = Object.keys(root)
    // Order matters: `browser` must come before `import`/`require`, or bundlers pick the Node build.
    expect(conditions.indexOf('browser')).toBeLessThan(conditions.indexOf('import'))
    expect(root.browser.import.default ?? root.browser.import).toBe('./dist/index.browser.js')
    expect(root.browser.require.default ?? root.browser.require).toBe('./dist/index.browser.cjs')
    expect(root.import.default).toBe('./dist/index.js')
    expect(root.require.default).toBe('./dist/index.cjs')
    const tsup = readFileSync(join(packageRoot, 'tsup.config.ts'), 'utf8')
    expect(tsup).toContain("'src/index.browser.ts'")
    expect(tsup).toContain("'src/index.ts'")
  })

  test('both entries export the same async signing functions', async () => {
    const browser = await import('./index.browser.js')
    const node = await import('./index.js')
    const browserNames = Object.keys(browser).sort()
    expect(browserNames).toEqual(['createNonce', 'signFuturesChallenge', 'signFuturesRequest', 'signSpotRequest'])
    for (const name of browserNames) expect(Object.keys(node)).toContain(name)
  })
})
