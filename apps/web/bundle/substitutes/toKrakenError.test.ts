import { describe, expect, it } from 'vitest'
import { toKrakenError as realToKrakenError } from '../../../../packages/errors/src/toKrakenError.js'
import { toKrakenError } from './toKrakenError.js'

const view = (error: { name: string; code: string; category: string; retryable: boolean }) => ({
  name: error.name,
  code: error.code,
  category: error.category,
  retryable: error.retryable,
})

describe('toKrakenError (browser stand-in) against @k/errors', () => {
  it('is identical for the errors public market data meets', () => {
    const strings = [
      'EQuery:Unknown asset pair',
      'Currency pair not supported',
      'EService:Unavailable',
      'EService:Busy',
      'EService: Unavailable',
      'EAPI:Rate limit exceeded',
      'EGeneral:Too many requests',
      'Exceeded msg rate',
    ]
    for (const text of strings) expect(view(toKrakenError([text])), text).toEqual(view(realToKrakenError([text])))
  })

  it('keeps code and category for the rest, with a plain KrakenError', () => {
    const strings = [
      'EGeneral:Invalid arguments:pair',
      'EGeneral:Internal error',
      'EQuery:Invalid asset pair',
      'Malformed request',
      'Subscription depth not supported',
    ]
    for (const text of strings) {
      const real = realToKrakenError([text])
      const mine = toKrakenError([text], { endpoint: 'GET /0/public/Ticker' })
      expect(mine.code, text).toBe(real.code)
      expect(mine.category, text).toBe(real.category)
      expect(mine.details.endpoint).toBe('GET /0/public/Ticker')
    }
  })

  it('keeps every string in details.errors and the cause', () => {
    const cause = new Error('ws frame')
    const error = toKrakenError(['EGeneral:Invalid arguments:pair', 'EQuery:Unknown asset pair'], { cause })
    expect(error.details.errors).toEqual(['EGeneral:Invalid arguments:pair', 'EQuery:Unknown asset pair'])
    expect(error.cause).toBe(cause)
    expect(toKrakenError([]).code).toBe('EUnknown')
  })
})
