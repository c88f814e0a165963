import { createServer } from 'node:net'
import { expect, it } from 'vitest'
import { main } from './dca.js'
import { _exampleTestEnv } from './internal/_exampleTestEnv.js'
import { _statusProxy } from './internal/_statusProxy.js'

it('dca buys $50 worth each period over the WS path', async () => {
  const { env, lines, log } = await _exampleTestEnv()
  await main({ env, log, buys: 2, periodMs: 100 })
  const buys = lines.filter((line) => line.startsWith('DCA: '))
  expect(buys).toHaveLength(2)
  expect(buys[0]).toMatch(/^DCA: 0\.000\d+ BTC @ ~\d+/)
  expect(lines.filter((line) => line === '  (placeOrder via ws: ok)')).toHaveLength(2)
  expect(lines.at(-1)).toMatch(/^DCA done: 2 buys, XBT balance 2\.00/)
})

it('dca defers every buy while Kraken is not online (REST status, WebSocket unreachable)', async () => {
  const { env, lines, log } = await _exampleTestEnv()
  const proxy = await _statusProxy(env.url, 'cancel_only')
  try {
    // An unreachable WebSocket: the trader serves status and orders over REST, through the proxy.
    const server = createServer()
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as { port: number }
    await new Promise((resolve) => server.close(resolve))
    const dead = `ws://127.0.0.1:${port}/v2`
    await main({ env: { ...env, url: proxy.url, wsUrl: dead, authWsUrl: dead }, log, buys: 1, periodMs: 50 })
  } finally {
    await proxy.close()
  }
  expect(lines.filter((line) => line === 'Kraken cancel_only, deferring buy').length).toBeGreaterThan(1)
  expect(lines.some((line) => line.startsWith('DCA: '))).toBe(false)
  expect(lines.at(-1)).toMatch(/^DCA done: 0 buys/)
})
