import { afterEach, describe, expect, it, vi } from 'vitest'
import { _backoffDelay } from './_backoffDelay.js'
import { _createPacer } from './_createPacer.js'

afterEach(() => {
  vi.useRealTimers()
})

describe('_createPacer', () => {
  it('never runs more than perSecond actions in any sliding one-second window, and keeps FIFO order', async () => {
    vi.useFakeTimers()
    const times: number[] = []
    const order: number[] = []
    const pacer = _createPacer(10, () => Date.now())
    for (let index = 0; index < 35; index++) {
      pacer.schedule(() => {
        times.push(Date.now())
        order.push(index)
      })
    }
    expect(times).toHaveLength(10)
    expect(pacer.pending).toBe(25)
    await vi.advanceTimersByTimeAsync(5000)
    expect(order).toEqual([...Array(35).keys()])
    for (let index = 10; index < times.length; index++)
      expect(times[index]! - times[index - 10]!).toBeGreaterThanOrEqual(1000)
  })

  it('drops queued actions on clear()', async () => {
    vi.useFakeTimers()
    let runs = 0
    const pacer = _createPacer(2, () => Date.now())
    for (let index = 0; index < 5; index++) pacer.schedule(() => runs++)
    pacer.clear()
    await vi.advanceTimersByTimeAsync(3000)
    expect(runs).toBe(2)
  })
})

describe('_backoffDelay', () => {
  it('uses equal jitter on a doubling, capped base (the @k/spot-ws formula)', () => {
    expect(_backoffDelay(1, 1000, 60_000, () => 0)).toBe(500)
    expect(_backoffDelay(1, 1000, 60_000, () => 1)).toBe(1000)
    expect(_backoffDelay(4, 1000, 60_000, () => 1)).toBe(8000)
    expect(_backoffDelay(30, 1000, 60_000, () => 0)).toBe(30_000)
  })
})
