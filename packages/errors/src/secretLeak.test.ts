import { inspect } from 'node:util'
import { describe, expect, test } from 'vitest'
import * as errors from './index.js'
import { KrakenError, type KrakenErrorDetails } from './KrakenError.js'
import { KrakenValidationError } from './KrakenValidationError.js'
import { toKrakenError } from './toKrakenError.js'

const KEY = 'MARKERKEYc2VjcmV0LWtleS1tYXJrZXI'
const SECRET = 'MARKERSECRETkQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg=='
const OTP = 'MARKEROTP123456'

// Credentials hidden everywhere a careless caller might put them: header objects, Headers, Map, tuples, nested
// request options, url-encoded bodies, Error objects, and a cycle.
function leakyDetails(): KrakenErrorDetails {
  const cyclic: Record<string, unknown> = { apiSecret: SECRET }
  cyclic.self = cyclic
  return {
    endpoint: 'POST /0/private/AddOrder',
    status: 200,
    body: { error: ['EAPI:Invalid key'], result: {} },
    headers: { 'API-Key': KEY, 'API-Sign': SECRET, 'content-type': 'application/x-www-form-urlencoded' },
    request: {
      url: 'https://api.kraken.com/0/private/AddOrder',
      headers: new Headers({ 'API-Key': KEY, 'API-Sign': SECRET }),
      options: { credentials: { key: KEY, secret: SECRET, otp: OTP }, nested: [{ deeper: { Authent: SECRET } }] },
      body: `nonce=1616492376594&otp=${OTP}&ordertype=limit&pair=XBTUSD`,
    },
    futures: { APIKey: KEY, Authent: SECRET, Nonce: '1415957147987' },
    ws: { api_key: KEY, signed_challenge: SECRET, original_challenge: 'c100b894', token: SECRET },
    map: new Map<string, unknown>([
      ['API-Key', KEY],
      ['safe', 'visible'],
    ]),
    tuples: [
      ['API-Key', KEY],
      ['API-Sign', SECRET],
    ],
    params: new URLSearchParams({ otp: OTP, pair: 'XBTUSD' }),
    failure: Object.assign(new Error('boom'), { apiKey: KEY }),
    authorization: `Bearer ${SECRET}`,
    password: SECRET,
    privateKey: SECRET,
    cyclic,
  }
}

function expectNoLeak(error: KrakenError) {
  const renderings = [
    JSON.stringify(error),
    String(error),
    inspect(error, { depth: 10 }),
    inspect(error, { depth: 10, showHidden: true }),
    error.stack ?? '',
    error.message,
    JSON.stringify(error.details),
  ]
  for (const text of renderings) {
    expect(text).not.toContain('MARKER')
  }
}

type AnyClass = typeof KrakenError
const classes = Object.entries(errors).filter(
  (entry): entry is [string, AnyClass] =>
    typeof entry[1] === 'function' && (entry[1] === KrakenError || entry[1].prototype instanceof KrakenError),
)

describe('no credential ever leaves an error', () => {
  test.each(classes)('%s', (_name, Class) => {
    const error =
      Class === KrakenValidationError
        ? new KrakenValidationError('Invalid secret.', { ...leakyDetails(), field: 'secret' })
        : new Class('Request failed.', { details: leakyDetails(), metaMessages: ['Check the key.'] })
    expectNoLeak(error)
  })

  test('toKrakenError with leaky details, for Spot, Futures and unknown strings', () => {
    for (const raw of ['EAPI:Invalid key', 'authenticationError', 'EService: Throttled: 1700000000', 'EWhat:ever']) {
      expectNoLeak(toKrakenError([raw], leakyDetails()))
    }
  })

  test('safe fields survive redaction', () => {
    const error = new KrakenError('Request failed.', { details: leakyDetails() })
    // biome-ignore lint/suspicious/noExplicitAny: the test walks arbitrary nested test data
    const details = error.details as Record<string, any>
    expect(details.endpoint).toBe('POST /0/private/AddOrder')
    expect(details.body).toEqual({ error: ['EAPI:Invalid key'], result: {} })
    expect(details.headers).toEqual({
      'API-Key': '[redacted]',
      'API-Sign': '[redacted]',
      'content-type': 'application/x-www-form-urlencoded',
    })
    expect(details.request.body).toBe('nonce=1616492376594&otp=[redacted]&ordertype=limit&pair=XBTUSD')
    expect(details.request.url).toBe('https://api.kraken.com/0/private/AddOrder')
    expect(details.futures.Nonce).toBe('1415957147987')
    expect(details.ws.original_challenge).toBe('c100b894')
    expect(details.map).toEqual({ 'API-Key': '[redacted]', safe: 'visible' })
    expect(details.params).toEqual({ otp: '[redacted]', pair: 'XBTUSD' })
    expect(details.cyclic.self).toBe('[circular]')
  })

  test('the caller object is not modified', () => {
    const headers = { 'API-Key': KEY }
    const error = new KrakenError('x', { details: { headers } })
    expect(headers['API-Key']).toBe(KEY)
    expect(error.details.headers).not.toBe(headers)
  })
})
