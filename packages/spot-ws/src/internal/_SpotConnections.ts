import type { KrakenError } from '@k/errors'
import type { WsConnectionName } from '../types/WsConnectionName.js'
import { _noConnectionError } from './_clientErrors.js'
import type { _SpotWsContext } from './_SpotWsContext.js'
import { _WsConnection, type WebSocketConstructor } from './_WsConnection.js'

/** What the client does on a connection's text frames, opens and terminal failures. */
export type _SpotConnectionHooks = {
  onText(text: string, name: WsConnectionName): void
  onOpen(name: WsConnectionName, isReconnect: boolean): Promise<void>
  onFatal(error: KrakenError): void
}

/**
 * The public and private sockets of a `SpotWsClient`: opens them with the client's keepalive/backoff options,
 * picks the one a message goes over (public traffic falls back to the private socket under `noPublic`), and
 * closes them. A dropped socket fails its pending requests and emits `close`.
 */
export class _SpotConnections {
  readonly #connections: Partial<Record<WsConnectionName, _WsConnection>> = {}

  constructor(readonly WebSocket: WebSocketConstructor) {}

  /** Opens one connection (no retry on the first connect) and registers it under `name`. */
  async open(ctx: _SpotWsContext, name: WsConnectionName, url: string, hooks: _SpotConnectionHooks): Promise<void> {
    const options = ctx.options
    const connection = new _WsConnection({
      name,
      url,
      WebSocket: this.WebSocket,
      maxReconnects: options.maxReconnects ?? 7,
      initialBackoffMs: options.initialBackoff ?? 1000,
      maxBackoffMs: options.maxBackoff ?? 60_000,
      pingIntervalMs: options.pingInterval ?? 10_000,
      connectTimeoutMs: options.connectTimeout ?? 10_000,
      onText: (text) => hooks.onText(text, name),
      onOpen: (isReconnect) => hooks.onOpen(name, isReconnect),
      onDown: (info) => {
        ctx.pending.failConnection(name, `code ${info.code}`)
        ctx.emit('close', name, info)
      },
      onReconnecting: (info) => ctx.emit('reconnecting', info),
      onReconnected: (info) => ctx.emit('reconnected', info),
      onFatal: hooks.onFatal,
      onPing: () => JSON.stringify({ method: 'ping', req_id: ctx.nextReqId() }),
    })
    this.#connections[name] = connection
    await connection.connect()
  }

  /** The socket for private (authenticated) or public traffic; throws when there is none. */
  pick(isPrivate: boolean): _WsConnection {
    const connection = isPrivate ? this.#connections.private : (this.#connections.public ?? this.#connections.private)
    if (!connection) throw _noConnectionError(isPrivate ? 'private' : 'public')
    return connection
  }

  /** Which name a socket returned by {@link _SpotConnections.pick} has. */
  nameOf(connection: _WsConnection): WsConnectionName {
    return connection === this.#connections.private ? 'private' : 'public'
  }

  isOpen(name: WsConnectionName): boolean {
    return this.#connections[name]?.isOpen === true
  }

  /** Forgets both sockets and closes them. */
  async closeAll(): Promise<void> {
    const connections = Object.values(this.#connections)
    for (const name of Object.keys(this.#connections) as WsConnectionName[]) delete this.#connections[name]
    await Promise.all(connections.map((connection) => connection.close()))
  }
}
