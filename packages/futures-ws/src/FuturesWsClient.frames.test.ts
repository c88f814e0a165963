import type { KrakenError } from '@k/errors'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { type WebSocket, WebSocketServer } from 'ws'
import { FuturesWsClient } from './FuturesWsClient.js'

// Regression (found by apps/reliability's frame fuzz): JSON that is not an object made `'event' in message` throw
// inside the socket's message handler — an uncaught exception that would crash a bot.
let server: WebSocketServer
let url: string
const sockets: WebSocket[] = []
const uncaught: unknown[] = []
const onUncaught = (error: unknown) => void uncaught.push(error)

beforeAll(async () => {
  process.on('uncaughtException', onUncaught)
  server = new WebSocketServer({ host: '127.0.0.1', port: 0 })
  await new Promise<void>((resolve) => server.once('listening', () => resolve()))
  const address = server.address()
  url = `ws://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
  server.on('connection', (socket) => void sockets.push(socket))
})

afterAll(async () => {
  for (const socket of sockets) socket.terminate()
  await new Promise((resolve) => server.close(resolve))
  process.off('uncaughtException', onUncaught)
})

it('frames that are JSON but not an object → protocol error events, no exception, next frame delivered', async () => {
  const client = new FuturesWsClient({ url, maxReconnects: 0 })
  const errors: KrakenError[] = []
  const messages: unknown[] = []
  client.on('error', (error) => void errors.push(error))
  client.on('message', (message) => void messages.push(message))
  await client.connect()
  for (let attempt = 0; attempt < 200 && sockets.length === 0; attempt++) await new Promise((r) => setTimeout(r, 5))
  const bad = ['0', 'null', 'true', '"text"', '[]', '[{"event":"info"}]', '1e400']
  for (const frame of bad) sockets[0]!.send(frame)
  sockets[0]!.send('{"feed":"heartbeat","time":1}')
  for (let attempt = 0; attempt < 400 && messages.length === 0; attempt++) await new Promise((r) => setTimeout(r, 5))
  expect(uncaught).toEqual([])
  expect(messages).toEqual([{ feed: 'heartbeat', time: 1 }])
  expect(errors).toHaveLength(bad.length)
  expect(errors.every((error) => error.code === 'EProtocol' && error.category === 'protocol')).toBe(true)
  await client.close()
})
