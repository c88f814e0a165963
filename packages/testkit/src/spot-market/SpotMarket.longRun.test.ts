import { describe, expect, it } from 'vitest'
import { _parseUnits } from './internal/_units.js'
import type { SimPair } from './pairs.js'
import { SpotMarket } from './SpotMarket.js'

const STEPS = 20_000
const CHECKPOINT = 2_500
/** "A few ticks": the widest spread seen on any tick of any pair for seeds 1, 7, 11 and 42 was 13 ticks. */
const MAX_SPREAD_TICKS = 20

/**
 * Checks the whole visible book of one pair and returns what is wrong (plain checks: 2,000 levels × 56 checkpoints
 * are too many for one `expect` each): depth, positive on-tick prices and quantities, strict order, uncrossed,
 * tight spread, mid near its start.
 */
function bookProblems(market: SpotMarket, pair: SimPair, tick: number): string[] {
  const problems: string[] = []
  const where = `${pair.altname} at tick ${tick}`
  const { bids, asks } = market.book(pair)
  if (bids.length !== 1000 || asks.length !== 1000) problems.push(`${where}: depth ${bids.length}/${asks.length}`)
  const tickUnits = _parseUnits(pair.tick_size, pair.pair_decimals) as number
  const ticksOf = (levels: typeof bids, direction: 1 | -1) =>
    levels.map((level, index) => {
      const units = _parseUnits(level.price, pair.pair_decimals)
      if (units === undefined || units <= 0 || units % tickUnits !== 0) problems.push(`${where}: price ${level.price}`)
      if (!(Number(level.qty) > 0)) problems.push(`${where}: qty ${level.qty} at ${level.price}`)
      const previous = levels[index - 1]
      if (previous && (Number(level.price) - Number(previous.price)) * direction <= 0)
        problems.push(`${where}: ${level.price} after ${previous.price}`)
      return units ?? Number.NaN
    })
  const bid = ticksOf(bids, -1)[0] ?? Number.NaN
  const ask = ticksOf(asks, 1)[0] ?? Number.NaN
  const spread = (ask - bid) / tickUnits
  if (!(spread >= 1 && spread <= MAX_SPREAD_TICKS)) problems.push(`${where}: spread ${spread} ticks`)
  // The mid walks but stays bounded around the pair's start price.
  if (!(bid / tickUnits > 0 && Number(bids[0]?.price) > pair.startPrice * 0.95)) problems.push(`${where}: bid ${bid}`)
  if (!(Number(asks[0]?.price) < pair.startPrice * 1.05)) problems.push(`${where}: ask ${asks[0]?.price}`)
  return problems
}

describe('SpotMarket over long runs', () => {
  // Regression: the touch used to recede tick after tick (BTC/USD spread ≈ 26 ticks after 1,000 ticks, ≈ 500 after
  // 10,000; ETH/BTC bids below zero after 10,000–20,000 ticks).
  it.each([1, 11, 42])('seed %i: 20,000 ticks keep a tight, positive, deep, uncrossed and lively book', (seed) => {
    const market = new SpotMarket({ seed })
    const problems: string[] = []
    const tally = { deletions: 0, insideChanges: 0, deepInserts: 0, multi: 0, trades: 0 }
    let narrowest = Number.POSITIVE_INFINITY
    let widest = 0
    for (let tick = 1; tick <= STEPS; tick++) {
      const events = market.step()
      for (const pair of market.pairs) {
        const { bid, ask } = market.top(pair)
        const spread = Math.round((ask - bid) * 10 ** pair.pair_decimals)
        narrowest = Math.min(narrowest, spread)
        widest = Math.max(widest, spread)
      }
      if (tick > STEPS - 1_000) {
        // The published events keep their variety at the end of the run (order book and checksum tests need it).
        for (const event of events) {
          if (event.kind === 'trade') {
            tally.trades++
            continue
          }
          const levels = [...event.bids, ...event.asks]
          if (levels.length > 1) tally.multi++
          const zero = (0).toFixed(event.pair.lot_decimals)
          tally.deletions += levels.filter((level) => level.qty === zero).length
          const top = market.book(event.pair, 10)
          const tenth = Number(top.asks[9]?.price)
          const live = event.asks.filter((level) => level.qty !== zero).map((level) => Number(level.price))
          if (live.some((price) => price > tenth)) tally.deepInserts++
          if (live.some((price) => price <= tenth)) tally.insideChanges++
        }
      }
      if (tick % CHECKPOINT === 0) for (const pair of market.pairs) problems.push(...bookProblems(market, pair, tick))
    }
    expect(problems.slice(0, 10)).toEqual([])
    // Every tick, every pair (not only at the checkpoints).
    expect(narrowest).toBeGreaterThanOrEqual(1)
    expect(widest).toBeLessThanOrEqual(MAX_SPREAD_TICKS)
    expect(tally.deletions).toBeGreaterThan(1_000)
    expect(tally.insideChanges).toBeGreaterThan(1_000)
    expect(tally.deepInserts).toBeGreaterThan(500)
    expect(tally.multi).toBeGreaterThan(1_000)
    expect(tally.trades).toBeGreaterThan(1_000)
  })
})
