import { join } from 'node:path'
import { publint } from 'publint'
import { formatMessage } from 'publint/utils'
import { describe, expect, test } from 'vitest'
import { PACKAGES, repoRoot } from './packages.js'

// publint lints what `npm pack` would publish: exports map, file formats (.js = ESM, .cjs = CJS), types order,
// files that exist but are not packed. Any error fails; suggestions and warnings are allowed.
describe.concurrent('publint', () => {
  test.each(PACKAGES)('%s has no publint errors', async (folder) => {
    const { messages, pkg } = await publint({ pkgDir: join(repoRoot, 'packages', folder), pack: 'npm', level: 'error' })
    const errors = messages.filter((message) => message.type === 'error').map((message) => formatMessage(message, pkg))
    expect(errors).toEqual([])
  })
})
