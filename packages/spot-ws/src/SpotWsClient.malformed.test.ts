import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { WebSocketServer } from 'ws'
import { SpotWsClient } from './SpotWsClient.js'

// A one-off server on 127.0.0.1 that sends 10,000 frames Kraken never would, then one valid message.
let server: WebSocketServer
let url: string
const garbage = [
  '',
  '{',
  'null',
  '[1,2]',
  '42',
  '"text"',
  '{"channel":',
  '\u0000\u00ff\u0001',
  '{"data":[}',
  'true',
  ']',
]
beforeAll(async () => {
  server = new WebSocketServer({ host: '127.0.0.1', port: 0 })
  await new Promise((resolve) => server.once('listening', resolve))
  url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`
  server.on('connection', (socket) => {
    for (let index = 0; index < 10_000; index++) {
      const text = garbage[index % garbage.length]!
      // Some as binary frames too.
      socket.send(index % 7 === 0 ? Buffer.from(text) : text)
    }
    socket.send('{"channel":"heartbeat"}')
  })
})
afterAll(async () => {
  for (const client of server.clients) client.terminate()
  await new Promise((resolve) => server.close(resolve))
})

test('10,000 malformed frames never crash the client: each is an error event, the next valid message arrives', async () => {
  const client = new SpotWsClient({ url, pingInterval: 0 })
  const errors: Array<{ code?: string; category?: string }> = []
  const messages: unknown[] = []
  client.on('error', (error) => errors.push(error))
  client.on('message', (message) => messages.push(message))
  await client.connect()
  for (let round = 0; round < 400 && messages.length === 0; round++)
    await new Promise((resolve) => setTimeout(resolve, 25))
  expect(messages).toEqual([{ channel: 'heartbeat' }])
  expect(errors).toHaveLength(10_000)
  expect(new Set(errors.map((error) => `${error.category}:${error.code}`))).toEqual(
    new Set(['protocol:EWs:MalformedFrame']),
  )
  expect(client.exceptionOccur).toBe(false)
  await client.close()
})

test('keepalive: a socket that stays silent for three ping intervals is dropped and reconnected', async () => {
  const silent = new WebSocketServer({ host: '127.0.0.1', port: 0 })
  await new Promise((resolve) => silent.once('listening', resolve))
  const pings: string[] = []
  silent.on('connection', (socket) => socket.on('message', (data) => pings.push(data.toString())))
  const client = new SpotWsClient({
    url: `ws://127.0.0.1:${(silent.address() as AddressInfo).port}`,
    pingInterval: 40,
    initialBackoff: 10,
  })
  const reconnected = new Promise((resolve) => client.once('reconnected', resolve))
  try {
    await client.connect()
    await reconnected
    // Pings keep going on the new socket (timers may fire late on a loaded machine, so wait for one).
    for (let round = 0; round < 100 && pings.length === 0; round++)
      await new Promise((resolve) => setTimeout(resolve, 20))
    expect(JSON.parse(pings[0]!)).toMatchObject({ method: 'ping' })
  } finally {
    await client.close()
    for (const socket of silent.clients) socket.terminate()
    await new Promise((resolve) => silent.close(resolve))
  }
})
