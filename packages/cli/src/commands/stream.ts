import { KrakenError } from '@k/errors'
import { _spotClient } from '../internal/_spotClient.js'
import { _toWsSymbol } from '../internal/_toWsSymbol.js'
import { _wsSession } from '../internal/_wsSession.js'
import type { Command } from '../types.js'

/** Arguments of {@link stream}: channel, pairs, `--count`, `--depth`. */
export type StreamArgs = { channel: string; pairs: string[]; count?: number | undefined; depth?: number | undefined }

// Channels of the authenticated endpoint: they need a token from GetWebSocketsToken.
const PRIVATE = new Set(['executions', 'balances', 'level3'])

/**
 * `kraken stream CHANNEL [PAIR…] [--count N]`: subscribes to a WS v2 channel (`ticker`, `book`, `trade`, `ohlc`,
 * `instrument`, or private `executions`/`balances`) and prints each message exactly as received, one per line
 * (NDJSON). Heartbeats are skipped; `--count` stops after N channel messages.
 * https://docs.kraken.com/api/docs/websocket-v2/ticker
 *
 * @example
 * kraken stream ticker BTC/USD ETH/USD --count 10 | jq .data[0].last
 */
export const stream: Command<StreamArgs> = async (args, context) => {
  const params: Record<string, unknown> = { channel: args.channel }
  if (args.pairs.length > 0) params.symbol = args.pairs.map(_toWsSymbol)
  if (args.depth !== undefined) params.depth = args.depth
  let url = context.urls.ws
  if (PRIVATE.has(args.channel)) {
    const { getWebSocketsToken } = await import('@k/spot-rest')
    const result = (await getWebSocketsToken(await _spotClient(context), {}, { signal: context.signal })) as {
      token?: string
    }
    params.token = result.token
    url = context.urls.authWs
  }
  const session = await _wsSession(context, url)
  session.send({ method: 'subscribe', params })
  let printed = 0
  try {
    for await (const frame of session.frames()) {
      const message = frame.json
      if (message.method === 'subscribe' && message.success === false) {
        throw new KrakenError(`Kraken refused the ${args.channel} subscription: ${String(message.error)}.`, {
          code: String(message.error ?? 'EGeneral:Unknown error'),
          category: 'exchange',
          retryable: false,
          details: { endpoint: `ws subscribe ${args.channel}`, body: message },
        })
      }
      if (message.channel === 'heartbeat') continue
      // The frame's own text, so numbers keep Kraken's exact digits.
      context.io.stdout.write(`${frame.text.trim()}\n`)
      if (message.channel === args.channel) printed += 1
      if (args.count !== undefined && printed >= args.count) break
    }
  } finally {
    session.close()
  }
  return undefined
}
