// Adds up the vitest JSON reports every workspace wrote (test-results/vitest.json) and prints one closing line
// "Tests: N passed, N failed" so CI can tell how many tests ran. Exits non-zero when a report is missing or failed.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

let passed = 0
let failed = 0
let skipped = 0
const missing = []
for (const group of ['packages', 'apps']) {
  for (const name of readdirSync(group)) {
    const dir = join(group, name)
    if (!existsSync(join(dir, 'package.json'))) continue
    const scripts = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).scripts ?? {}
    if (!scripts.test) continue
    const report = join(dir, 'test-results', 'vitest.json')
    if (!existsSync(report)) {
      missing.push(dir)
      continue
    }
    const result = JSON.parse(readFileSync(report, 'utf8'))
    passed += result.numPassedTests
    failed += result.numFailedTests
    skipped += result.numPendingTests + (result.numTodoTests ?? 0)
    console.log(`${dir.padEnd(24)} ${result.numPassedTests} passed, ${result.numFailedTests} failed`)
  }
}
if (missing.length > 0) console.log(`no test report from: ${missing.join(', ')}`)
console.log(`Tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(failed > 0 || missing.length > 0 ? 1 : 0)
