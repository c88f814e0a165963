import { expect, it } from 'vitest'
import { main } from './futuresTradingBot.js'
import { _exampleTestEnv } from './internal/_exampleTestEnv.js'

it('futuresTradingBot sees fills, positions, open orders and balances, then cancels and exits', async () => {
  const { env, lines, log } = await _exampleTestEnv()
  await main({ env, log, maxEvents: 12 })
  expect(lines[0]).toMatch(/^credentials ok \(\d+ wallets\)$/)
  const feeds = lines.find((line) => line.startsWith('feeds seen:')) ?? ''
  for (const feed of ['fills_snapshot', 'open_orders_snapshot', 'balances_snapshot']) expect(feeds).toContain(feed)
  expect(feeds).toMatch(/open_positions/)
  expect(lines.at(-1)).toMatch(/cancel all: cancelled$/)
})

it('futuresTradingBot refuses Spot-style wrong keys at the credentials check', async () => {
  const { env, lines, log } = await _exampleTestEnv()
  await main({ env: { ...env, futuresKey: env.key, futuresSecret: env.secret }, log })
  expect(lines).toHaveLength(1)
  expect(lines[0]).toMatch(/^credentials check failed: /)
})
