import { describe, expect, it } from 'vitest'
import { signingLaneFor } from './signingLaneFor.js'

// Runs `count` tasks through the lanes and returns the most that were running at once.
async function maxInFlight(lanes: ReturnType<typeof signingLaneFor>[], count: number): Promise<number> {
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

describe('signingLaneFor', () => {
  it('gives every user of one generator the same lane, so their tasks run one at a time', async () => {
    const nonce = () => '1'
    const first = signingLaneFor(nonce, 1)
    expect(signingLaneFor(nonce, 1)).toBe(first)
    expect(await maxInFlight([first, signingLaneFor(nonce, 1), signingLaneFor(nonce, 1)], 30)).toBe(1)
  })

  it('keeps separate lanes for separate generators', async () => {
    const one = signingLaneFor(() => '1', 1)
    const two = signingLaneFor(() => '2', 1)
    expect(one).not.toBe(two)
    expect(await maxInFlight([one, two], 30)).toBe(2)
  })

  it('lets the first user of a generator set the concurrency; later limits are ignored', async () => {
    const nonce = () => '1'
    const lane = signingLaneFor(nonce, 3)
    expect(signingLaneFor(nonce, 1)).toBe(lane)
    expect(await maxInFlight([signingLaneFor(nonce, 10)], 30)).toBe(3)
  })
})

describe('SigningLane', () => {
  it('rejects a task aborted while it waits with EAbort and never runs it', async () => {
    const lane = signingLaneFor(() => 'abort-case')
    let release = () => {}
    const first = lane.run(() => new Promise<void>((resolve) => (release = resolve)))
    const controller = new AbortController()
    let ran = false
    const second = lane.run(async () => {
      ran = true
    }, controller.signal)
    controller.abort()
    await expect(second).rejects.toMatchObject({ code: 'EAbort', details: { sent: 'no' } })
    release()
    await first
    expect(ran).toBe(false)
  })
})
