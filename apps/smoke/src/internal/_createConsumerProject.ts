import { cpSync, existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PACKAGES, readPackageJson, repoRoot } from '../packages.js'

/** A throw-away project outside the monorepo with the built @k packages installed the way npm lays them out. */
export type ConsumerProject = {
  /** The project folder (has `node_modules/`). */
  dir: string
  /** Deletes the folder. */
  remove(): void
}

/**
 * Lays out what `npm install @k/…` gives a consumer, without a registry: each @k package is COPIED (package.json,
 * `dist`, README) into `node_modules/@k/<name>`, so Node and tsc cannot walk back into the monorepo and find a
 * package's devDependencies or its `src`. Third-party runtime dependencies are linked to their real folders in the
 * pnpm store (their own dependencies sit beside them there). A missing `dependencies` entry, a `types` file that is
 * not built, or a `.d.ts` importing a devDependency then fails here as it would for a user.
 *
 * `extraModules` are linked from apps/smoke's own node_modules (the consumer's own devDependencies: `@types/node`,
 * `typescript`, `vitest` for `@k/testkit/vitest`).
 */
export function createConsumerProject(extraModules: readonly string[]): ConsumerProject {
  const dir = mkdtempSync(join(tmpdir(), 'k-smoke-'))
  const modules = join(dir, 'node_modules')
  mkdirSync(join(modules, '@k'), { recursive: true })
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'k-smoke-consumer', private: true }))

  const linked = new Set<string>()
  const link = (name: string, from: string): void => {
    if (linked.has(name)) return
    const target = join(from, 'node_modules', name)
    if (!existsSync(target)) throw new Error(`${name} is not installed in ${from}`)
    mkdirSync(join(modules, name, '..'), { recursive: true })
    symlinkSync(realpathSync(target), join(modules, name), 'dir')
    linked.add(name)
  }

  for (const folder of PACKAGES) {
    const source = join(repoRoot, 'packages', folder)
    const pkg = readPackageJson(folder)
    const destination = join(modules, pkg.name)
    mkdirSync(destination, { recursive: true })
    cpSync(join(source, 'package.json'), join(destination, 'package.json'))
    cpSync(join(source, 'dist'), join(destination, 'dist'), { recursive: true })
    for (const dependency of Object.keys(pkg.dependencies ?? {})) {
      if (!dependency.startsWith('@k/')) link(dependency, source)
    }
  }
  const smokeRoot = join(repoRoot, 'apps', 'smoke')
  for (const name of extraModules) link(name, smokeRoot)
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}
