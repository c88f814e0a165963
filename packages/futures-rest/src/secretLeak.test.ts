import { inspect } from 'node:util'
import { expect, inject, test } from 'vitest'
import { getOpenOrders } from './actions/user/getOpenOrders.js'
import { createFuturesClient } from './createFuturesClient.js'
import { Funding } from './namespaces/Funding.js'
import { Market } from './namespaces/Market.js'
import { Trade } from './namespaces/Trade.js'
import { User } from './namespaces/User.js'

const KEY = 'leak-test-futures-key-0123456789'
const SECRET = Buffer.from('leak-test futures secret that must never be printed').toString('base64')

function dump(value: unknown): string {
  return [JSON.stringify(value), inspect(value, { depth: 10, showHidden: true }), String(value)].join('\n')
}

test('neither the key nor the secret appears in clients, namespaces or errors', async () => {
  const sim = inject('krakenSim')
  const client = createFuturesClient({ baseUrl: sim.futuresUrl, key: KEY, secret: SECRET })
  const objects: unknown[] = [
    client,
    new Market(client),
    new User(client),
    new Trade({ key: KEY, secret: SECRET }),
    new Funding(client),
  ]
  // Unknown key: the simulator answers authenticationError.
  objects.push(await getOpenOrders(client).catch((error: unknown) => error))
  objects.push(
    await getOpenOrders(createFuturesClient({ baseUrl: 'http://127.0.0.1:9', key: KEY, secret: SECRET })).catch(
      (error: unknown) => error,
    ),
  )
  for (const object of objects) {
    const text = dump(object)
    expect(text).not.toContain(SECRET)
    expect(text).not.toContain(KEY)
  }
})
