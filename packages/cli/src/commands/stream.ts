import { _spotClient } from '../internal/_spotClient.js'
import { _toWsSymbol } from '../internal/_toWsSymbol.js'
import type { Command } from '../types.js'

/** Arguments of {@link stream}: channel, pairs, `--count`, `--depth`. */
export type StreamArgs = { channel: string; pairs: string[]; count?: number | undefined; depth?: number | undefined }

// Channels of the authenticated endpoint: SpotWsClient fetches a token (GetWebSocketsToken) for them.
const PRIVATE = new Set(['executions', 'balances', 'level3'])

/**
 * `kraken stream CHANNEL [PAIR…] [--count N]`: subscribes through @k/spot-ws's SpotWsClient to a WS v2 channel
 * (`ticker`, `book`, `trade`, `ohlc`, `instrument`, or private `executions`/`balances`, which need Spot credentials)
 * and prints each channel message exactly as received, one per line (NDJSON). Heartbeats are skipped; `--count` stops
 * after N messages of the channel; Ctrl-C stops cleanly.
 * https://docs.kraken.com/api/docs/websocket-v2/ticker
 *
 * @example
 * kraken stream ticker BTC/USD ETH/USD --count 10 | jq .data[0].last
 */
export const stream: Command<StreamArgs> = async (args, context) => {
  const { SpotWsClient } = await import('@k/spot-ws')
  const isPrivate = PRIVATE.has(args.channel)
  const credentials = isPrivate ? context.credentials('spot') : undefined
  const client = new SpotWsClient({
    url: context.urls.ws,
    authUrl: context.urls.authWs,
    ...(credentials
      ? { key: credentials.key, secret: credentials.secret, restClient: await _spotClient(context), noPublic: true }
      : {}),
  })
  let printed = 0
  let finish: () => void = () => {}
  const done = new Promise<void>((resolve) => {
    finish = resolve
  })
  client.on('message', (message, raw) => {
    const channel = (message as { channel?: unknown }).channel
    if (channel === 'heartbeat') return
    // The frame's own text, so numbers keep Kraken's exact digits.
    context.io.stdout.write(`${raw.trim()}\n`)
    if (channel === args.channel) printed += 1
    if (args.count !== undefined && printed >= args.count) finish()
  })
  context.signal.addEventListener('abort', finish, { once: true })
  try {
    context.log(`> WS ${isPrivate ? context.urls.authWs : context.urls.ws} subscribe ${args.channel}`)
    await client.connect()
    const params: Record<string, unknown> = { channel: args.channel }
    if (args.pairs.length > 0) params.symbol = args.pairs.map(_toWsSymbol)
    if (args.depth !== undefined) params.depth = args.depth
    await client.subscribe(params as never)
    await done
  } finally {
    context.signal.removeEventListener('abort', finish)
    await client.close()
  }
  return undefined
}
