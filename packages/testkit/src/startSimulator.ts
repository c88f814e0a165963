import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { WebSocketServer } from 'ws'
import { createAdminRouter } from './admin/createAdminRouter.js'
import { DEMO_ACCOUNT } from './demoAccount.js'
import { createFuturesRestRouter } from './futures-rest/createFuturesRestRouter.js'
import { createFuturesWsHandler } from './futures-ws/createFuturesWsHandler.js'
import { createSpotRestRouter } from './spot-rest/createSpotRestRouter.js'
import { createSpotWsHandlers } from './spot-ws/createSpotWsHandlers.js'
import type { SimFaults } from './state/SimFaults.js'
import { SimState } from './state/SimState.js'
import type { SimHttpRequest, SimHttpResponse, SimHttpRouter, SimulatorOptions, SimWsHandler } from './types.js'

/** A running kraken-sim. Every URL points at 127.0.0.1. */
export type Simulator = {
  /** Spot REST base: `${url}/0/public/Time`. */
  url: string
  /** Spot WS v2 public endpoint (Kraken: wss://ws.kraken.com/v2). */
  wsUrl: string
  /** Spot WS v2 authenticated endpoint (Kraken: wss://ws-auth.kraken.com/v2). */
  authWsUrl: string
  /** Unified WebSocket public endpoint (Kraken: wss://uws.kraken.com/v2/public); private is `${unifiedWsUrl}/../private`. */
  unifiedWsUrl: string
  /** Unified WebSocket private endpoint (Kraken: wss://uws.kraken.com/v2/private). */
  unifiedPrivateWsUrl: string
  /** Futures REST base: `${futuresUrl}/derivatives/api/v3/tickers`. */
  futuresUrl: string
  /** Futures WS v1 endpoint (Kraken: wss://futures.kraken.com/ws/v1). */
  futuresWsUrl: string
  /** Control endpoint base (`POST ${adminUrl}/accounts`, `/faults`, `GET /requests`). */
  adminUrl: string
  port: number
  /** The live state (for in-process tests and tools). */
  state: SimState
  close(): Promise<void>
}

const WS_PATHS = {
  spotPublic: '/v2',
  spotPrivate: '/auth/v2',
  unifiedPublic: '/uws/v2/public',
  unifiedPrivate: '/uws/v2/private',
  futures: '/ws/v1',
} as const

/**
 * Starts an offline Kraken on 127.0.0.1: Spot REST, Futures REST, Spot WS v2 (public, auth), the Unified WebSocket
 * and Futures WS v1, with the same paths, message shapes and error strings as Kraken.
 *
 * @example
 * import { startSimulator } from '@k/testkit'
 * const sim = await startSimulator({ seed: 7 })
 * const time = await fetch(`${sim.url}/0/public/Time`).then((response) => response.json())
 * await sim.close()
 */
export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const state = new SimState(options)
  for (const account of options.accounts ?? [DEMO_ACCOUNT]) state.addAccount({ ...account })

  const routers: SimHttpRouter[] = [
    createAdminRouter(state),
    createSpotRestRouter(state),
    createFuturesRestRouter(state),
  ]
  const spotWs = createSpotWsHandlers(state)
  const wsHandlers: Record<string, SimWsHandler> = {
    [WS_PATHS.spotPublic]: spotWs.public,
    [WS_PATHS.spotPrivate]: spotWs.private,
    [WS_PATHS.unifiedPublic]: spotWs.unifiedPublic,
    [WS_PATHS.unifiedPrivate]: spotWs.unifiedPrivate,
    [WS_PATHS.futures]: createFuturesWsHandler(state),
  }

  const sockets = new Set<Socket>()
  const server = createServer((request, response) => void handleHttp(routers, state, request, response))
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  const wss = new WebSocketServer({ noServer: true, maxPayload: 4 * 1024 * 1024 })
  server.on('upgrade', (request, socket, head) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    const handler = wsHandlers[url.pathname]
    if (!handler) {
      socket.end('HTTP/1.1 404 Not Found\r\n\r\n')
      return
    }
    wss.handleUpgrade(request, socket, head, (ws) => handler(ws, request, { ...state.faults, ...faultsFromQuery(url) }))
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  const http = `http://127.0.0.1:${port}`
  const ws = `ws://127.0.0.1:${port}`
  let closed: Promise<void> | undefined

  return {
    url: http,
    wsUrl: `${ws}${WS_PATHS.spotPublic}`,
    authWsUrl: `${ws}${WS_PATHS.spotPrivate}`,
    unifiedWsUrl: `${ws}${WS_PATHS.unifiedPublic}`,
    unifiedPrivateWsUrl: `${ws}${WS_PATHS.unifiedPrivate}`,
    futuresUrl: http,
    futuresWsUrl: `${ws}${WS_PATHS.futures}`,
    adminUrl: `${http}/__sim`,
    port,
    state,
    close() {
      closed ??= (async () => {
        for (const closer of state.closers.splice(0)) await closer()
        for (const client of wss.clients) client.terminate()
        wss.close()
        for (const socket of sockets) socket.destroy()
        await new Promise<void>((resolve) => server.close(() => resolve()))
      })()
      return closed
    },
  }
}

function faultsFromQuery(url: URL): SimFaults {
  const faults: Record<string, number> = {}
  for (const [name, value] of url.searchParams) {
    const number = Number(value)
    if (Number.isFinite(number)) faults[name] = number
  }
  return faults as SimFaults
}

async function handleHttp(
  routers: SimHttpRouter[],
  state: SimState,
  request: IncomingMessage,
  response: ServerResponse,
) {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request) {
    size += (chunk as Buffer).length
    if (size > 8 * 1024 * 1024) {
      response.writeHead(413).end()
      return
    }
    chunks.push(chunk as Buffer)
  }
  const url = new URL(request.url ?? '/', 'http://127.0.0.1')
  const simRequest: SimHttpRequest = {
    method: request.method ?? 'GET',
    path: url.pathname,
    query: url.searchParams,
    rawQuery: url.search.slice(1),
    headers: request.headers,
    rawBody: Buffer.concat(chunks).toString('utf8'),
  }
  let answer: SimHttpResponse | undefined
  try {
    for (const router of routers) {
      answer = await router(simRequest)
      if (answer) break
    }
  } catch (error) {
    // A bug in a route must never take the simulator down: answer like Kraken's internal error.
    answer = { status: 500, body: { error: ['EGeneral:Internal error'], detail: String(error) } }
  }
  answer ??= { status: 404, body: { error: ['EGeneral:Unknown method'] } }
  if (state.faults.delayMs && !simRequest.path.startsWith('/__sim')) {
    await new Promise((resolve) => setTimeout(resolve, state.faults.delayMs))
  }
  if (answer.drop) {
    request.socket.destroy()
    return
  }
  const isRaw = typeof answer.body === 'string' || answer.body instanceof Uint8Array
  const body = isRaw ? (answer.body as string | Uint8Array) : JSON.stringify(answer.body)
  response.writeHead(answer.status, {
    'content-type': isRaw ? 'text/plain; charset=utf-8' : 'application/json',
    ...answer.headers,
  })
  response.end(body)
}
