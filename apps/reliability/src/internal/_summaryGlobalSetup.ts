import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type {} from 'vitest'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    reliabilityPartsDir: string
  }
}

const RESULTS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'results', 'latest.json')

/**
 * Vitest globalSetup: gives every test file a parts directory for its figures, and after the run merges the parts
 * into `results/latest.json` (only when every topic reported, i.e. the whole suite ran).
 */
export default function setup(project: TestProject) {
  const directory = mkdtempSync(join(tmpdir(), 'k-reliability-'))
  const started = Date.now()
  project.provide('reliabilityPartsDir', directory)
  return () => {
    const topics: Record<string, unknown> = {}
    for (const file of existsSync(directory) ? readdirSync(directory).sort() : []) {
      topics[file.replace(/\.json$/, '')] = JSON.parse(readFileSync(join(directory, file), 'utf8'))
    }
    rmSync(directory, { recursive: true, force: true })
    const expected = [
      'bookSoak',
      'orders',
      'nonces',
      'rateLimits',
      'badInputRest',
      'badInputWs',
      'badInputWsMethods',
      'secrets',
    ]
    if (!expected.every((topic) => topic in topics)) return
    const summary = {
      generatedAt: new Date().toISOString(),
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
      wallClockMs: Date.now() - started,
      ...topics,
    }
    mkdirSync(dirname(RESULTS), { recursive: true })
    writeFileSync(RESULTS, `${JSON.stringify(summary, null, 2)}\n`)
  }
}
