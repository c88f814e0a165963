import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { inject } from 'vitest'

/** Figures one test file reports; merged into `results/latest.json` by `_summaryGlobalSetup.ts` after the run. */
export type Figures = Record<string, number | string | boolean | Record<string, number>>

/**
 * Writes one test file's figures to the run's parts directory (provided by the summary globalSetup). Test files
 * run in separate workers, so each writes its own part and the teardown merges them.
 */
export function recordFigures(topic: string, figures: Figures): void {
  const directory = inject('reliabilityPartsDir')
  mkdirSync(directory, { recursive: true })
  if (process.env.RELIABILITY_PRINT) process.stdout.write(`${topic}: ${JSON.stringify(figures)}\n`)
  writeFileSync(join(directory, `${topic}.json`), `${JSON.stringify(figures, null, 2)}\n`)
}
