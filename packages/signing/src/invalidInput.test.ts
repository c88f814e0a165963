import { inspect } from 'node:util'
import { KrakenValidationError } from '@k/errors'
import { describe, expect, test } from 'vitest'
import * as browser from './index.browser.js'
import * as node from './index.js'

const good = 'kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg=='
// Each bad secret contains a marker so a leak is easy to grep for.
const badSecrets = [
  '',
  'MARKERnot base64 at all!',
  'MARKERabcd-_efgh', // URL-safe alphabet: not what Kraken issues
  'MARKERabcde', // 11 chars: 4n+3 is fine, so add one more below
  'MARKERabcdeX' + 'Y'.repeat(1), // 13 chars = 4n+1, can never be base64
  `${good.slice(0, 40)}\nMARKER`,
  'MARKER==abc',
].filter((secret) => secret === '' || !/^[A-Za-z0-9+/]+={0,2}$/.test(secret) || secret.length % 4 === 1)

type Signer = (secret: string) => Promise<string>
const signers: Array<[string, Signer]> = [
  [
    'node signSpotRequest',
    (secret) => node.signSpotRequest({ secret, path: '/0/private/Balance', nonce: '1', body: 'nonce=1' }),
  ],
  [
    'node signSpotRequestSync',
    async (secret) => node.signSpotRequestSync({ secret, path: '/0/private/Balance', nonce: '1', body: 'nonce=1' }),
  ],
  [
    'node signFuturesRequest',
    (secret) => node.signFuturesRequest({ secret, path: '/api/v3/accounts', nonce: '', postData: '' }),
  ],
  ['node signFuturesChallenge', (secret) => node.signFuturesChallenge({ secret, challenge: 'c100b894' })],
  [
    'web signSpotRequest',
    (secret) => browser.signSpotRequest({ secret, path: '/0/private/Balance', nonce: '1', body: 'nonce=1' }),
  ],
  [
    'web signFuturesRequest',
    (secret) => browser.signFuturesRequest({ secret, path: '/api/v3/accounts', nonce: '', postData: '' }),
  ],
  ['web signFuturesChallenge', (secret) => browser.signFuturesChallenge({ secret, challenge: 'c100b894' })],
]

async function rejection(run: () => Promise<unknown>): Promise<KrakenValidationError> {
  try {
    await run()
  } catch (error) {
    expect(error).toBeInstanceOf(KrakenValidationError)
    return error as KrakenValidationError
  }
  throw new Error('expected a rejection')
}

describe('invalid secrets', () => {
  test('the list of bad secrets is not empty and the good one is accepted', async () => {
    expect(badSecrets.length).toBeGreaterThanOrEqual(5)
    for (const [, sign] of signers) expect(await sign(good)).toMatch(/^[A-Za-z0-9+/]{86}==$/)
  })

  test.each(signers)('%s rejects them with KrakenValidationError and never echoes the secret', async (_name, sign) => {
    for (const secret of badSecrets) {
      const error = await rejection(() => sign(secret))
      expect(error.field).toBe('secret')
      expect(error.details.sent).toBe('no')
      for (const text of [
        error.message,
        JSON.stringify(error),
        String(error),
        inspect(error, { depth: 10 }),
        error.stack,
      ]) {
        expect(text).not.toContain('MARKER')
      }
    }
  })

  test('a non-string secret is rejected too', async () => {
    const error = await rejection(() =>
      node.signSpotRequest({ secret: 42 as unknown as string, path: '/', nonce: '1', body: '' }),
    )
    expect(error.field).toBe('secret')
  })
})

describe('other inputs are checked before hashing', () => {
  test.each([
    ['nonce', { nonce: '12a' }],
    ['nonce', { nonce: '' }],
    ['path', { path: undefined }],
    ['body', { body: 7 }],
  ])('Spot %s', async (field, override) => {
    const parameters = { secret: good, path: '/0/private/Balance', nonce: '1', body: 'nonce=1', ...override } as never
    expect((await rejection(() => node.signSpotRequest(parameters))).field).toBe(field)
    expect((await rejection(() => browser.signSpotRequest(parameters))).field).toBe(field)
  })

  test('Futures accepts an empty nonce but not a non-numeric one', async () => {
    const parameters = { secret: good, path: '/api/v3/accounts', postData: '' }
    expect(await node.signFuturesRequest({ ...parameters, nonce: '' })).toBe(
      await browser.signFuturesRequest({ ...parameters, nonce: '' }),
    )
    expect((await rejection(() => node.signFuturesRequest({ ...parameters, nonce: 'x1' }))).field).toBe('nonce')
    expect((await rejection(() => browser.signFuturesRequest({ ...parameters, nonce: 'x1' }))).field).toBe('nonce')
  })
})
