import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Simulator, startSimulator } from '../startSimulator.js'
import { _testClient } from './internal/_testClient.js'
import { validateWsToken, WS_TOKEN_TTL_SECONDS } from './wsTokens.js'

const SECRET = Buffer.from('ws-token-secret-0123456789abcdef').toString('base64')
let sim: Simulator
beforeAll(async () => {
  sim = await startSimulator({ seed: 1, accounts: [{ key: 'w', secret: SECRET }] })
})
afterAll(() => sim.close())

describe('GetWebSocketsToken', () => {
  it('issues a 15-minute token that validateWsToken maps back to the key until it expires', async () => {
    const answer = await _testClient(sim.url, 'w', SECRET).private('GetWebSocketsToken')
    const { token, expires } = answer.result as { token: string; expires: number }
    expect(expires).toBe(900)
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(validateWsToken(sim.state, token)).toBe('w')
    expect(validateWsToken(sim.state, `${token.slice(0, -1)}x`)).toBeUndefined()
    const store = sim.state.domain('spot-ws-tokens', () => ({ now: Date.now })) as { now: () => number }
    const issued = Date.now()
    store.now = () => issued + WS_TOKEN_TTL_SECONDS * 1000 + 1_000
    expect(validateWsToken(sim.state, token)).toBeUndefined()
  })
})
