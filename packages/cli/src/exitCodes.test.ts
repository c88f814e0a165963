import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { EXIT_CODES, exitCodeFor } from './exitCodes.js'

type Catalog = {
  exitCodes: Array<{ code: number; name: string; categories?: string[] }>
  cliCodes: Array<{ code: string; category: string; exitCode: number }>
}
const catalog = JSON.parse(readFileSync(new URL('../error-catalog.json', import.meta.url), 'utf8')) as Catalog

describe('exit codes', () => {
  it('error-catalog.json lists exactly the codes of EXIT_CODES', () => {
    expect(Object.fromEntries(catalog.exitCodes.map((entry) => [entry.name, entry.code]))).toEqual(EXIT_CODES)
  })

  it('every category in the catalog maps to its documented exit code', () => {
    for (const entry of catalog.exitCodes) {
      for (const category of entry.categories ?? []) expect(exitCodeFor(category as never)).toBe(entry.code)
    }
    for (const entry of catalog.cliCodes) expect(exitCodeFor(entry.category as never)).toBe(entry.exitCode)
  })

  it('codes are distinct per kind of failure', () => {
    const codes = ['usage', 'auth', 'network', 'protocol', 'exchange'].map((category) => exitCodeFor(category as never))
    expect(new Set(codes).size).toBe(5)
  })
})
