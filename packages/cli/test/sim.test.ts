import { describe, expect, it } from 'vitest'
import { runKraken } from './runKraken.js'

describe('kraken --sim (embedded kraken-sim, demo account)', () => {
  it('answers public raw calls and signs private ones with the demo account', async () => {
    const time = await runKraken(['--sim', 'spot', '/0/public/Time'])
    expect(time.code).toBe(0)
    expect(JSON.parse(time.stdout)).toHaveProperty('unixtime')
    const balance = await runKraken(['--sim', 'spot', '-X', 'POST', '/0/private/Balance'])
    expect(balance.code).toBe(0)
    expect(JSON.parse(balance.stdout)).toMatchObject({ ZUSD: '100000.0000' })
  })

  it('points the WebSocket commands at the simulator too', async () => {
    const run = await runKraken(['--sim', 'book', 'BTC/USD', '--once'])
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toMatchObject({ symbol: 'BTC/USD', valid: true })
  })

  it('ignores real credentials in the environment (they are meant for Kraken)', async () => {
    const run = await runKraken(['--sim', 'balance'], {
      env: { KRAKEN_SPOT_API_KEY: 'real-key-xyz', KRAKEN_SPOT_SECRET_KEY: 'cmVhbA==' },
    })
    expect(run.code).toBe(0)
  })
})
