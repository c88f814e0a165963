import { KrakenValidationError } from '@k/errors'
import * as v from 'valibot'

/** Validation of the SDK knobs of `new FuturesWsClient(options)` (credentials are only checked for type). */
export const FuturesWsClientOptionsSchema = v.object({
  key: v.optional(v.string('must be a string')),
  secret: v.optional(v.string('must be a string')),
  url: v.optional(v.pipe(v.string('must be a string'), v.regex(/^wss?:\/\//, 'must start with ws:// or wss://'))),
  sandbox: v.optional(v.boolean('must be a boolean')),
  callback: v.optional(v.function('must be a function')),
  pingInterval: v.optional(
    v.pipe(
      v.number(),
      v.minValue(10, 'must be at least 10'),
      v.maxValue(59_000, 'must be below 60000 (Kraken closes idle sockets after 60 s)'),
    ),
  ),
  requestTimeout: v.optional(v.pipe(v.number(), v.minValue(1, 'must be positive'))),
  maxRequestsPerSecond: v.optional(
    v.pipe(
      v.number(),
      v.integer(),
      v.minValue(1, 'must be at least 1'),
      v.maxValue(99, 'must stay below Kraken’s 100 requests/s'),
    ),
  ),
  maxReconnects: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0, 'must be >= 0'))),
  initialBackoff: v.optional(v.pipe(v.number(), v.minValue(0, 'must be >= 0'))),
  maxBackoff: v.optional(v.pipe(v.number(), v.minValue(0, 'must be >= 0'))),
  streamHighWaterMark: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1, 'must be at least 1'))),
  WebSocket: v.optional(v.function('must be a WebSocket constructor')),
})

export function _parseClientOptions(options: unknown): void {
  const result = v.safeParse(FuturesWsClientOptionsSchema, options)
  if (result.success) return
  const issue = result.issues[0]
  const field = issue.path?.map((item) => String(item.key)).join('.') || 'options'
  // Never echo the rejected value: it could be a credential.
  throw new KrakenValidationError(`FuturesWsClient: \`${field}\` ${issue.message}.`, { field })
}
