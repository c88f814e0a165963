import { describe, expect, it } from 'vitest'
import { _createRedactor } from './_redact.js'

describe('_createRedactor', () => {
  it('masks credential values from the environment and from flags in both spellings', () => {
    const redactor = _createRedactor(['--api-key', 'key-from-flag', '--secret-key=secret-from-flag', 'balance'], {
      KRAKEN_SPOT_SECRET_KEY: 'secret-from-env',
      KRAKEN_FUTURES_API_KEY: 'futures-key-env',
      KRAKEN_SPOT_URL: 'http://127.0.0.1:1',
    })
    const text = 'key-from-flag secret-from-flag secret-from-env futures-key-env http://127.0.0.1:1'
    expect(redactor.redact(text)).toBe('*** *** *** *** http://127.0.0.1:1')
  })

  it('masks values added later (--secret-stdin) and ignores values too short to be credentials', () => {
    const redactor = _createRedactor(['--api-key', 'ab'], {})
    redactor.add('read-from-stdin')
    expect(redactor.redact('ab read-from-stdin')).toBe('ab ***')
  })
})
