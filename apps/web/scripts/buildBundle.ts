/**
 * Builds `dist/k.esm.js` and `dist/k.iife.js`, prints their raw and gzip sizes and what weighs most, and exits
 * non-zero when a file is over the budget (≤ 15 KB gzip). Run: `npx tsx scripts/buildBundle.ts` (`pnpm build:bundle`).
 */
import { BUNDLE_BUDGET_GZIP, buildBrowserBundle } from '../bundle/buildBrowserBundle.js'

const bundle = await buildBrowserBundle()
const kb = (bytes: number) => `${(bytes / 1000).toFixed(2)} KB`
console.log(`browser bundle (budget ${kb(BUNDLE_BUDGET_GZIP)} gzip per file)`)
for (const file of bundle.files) {
  const verdict = file.gzip <= BUNDLE_BUDGET_GZIP ? 'ok' : 'OVER BUDGET'
  console.log(
    `  ${file.path.padEnd(16)} raw ${kb(file.raw).padStart(9)}  gzip ${kb(file.gzip).padStart(9)}  ${verdict}`,
  )
}
console.log('raw bytes in k.esm.js by source:')
for (const { group, raw } of bundle.breakdown) console.log(`  ${group.padEnd(22)} ${String(raw).padStart(6)}`)
console.log('largest modules:')
for (const { module, raw } of bundle.modules.slice(0, 8)) console.log(`  ${String(raw).padStart(6)}  ${module}`)
const over = bundle.files.filter((file) => file.gzip > BUNDLE_BUDGET_GZIP)
if (over.length > 0) {
  console.error(
    `over budget: ${over.map((file) => `${file.path} ${file.gzip} B`).join(', ')} > ${BUNDLE_BUDGET_GZIP} B gzip`,
  )
  process.exit(1)
}
