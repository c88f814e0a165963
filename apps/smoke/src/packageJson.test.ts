import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { PACKAGES, readPackageJson, repoRoot } from './packages.js'

/** Every file path in an exports map, with the chain of conditions that leads to it. */
function exportTargets(value: unknown, conditions: string[] = []): Array<{ conditions: string[]; path: string }> {
  if (typeof value === 'string') return [{ conditions, path: value }]
  if (value === null || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([key, inner]) => exportTargets(inner, [...conditions, key]))
}

function filesUnder(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

// An import, require, dynamic import or module augmentation of 'vitest' (or a 'vitest/…' subpath) in built code or types.
const VITEST_IMPORT =
  /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|\bdeclare\s+module\s+|\bimport\s+)['"]vitest(?:\/[^'"]*)?['"]/

/** The dist files (code and declarations) of `packages/<folder>` that import vitest. */
function distFilesImportingVitest(folder: string): string[] {
  return filesUnder(join(repoRoot, 'packages', folder, 'dist'))
    .filter((file) => /\.(?:[cm]?js|d\.[cm]?ts)$/.test(file))
    .filter((file) => VITEST_IMPORT.test(readFileSync(file, 'utf8')))
}

test('the vitest-import detector sees @k/testkit/vitest (its types augment vitest’s ProvidedContext)', () => {
  expect(distFilesImportingVitest('testkit').some((file) => file.includes(join('dist', 'vitest')))).toBe(true)
})

describe.each(PACKAGES)('%s package.json', (folder) => {
  const root = join(repoRoot, 'packages', folder)
  const pkg = readPackageJson(folder)

  test('is tree-shakeable, ESM-first and publishes only dist and docs', () => {
    expect(pkg.private).not.toBe(true)
    expect(pkg.type).toBe('module')
    expect(pkg.sideEffects).toBe(false)
    expect(pkg.files).toContain('dist')
    expect(pkg.files).not.toContain('src')
  })

  test('engines.node accepts Node 20.19 and nothing older', () => {
    const match = /^>=\s*(\d+)\.(\d+)(?:\.(\d+))?$/.exec(pkg.engines?.node ?? '')
    expect(match, `engines.node is "${pkg.engines?.node}"`).not.toBeNull()
    expect([Number(match?.[1]), Number(match?.[2]), Number(match?.[3] ?? 0)]).toEqual([20, 19, 0])
  })

  test('every exports/main/module/types/bin target is built; @k/source points into src only', () => {
    const targets = [
      ...exportTargets(pkg.exports),
      ...(['main', 'module', 'types'] as const).flatMap((field) => {
        const path = pkg[field]
        return path === undefined ? [] : [{ conditions: [field], path }]
      }),
      ...Object.values(pkg.bin ?? {}).map((path) => ({ conditions: ['bin'], path })),
    ]
    expect(targets.length).toBeGreaterThan(3)
    for (const { conditions, path } of targets) {
      if (conditions.includes('@k/source')) {
        // The monorepo-only condition: never published (files has no src), never the only way in.
        expect(path, conditions.join(' > ')).toMatch(/^\.\/src\//)
        continue
      }
      if (path === './package.json') continue
      expect(path, conditions.join(' > ')).toMatch(/^\.\/dist\//)
      expect(existsSync(join(root, path)), `${conditions.join(' > ')}: ${path} is missing`).toBe(true)
    }
  })

  test('a dist that imports vitest declares it as an optional peer dependency (and keeps it for its own tests)', () => {
    if (distFilesImportingVitest(folder).length === 0) return
    // Consumers who use the `/vitest` helpers bring their own vitest; everybody else must not be made to install it.
    expect(pkg.peerDependencies?.vitest, 'peerDependencies.vitest').toBeDefined()
    expect(pkg.peerDependenciesMeta?.vitest?.optional, 'peerDependenciesMeta.vitest.optional').toBe(true)
    expect(pkg.dependencies?.vitest, 'vitest must not be a runtime dependency').toBeUndefined()
    expect(pkg.devDependencies?.vitest, 'devDependencies.vitest').toBeDefined()
  })

  test('nothing in dist mentions the @k/source condition', () => {
    const offenders = filesUnder(join(root, 'dist')).filter((file) => readFileSync(file, 'utf8').includes('@k/source'))
    expect(offenders).toEqual([])
  })
})
