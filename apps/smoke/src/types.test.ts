import { cpSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { type ConsumerProject, createConsumerProject } from './internal/_createConsumerProject.js'
import { runNode } from './internal/_runNode.js'
import { repoRoot } from './packages.js'

// A TypeScript user's project outside the monorepo typechecks against the built .d.ts (import) and .d.cts (require)
// with `skipLibCheck: false`, so a broken declaration file or a declaration importing an undeclared dependency fails.
// types/node16: esm.mts + cjs.cts under moduleResolution node16; types/bundler: index.ts under bundler.
let project: ConsumerProject

beforeAll(() => {
  project = createConsumerProject(['@types/node', 'typescript', 'vitest'])
  cpSync(join(repoRoot, 'apps', 'smoke', 'types'), join(project.dir, 'types'), { recursive: true })
})
afterAll(() => project?.remove())

describe.concurrent('tsc --noEmit in a consumer project', () => {
  test.each(['node16', 'bundler'])(
    'moduleResolution %s',
    async (setup) => {
      const tsc = join(project.dir, 'node_modules', 'typescript', 'bin', 'tsc')
      const run = await runNode([tsc, '--noEmit', '-p', join('types', setup)], project.dir, 170_000)
      expect(run.stdout + run.stderr).toBe('')
      expect(run.code).toBe(0)
    },
    180_000,
  ) // about 12 s of CPU each (the valibot-typed declarations are large); more on a busy machine
})
