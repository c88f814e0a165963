import { KrakenMaxReconnectError } from '@k/errors'
import { startSimulator } from '@k/testkit'
import { describe, expect, test } from 'vitest'
import { SpotWsClient } from './SpotWsClient.js'

const fast = { initialBackoff: 10, maxBackoff: 50, requestTimeout: 5000, replayMessagesPerSecond: 200 }
const until = async (condition: () => boolean, what: string) => {
  for (let round = 0; round < 400; round++) {
    if (condition()) return
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  throw new Error(`timed out waiting for ${what}`)
}

describe('staying connected against kraken-sim faults', () => {
  test('dropEveryN: reconnects again and again, fresh token each time, every subscription restored', async () => {
    const sim = await startSimulator({
      seed: 11,
      tickMs: 5,
      accounts: [{ key: 'k1', secret: Buffer.from('s1').toString('base64'), balances: { ZUSD: '1000' } }],
    })
    const client = new SpotWsClient({
      ...fast,
      key: 'k1',
      secret: Buffer.from('s1').toString('base64'),
      url: `${sim.wsUrl}?dropEveryN=60`,
      authUrl: `${sim.authWsUrl}?dropEveryN=60`,
      restUrl: sim.url,
    })
    const reconnected: string[] = []
    const snapshots: string[] = []
    client.on('reconnected', ({ connection }) => reconnected.push(connection))
    client.on('message', (message) => {
      const { channel, type } = message as { channel?: string; type?: string }
      if (type === 'snapshot') snapshots.push(`${reconnected.length}:${channel}`)
    })
    try {
      await client.connect()
      await client.subscribe({ channel: 'book', symbol: ['BTC/USD', 'ETH/USD'], depth: 10 })
      await client.subscribe({ channel: 'trade', symbol: ['BTC/USD'] })
      await client.subscribe({ channel: 'ticker', symbol: ['XRP/USD'] })
      await client.subscribe({ channel: 'executions' })
      await client.subscribe({ channel: 'level3', symbol: ['ETH/USD'] })
      const before = client.activePublicSubscriptions
      const fetchesBefore = client.tokenFetches
      await until(
        () => reconnected.filter((name) => name === 'public').length >= 3 && reconnected.includes('private'),
        'reconnects',
      )
      await until(() => client.activePublicSubscriptions.length === before.length, 'replayed acks')
      expect(client.activePublicSubscriptions).toEqual(expect.arrayContaining(before))
      await until(() => client.activePrivateSubscriptions.length === 2, 'private replay')
      expect(client.activePrivateSubscriptions.map((sub) => sub.channel).sort()).toEqual(['executions', 'level3'])
      // Book snapshots came again after reconnects (the subscriptions were really re-sent).
      expect(snapshots.filter((entry) => entry.endsWith(':book') && !entry.startsWith('0:')).length).toBeGreaterThan(0)
      // A fresh token on every private reconnect.
      expect(client.tokenFetches).toBeGreaterThan(fetchesBefore)
      expect(client.exceptionOccur).toBe(false)
    } finally {
      await client.close()
      await sim.close()
    }
  })

  test('close code 1008 is terminal: error event, exceptionOccur, no reconnect', async () => {
    const sim = await startSimulator({ seed: 12 })
    const client = new SpotWsClient({ ...fast, url: `${sim.wsUrl}?close1008AfterN=4` })
    const errors: Error[] = []
    let reconnecting = 0
    client.on('error', (error) => errors.push(error))
    client.on('reconnecting', () => reconnecting++)
    try {
      await client.connect()
      await client.subscribe({ channel: 'ticker', symbol: ['BTC/USD'] })
      await until(() => client.exceptionOccur, '1008')
      expect(errors.map((error) => (error as { code?: string }).code)).toContain('EWs:1008')
      expect(reconnecting).toBe(0)
    } finally {
      await client.close()
      await sim.close()
    }
  })

  test('after maxReconnects failed attempts: KrakenMaxReconnectError and exceptionOccur', async () => {
    const sim = await startSimulator({ seed: 13 })
    const client = new SpotWsClient({ ...fast, url: sim.wsUrl, maxReconnects: 3 })
    const errors: Error[] = []
    const attempts: number[] = []
    client.on('error', (error) => errors.push(error))
    client.on('reconnecting', ({ attempt }) => attempts.push(attempt))
    try {
      await client.connect()
      await sim.close()
      await until(() => client.exceptionOccur, 'max reconnect')
      expect(attempts).toEqual([1, 2, 3])
      expect(errors.some((error) => error instanceof KrakenMaxReconnectError)).toBe(true)
    } finally {
      await client.close()
    }
  })
})
