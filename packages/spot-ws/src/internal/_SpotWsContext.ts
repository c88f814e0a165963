import type { SpotWsClientEvents } from '../types/SpotWsClientEvents.js'
import type { SpotWsClientOptions } from '../types/SpotWsClientOptions.js'
import type { _PendingRequests } from './_PendingRequests.js'
import type { _SpotConnections } from './_SpotConnections.js'
import type { _TokenProvider } from './_TokenProvider.js'

/**
 * What `SpotWsClient` shares with the internal modules it delegates to (connections, requests, subscriptions,
 * frame routing). Held in a `#private` field of the client: the options carry the credentials.
 */
export type _SpotWsContext = {
  readonly options: SpotWsClientOptions
  readonly pending: _PendingRequests
  readonly connections: _SpotConnections
  readonly tokens: _TokenProvider | undefined
  /** The client's `isAuthenticated` (read through the instance, so subclasses are honoured). */
  isAuthenticated(): boolean
  /** The next `req_id` (one counter for requests, subscriptions and pings). */
  nextReqId(): number
  /** The client's `prepareParams` hook (UnifiedWsClient adds `asset_class`). */
  prepareParams(method: string, params: Record<string, unknown> | undefined): Record<string, unknown> | undefined
  emit<E extends keyof SpotWsClientEvents>(event: E, ...args: Parameters<SpotWsClientEvents[E]>): boolean
}
