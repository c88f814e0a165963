import { describe, expect, test } from 'vitest'
import * as browser from './index.browser.js'
import * as node from './index.js'

// kraken-facts §1.1: official Spot API-Sign vector (docs.kraken.com/api/docs/guides/spot-rest-auth).
const spot = {
  secret: 'kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==',
  nonce: '1616492376594',
  body: 'nonce=1616492376594&ordertype=limit&pair=XBTUSD&price=37500&type=buy&volume=1.25',
  path: '/0/private/AddOrder',
}
const spotSign = '4/dpxb3iT4tp/ZCVEwSnEsLxx0bqyhLpdfOpc6fn7OR8+UClSV5n9E6aSS8MPtnRfp32bAb0nmbRn6H8ndwLUQ=='

// kraken-facts §1.2: official Futures WS challenge vector (88 chars, no padding needed, 66 bytes).
const futuresSecret = '7zxMEF5p/Z8l2p2U7Ghv6x14Af+Fx+92tPgUdVQ748FOIrEoT9bgT+bTRfXc5pz8na+hL/QdrCVG7bh9KpT0eMTm'
const challenge = 'c100b894-1729-464d-ace1-52dbce11db42'
const signedChallenge = '4JEpF3ix66GA2B+ooK128Ift4XQVtc137N9yeg4Kqsn9PI0Kpzbysl9M1IeCEdjg0zl00wkVqcsnG4bmnlMb3A=='

// python-kraken-sdk unit-test secret (kraken-facts §1.1 extra, §1.3): base64("python-kraken-sdk unit-test secret value").
const pythonSecret = btoa('python-kraken-sdk unit-test secret value')

const implementations = [
  ['node (async)', node.signSpotRequest, node.signFuturesRequest, node.signFuturesChallenge],
  [
    'node (sync)',
    async (p: Parameters<typeof node.signSpotRequestSync>[0]) => node.signSpotRequestSync(p),
    async (p: Parameters<typeof node.signFuturesRequestSync>[0]) => node.signFuturesRequestSync(p),
    async (p: Parameters<typeof node.signFuturesChallengeSync>[0]) => node.signFuturesChallengeSync(p),
  ],
  ['WebCrypto', browser.signSpotRequest, browser.signFuturesRequest, browser.signFuturesChallenge],
] as const

describe.each(implementations)('%s', (_name, signSpotRequest, signFuturesRequest, signFuturesChallenge) => {
  test('official Spot API-Sign vector', async () => {
    expect(await signSpotRequest(spot)).toBe(spotSign)
  })

  test('official Futures challenge vector', async () => {
    expect(await signFuturesChallenge({ secret: futuresSecret, challenge })).toBe(signedChallenge)
  })

  test('python-kraken-sdk Spot golden value (regression)', async () => {
    const result = await signSpotRequest({
      secret: pythonSecret,
      path: '/0/private/AddOrder',
      nonce: '1616492376594',
      body: 'nonce=1616492376594&ordertype=limit&pair=XBTUSD',
    })
    expect(result).toBe('Fo+0Uhanvs3F1byZFCjVBMLsCcRE2xLQMDpoA3Q9hawoZ0ZL35AmbknAQBlOIs4baRx9UGhzQH+/CTl9qnyp1w==')
  })

  test('self-derived Futures Authent vectors (regression, not official)', async () => {
    const sendorder = await signFuturesRequest({
      secret: futuresSecret,
      path: '/api/v3/sendorder',
      nonce: '1415957147987',
      postData: 'orderType=lmt&symbol=PI_XBTUSD&side=buy&size=1&limitPrice=1000',
    })
    expect(sendorder).toBe('klsHt7Lu4YPnGP21VU3dJKxgg8VOztHVWHNA+OV17UTbTBxYXhMNk1K8+rC8az2lNV5RQTYVjKfDVEa7kOGX/g==')
    const orderbook = await signFuturesRequest({
      secret: futuresSecret,
      path: '/api/v3/orderbook',
      nonce: '1415957147987',
      postData: 'symbol=fi_xbtusd_180615',
    })
    expect(orderbook).toBe('JHLjN8OUDYaXjHRGT0z4nUvJorORrXoL9omot4BK5ihtp6jKHPHfzX9MrpVjqAgKqGJejoO3gySwoVCMJQlx/Q==')
  })

  test('python-kraken-sdk Futures golden value, /derivatives stripped (regression)', async () => {
    const parameters = {
      secret: pythonSecret,
      nonce: '1616492376594',
      postData: 'orderType=lmt&symbol=PI_XBTUSD',
    }
    const expected = 'Txi+gJVXe3EN1brXYQ46FuV6UVtEVSKhc6dYMhPb7a/HXZLGvO6m9UUg+KVKqhLxrbllOPI7qRkHYmPfJZZSGA=='
    expect(await signFuturesRequest({ ...parameters, path: '/derivatives/api/v3/sendorder' })).toBe(expected)
    expect(await signFuturesRequest({ ...parameters, path: '/api/v3/sendorder' })).toBe(expected)
  })

  test('the url-encoded postData is signed as sent (2024 rule): encoded and decoded forms differ', async () => {
    const base = { secret: futuresSecret, path: '/derivatives/api/v3/transfer', nonce: '1415957147987' }
    const encoded = await signFuturesRequest({ ...base, postData: 'greeting=hello%20world' })
    const decoded = await signFuturesRequest({ ...base, postData: 'greeting=hello world' })
    expect(encoded).not.toBe(decoded)
  })

  test('alternating secrets do not reuse a cached key', async () => {
    const a = await signSpotRequest(spot)
    const b = await signSpotRequest({ ...spot, secret: pythonSecret })
    const c = await signSpotRequest(spot)
    expect(a).toBe(spotSign)
    expect(b).not.toBe(spotSign)
    expect(c).toBe(spotSign)
  })
})
