import { inspect } from 'node:util'
import { KrakenTimeoutError } from '@k/errors'
import { startSimulator } from '@k/testkit'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { getOpenOrders } from '../actions/user/getOpenOrders.js'
import { createFuturesClient } from '../createFuturesClient.js'

// Regression (found by apps/reliability's secrets test): a timeout kept ky's TimeoutError as the cause, whose
// Request holds the APIKey header, so util.inspect(error) / console.error(error) printed the key.
const ACCOUNT = {
  key: 'redact-cause-spot-key',
  secret: Buffer.from('redact cause spot secret').toString('base64'),
  futuresKey: 'REDACT-CAUSE-FUTURES-KEY-0001',
  futuresSecret: Buffer.from('redact cause futures secret').toString('base64'),
}
let sim: Awaited<ReturnType<typeof startSimulator>>

beforeAll(async () => {
  sim = await startSimulator({ accounts: [ACCOUNT], faults: { delayMs: 400 } })
})

afterAll(async () => {
  await sim.close()
})

it('a timed-out private call: the error and its cause chain never show the API key', async () => {
  const client = createFuturesClient({
    baseUrl: sim.futuresUrl,
    key: ACCOUNT.futuresKey,
    secret: ACCOUNT.futuresSecret,
  })
  const error = await getOpenOrders(client, {}, { timeout: 50 }).then(
    () => undefined,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(KrakenTimeoutError)
  const cause = (error as Error).cause as Error
  expect(cause.name).toBe('TimeoutError')
  expect(cause.message).toMatch(/timed out/i)
  for (const text of [
    inspect(error, { depth: 10, showHidden: true }),
    inspect(cause, { depth: 10 }),
    JSON.stringify(error),
  ]) {
    expect(text).not.toContain(ACCOUNT.futuresKey)
    expect(text).not.toContain(ACCOUNT.futuresSecret)
  }
})
