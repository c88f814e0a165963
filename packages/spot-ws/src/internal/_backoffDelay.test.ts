import { expect, test } from 'vitest'
import { _backoffDelay } from './_backoffDelay.js'

test('jittered exponential backoff: doubles per attempt, capped, jitter within the upper half', () => {
  expect([1, 2, 3, 4].map((attempt) => _backoffDelay(attempt, 1000, 60_000, () => 0))).toEqual([500, 1000, 2000, 4000])
  expect([1, 2, 3, 4].map((attempt) => _backoffDelay(attempt, 1000, 60_000, () => 1))).toEqual([1000, 2000, 4000, 8000])
  expect(_backoffDelay(20, 1000, 60_000, () => 1)).toBe(60_000)
  expect(_backoffDelay(20, 1000, 60_000, () => 0)).toBe(30_000)
})
