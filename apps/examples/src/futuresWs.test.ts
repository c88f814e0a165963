import { expect, it } from 'vitest'
import { main } from './futuresWs.js'
import { _exampleTestEnv } from './internal/_exampleTestEnv.js'

it('futuresWs receives public and private feeds', async () => {
  const { env, lines, log } = await _exampleTestEnv()
  await main({ env, log })
  const text = lines.join('\n')
  expect(text).toMatch(/public: 2 book snapshots, [1-9]\d* tickers/)
  expect(lines).toContain('public: active subscriptions after unsubscribe: 0')
  expect(lines).toContain('market order: placed')
  expect(Number(/fills messages (\d+)/.exec(text)?.[1])).toBeGreaterThanOrEqual(2)
  expect(lines.at(-1)).toBe('futures WS done')
})
