import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { WebSocketServer } from 'ws'
import { FuturesWsClient } from '../FuturesWsClient.js'

const servers: WebSocketServer[] = []
const clients: FuturesWsClient[] = []
afterEach(async () => {
  for (const client of clients.splice(0)) await client.close()
  for (const server of servers.splice(0)) {
    for (const socket of server.clients) socket.terminate()
    await new Promise((resolve) => server.close(resolve))
  }
})

/** A bare 127.0.0.1 server that greets like Kraken; `autoPong: false` plays a dead peer. */
async function server(autoPong: boolean) {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, autoPong })
  servers.push(wss)
  await new Promise((resolve) => wss.once('listening', resolve))
  const pings: number[] = []
  let connections = 0
  wss.on('connection', (socket) => {
    connections += 1
    socket.on('ping', () => pings.push(connections))
    socket.send(JSON.stringify({ event: 'info', version: 1 }))
  })
  return { url: `ws://127.0.0.1:${(wss.address() as AddressInfo).port}`, pings, connections: () => connections }
}

describe('keepalive', () => {
  it('sends protocol pings at the configured interval', async () => {
    const peer = await server(true)
    const client = new FuturesWsClient({ url: peer.url, pingInterval: 20 })
    clients.push(client)
    await client.connect()
    await expect.poll(() => peer.pings.length, { timeout: 5000 }).toBeGreaterThanOrEqual(3)
    expect(peer.connections()).toBe(1)
  })

  it('terminates and reconnects when pings go unanswered', async () => {
    const peer = await server(false)
    const client = new FuturesWsClient({ url: peer.url, pingInterval: 20, initialBackoff: 10, maxBackoff: 20 })
    clients.push(client)
    const reconnected = new Promise<void>((resolve) => client.once('reconnected', () => resolve()))
    await client.connect()
    await reconnected
    expect(peer.connections()).toBeGreaterThanOrEqual(2)
  })

  it('reports a throwing message listener as an error event instead of breaking the client', async () => {
    const peer = await server(true)
    const client = new FuturesWsClient({ url: peer.url })
    clients.push(client)
    const reported = new Promise<unknown>((resolve) => client.once('error', resolve))
    client.on('message', () => {
      throw new Error('listener bug')
    })
    await client.connect()
    expect(await reported).toMatchObject({ code: 'ECallback', category: 'client' })
    expect(client.isConnected).toBe(true)
  })
})
