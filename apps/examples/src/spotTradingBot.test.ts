import { expect, it } from 'vitest'
import { _exampleTestEnv } from './internal/_exampleTestEnv.js'
import { main } from './spotTradingBot.js'

it('spotTradingBot checks credentials, trades on ticker, and exits after N events', async () => {
  const { env, lines, log } = await _exampleTestEnv()
  await main({ env, log, maxEvents: 8 })
  expect(lines[0]).toBe('credentials ok')
  expect(lines.some((line) => line.startsWith('ticker BTC/USD'))).toBe(true)
  expect(lines.some((line) => line.startsWith('validate-only order accepted'))).toBe(true)
  expect(lines.at(-1)).toMatch(/^exiting \(8 events\) after \d+ events$/)
})

it('spotTradingBot stops before connecting when the credentials are wrong', async () => {
  const { env, lines, log } = await _exampleTestEnv()
  await main({ env: { ...env, secret: Buffer.from('not the secret').toString('base64') }, log })
  expect(lines).toEqual(['credentials rejected by Kraken — check key, secret and permissions'])
})
