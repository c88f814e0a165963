import type { IncomingMessage } from 'node:http'
import type { WebSocket } from 'ws'
import type { SimFaults } from './state/SimFaults.js'

export type SimTier = 'starter' | 'intermediate' | 'pro'

/** An account the simulator knows. Secrets are base64, like Kraken's. */
export type SimAccountInit = {
  key: string
  secret: string
  futuresKey?: string
  futuresSecret?: string
  /** Spot balances by Kraken asset name, e.g. `{ ZUSD: '10000', XXBT: '1' }`. */
  balances?: Record<string, string>
  /** Futures cash balances, e.g. `{ usd: '10000' }`. */
  futuresBalances?: Record<string, string>
  /** Spot REST/WS permissions; all granted by default. */
  permissions?: ReadonlyArray<'query' | 'trade' | 'funding' | 'earn' | 'websocket' | 'export'>
}

export type SimulatorOptions = {
  /** TCP port; 0 (default) picks a free one. Binds 127.0.0.1 only. */
  port?: number
  host?: string
  /** Seed of the deterministic synthetic market. Default 1. */
  seed?: number
  /** Spot rate-limit tier. Default `'starter'`. */
  tier?: SimTier
  /** Set to `false` to turn every rate limiter off (e.g. for throughput tests). Default `true`. */
  rateLimits?: boolean
  faults?: SimFaults
  accounts?: SimAccountInit[]
  /** Milliseconds between synthetic market ticks pushed to WS subscribers. Default 100. */
  tickMs?: number
}

/** A plain request as the HTTP routers see it. `rawBody` is the exact text received (signatures cover it). */
export type SimHttpRequest = {
  method: string
  /** Path without query string, e.g. `/0/private/AddOrder`. */
  path: string
  query: URLSearchParams
  /** Raw query string without `?` (Futures signs it as received). */
  rawQuery: string
  headers: IncomingMessage['headers']
  rawBody: string
}

export type SimHttpResponse = {
  status: number
  headers?: Record<string, string>
  /** A string or bytes are sent as is; anything else is sent as JSON. */
  body: unknown
  /** Destroy the socket instead of answering (the "accepted, then the response was lost" fault). */
  drop?: boolean
}

export type SimHttpRouter = (
  request: SimHttpRequest,
) => Promise<SimHttpResponse | undefined> | SimHttpResponse | undefined

/** Per-connection WS handler: wires the socket to the simulator state. `faults` merges global and URL faults. */
export type SimWsHandler = (socket: WebSocket, request: IncomingMessage, faults: SimFaults) => void
