import { createHash, createHmac } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import * as browser from './index.browser.js'
import * as node from './index.js'

// An independent reference written from the algorithm text in kraken-facts §1.1-§1.3, with Buffer instead of our
// helpers, so a shared bug in both builds would still be caught.
function referenceSpot(secret: string, path: string, nonce: string, body: string) {
  const digest = createHash('sha256')
    .update(Buffer.from(nonce + body, 'utf8'))
    .digest()
  return createHmac('sha512', Buffer.from(secret, 'base64'))
    .update(Buffer.concat([Buffer.from(path, 'utf8'), digest]))
    .digest('base64')
}
function referenceFutures(secret: string, path: string, nonce: string, postData: string) {
  const endpoint = path.startsWith('/derivatives/') ? path.slice(12) : path
  const digest = createHash('sha256')
    .update(Buffer.from(postData + nonce + endpoint, 'utf8'))
    .digest()
  return createHmac('sha512', Buffer.from(secret, 'base64')).update(digest).digest('base64')
}

const secret = fc.uint8Array({ minLength: 1, maxLength: 160 }).map((bytes) => Buffer.from(bytes).toString('base64'))
const nonce = fc.bigInt({ min: 0n, max: 10n ** 20n }).map(String)
const text = fc.string({ unit: 'grapheme', maxLength: 300 })
const path = fc.oneof(
  fc.constantFrom('/0/private/AddOrder', '/0/private/Balance', '/derivatives/api/v3/sendorder', '/api/v3/accounts'),
  text.map((rest) => `/0/private/${rest}`),
)

describe('Node and WebCrypto agree (property tests)', () => {
  test('Spot API-Sign', async () => {
    await fc.assert(
      fc.asyncProperty(secret, path, nonce, text, async (s, p, n, b) => {
        const parameters = { secret: s, path: p, nonce: n, body: b }
        const expected = referenceSpot(s, p, n, b)
        expect(await node.signSpotRequest(parameters)).toBe(expected)
        expect(node.signSpotRequestSync(parameters)).toBe(expected)
        expect(await browser.signSpotRequest(parameters)).toBe(expected)
      }),
      { numRuns: 200 },
    )
  })

  test('Futures Authent', async () => {
    await fc.assert(
      fc.asyncProperty(secret, path, fc.oneof(fc.constant(''), nonce), text, async (s, p, n, d) => {
        const parameters = { secret: s, path: p, nonce: n, postData: d }
        const expected = referenceFutures(s, p, n, d)
        expect(await node.signFuturesRequest(parameters)).toBe(expected)
        expect(node.signFuturesRequestSync(parameters)).toBe(expected)
        expect(await browser.signFuturesRequest(parameters)).toBe(expected)
      }),
      { numRuns: 200 },
    )
  })

  test('Futures challenge', async () => {
    await fc.assert(
      fc.asyncProperty(secret, fc.oneof(fc.uuid(), text), async (s, c) => {
        const expected = referenceFutures(s, '', '', c)
        expect(await node.signFuturesChallenge({ secret: s, challenge: c })).toBe(expected)
        expect(node.signFuturesChallengeSync({ secret: s, challenge: c })).toBe(expected)
        expect(await browser.signFuturesChallenge({ secret: s, challenge: c })).toBe(expected)
      }),
      { numRuns: 200 },
    )
  })

  test('unpadded secrets decode like padded ones', async () => {
    await fc.assert(
      fc.asyncProperty(secret, async (s) => {
        const unpadded = s.replace(/=+$/, '')
        const parameters = { path: '/0/private/Balance', nonce: '1', body: 'nonce=1' }
        const padded = await node.signSpotRequest({ ...parameters, secret: s })
        expect(await node.signSpotRequest({ ...parameters, secret: unpadded })).toBe(padded)
        expect(await browser.signSpotRequest({ ...parameters, secret: unpadded })).toBe(padded)
      }),
      { numRuns: 100 },
    )
  })
})
