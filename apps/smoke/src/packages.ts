import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root (apps/smoke/src → ../../..). */
export const repoRoot: string = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..')

/** Every published @k package, by folder under `packages/`. */
export const PACKAGES = [
  'errors',
  'signing',
  'spot-rest',
  'futures-rest',
  'spot-ws',
  'futures-ws',
  'orderbook',
  'testkit',
  'trader',
  'cli',
] as const

/** A folder name from {@link PACKAGES}. */
export type PackageFolder = (typeof PACKAGES)[number]

/** The fields of a package.json the smoke tests read. */
export type PackageJson = {
  name: string
  version: string
  private?: boolean
  type?: string
  sideEffects?: boolean
  engines?: { node?: string }
  files?: string[]
  exports?: Record<string, unknown>
  main?: string
  module?: string
  types?: string
  bin?: Record<string, string>
  dependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
  peerDependenciesMeta?: Record<string, { optional?: boolean }>
  devDependencies?: Record<string, string>
}

/** The parsed package.json of `packages/<folder>`. */
export function readPackageJson(folder: PackageFolder): PackageJson {
  return JSON.parse(readFileSync(join(repoRoot, 'packages', folder, 'package.json'), 'utf8')) as PackageJson
}
