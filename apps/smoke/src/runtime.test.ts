import { cpSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { type ConsumerProject, createConsumerProject } from './internal/_createConsumerProject.js'
import { runNode } from './internal/_runNode.js'
import { PACKAGES, readPackageJson, repoRoot } from './packages.js'

// Each package is loaded by a tiny consumer in a project outside the monorepo, once with require() and once with
// import: consumers/<package>.cjs and consumers/<package>.mjs. They assert with node:assert and print "ok".
let project: ConsumerProject

beforeAll(() => {
  project = createConsumerProject(['@types/node', 'vitest'])
  cpSync(join(repoRoot, 'apps', 'smoke', 'consumers'), join(project.dir, 'consumers'), { recursive: true })
})
afterAll(() => project?.remove())

test('plain node resolves every package to dist (import → .js, require → .cjs), never to src', async () => {
  const names = PACKAGES.map((folder) => readPackageJson(folder).name)
  const run = await runNode(['consumers/resolve.mjs', ...names], project.dir)
  expect(run.stderr).toBe('')
  const resolved = JSON.parse(run.stdout) as Record<string, { import: string; require: string }>
  for (const name of names) {
    const base = join(project.dir, 'node_modules', name, 'dist')
    expect(resolved[name], name).toEqual({ import: join(base, 'index.js'), require: join(base, 'index.cjs') })
  }
})

describe.concurrent.each(PACKAGES)('%s', (folder) => {
  test.each(['cjs', 'mjs'])(`${folder}.%s loads the build and its main exports work`, async (extension) => {
    const run = await runNode([`consumers/${folder}.${extension}`], project.dir)
    expect({ code: run.code, stdout: run.stdout.trim(), stderr: run.stderr }).toEqual({
      code: 0,
      stdout: 'ok',
      stderr: '',
    })
  })
})

test('the kraken binary prints its version', async () => {
  const run = await runNode(['node_modules/@k/cli/dist/bin.js', '--version'], project.dir)
  expect(run.code).toBe(0)
  expect(run.stdout.trim()).toBe(readPackageJson('cli').version)
})

test('the kraken binary answers from an embedded simulator (--sim)', async () => {
  const run = await runNode(['node_modules/@k/cli/dist/bin.js', '--sim', 'status', '-o', 'json'], project.dir)
  expect(run.code).toBe(0)
  expect(JSON.parse(run.stdout.trim().split('\n')[0] ?? 'null')).toBeTypeOf('object')
})
