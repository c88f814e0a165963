import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Simulator, startSimulator } from '../../startSimulator.js'
import { _testClient } from '../internal/_testClient.js'

type TradesResult = { XXBTZUSD: Array<[string, string, number, string, string, string, number]>; last: string }

let sim: Simulator
beforeAll(async () => {
  sim = await startSimulator({ seed: 17, rateLimits: false })
})
afterAll(() => sim.close())

describe('public Trades', () => {
  it('answers count=N with the NEWEST N trades, oldest first, and `last` = the newest one in nanoseconds', async () => {
    const client = _testClient(sim.url, 'unused', 'unused')
    const trades = async (query: Record<string, string>) => {
      const answer = await client.public('Trades', { pair: 'XBTUSD', ...query })
      expect(answer.error).toEqual([])
      return answer.result as TradesResult
    }
    // No WS subscriber, so the market does not tick between the calls: the history is the same.
    const all = (await trades({})).XXBTZUSD
    expect(all.length).toBeGreaterThan(100)
    const newest = await trades({ count: '5' })
    expect(newest.XXBTZUSD).toEqual(all.slice(-5))
    const times = newest.XXBTZUSD.map((row) => row[2])
    expect(times).toEqual([...times].sort((a, b) => a - b))
    const newestMs = Math.round((all[all.length - 1]?.[2] as number) * 1000)
    expect(newest.last).toBe(`${BigInt(newestMs) * 1_000_000n}`)
    // With `since`, count pages forward from the cursor instead: the oldest trades after it.
    const firstPage = await trades({ since: '0', count: '5' })
    expect(firstPage.XXBTZUSD).toEqual(all.slice(0, 5))
    const fifthMs = Math.round((all[4]?.[2] as number) * 1000)
    expect(firstPage.last).toBe(`${BigInt(fifthMs) * 1_000_000n}`)
  })
})
