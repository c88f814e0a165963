import { describe, expect, it } from 'vitest'
import { _laneFor } from './_laneFor.js'

// Runs `count` tasks through the lanes and returns the most that were running at once.
async function maxInFlight(lanes: ReturnType<typeof _laneFor>[], count: number): Promise<number> {
  let running = 0
  let most = 0
  await Promise.all(
    Array.from({ length: count }, (_, index) =>
      lanes[index % lanes.length]!.run(async () => {
        running++
        most = Math.max(most, running)
        await new Promise((resolve) => setImmediate(resolve))
        running--
      }),
    ),
  )
  return most
}

describe('_laneFor', () => {
  it('gives every user of one generator the same lane, so their tasks run one at a time', async () => {
    const nonce = () => '1'
    const first = _laneFor(nonce, 1)
    expect(_laneFor(nonce, 1)).toBe(first)
    expect(await maxInFlight([first, _laneFor(nonce, 1), _laneFor(nonce, 1)], 30)).toBe(1)
  })

  it('keeps separate lanes for separate generators', async () => {
    const one = _laneFor(() => '1', 1)
    const two = _laneFor(() => '2', 1)
    expect(one).not.toBe(two)
    expect(await maxInFlight([one, two], 30)).toBe(2)
  })

  it('lets the first user of a generator set the concurrency; later limits are ignored', async () => {
    const nonce = () => '1'
    const lane = _laneFor(nonce, 3)
    expect(_laneFor(nonce, 1)).toBe(lane)
    expect(await maxInFlight([_laneFor(nonce, 10)], 30)).toBe(3)
  })
})
