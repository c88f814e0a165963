import { describe, expect, it } from 'vitest'
import { KRAKEN_ENDPOINTS, resolveEndpoints } from './resolveEndpoints.js'

describe('resolveEndpoints', () => {
  it('defaults to Kraken production (a production build without env)', () => {
    expect(resolveEndpoints('', {})).toEqual(KRAKEN_ENDPOINTS)
    expect(KRAKEN_ENDPOINTS).toEqual({ rest: 'https://api.kraken.com', ws: 'wss://ws.kraken.com/v2' })
  })

  it('uses the env of the build (kraken-sim in development)', () => {
    const env = { VITE_KRAKEN_REST_URL: '/', VITE_KRAKEN_WS_URL: 'ws://127.0.0.1:8787/v2' }
    expect(resolveEndpoints('', env)).toEqual({ rest: '/', ws: 'ws://127.0.0.1:8787/v2' })
  })

  it('lets the query override both, URL-encoded, with its own query string', () => {
    const ws = 'ws://127.0.0.1:8787/v2?dropEveryN=250'
    const search = `?rest=${encodeURIComponent('http://127.0.0.1:8787')}&ws=${encodeURIComponent(ws)}`
    expect(resolveEndpoints(search, { VITE_KRAKEN_WS_URL: 'ws://elsewhere/v2' })).toEqual({
      rest: 'http://127.0.0.1:8787',
      ws,
    })
    expect(resolveEndpoints('?rest=&ws=', {})).toEqual(KRAKEN_ENDPOINTS)
  })
})
