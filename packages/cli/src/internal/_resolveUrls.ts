import type { CliUrls } from '../types.js'

const KRAKEN: CliUrls = {
  spot: 'https://api.kraken.com',
  futures: 'https://futures.kraken.com',
  ws: 'wss://ws.kraken.com/v2',
  authWs: 'wss://ws-auth.kraken.com/v2',
  futuresWs: 'wss://futures.kraken.com/ws/v1',
}

/** Kraken's URLs, overridden by `--sim` and then by `KRAKEN_SPOT_URL`, `KRAKEN_FUTURES_URL`, `KRAKEN_WS_URL`, … */
export function _resolveUrls(env: Readonly<Record<string, string | undefined>>, sim?: CliUrls): CliUrls {
  const base = sim ?? KRAKEN
  return {
    spot: env.KRAKEN_SPOT_URL || base.spot,
    futures: env.KRAKEN_FUTURES_URL || base.futures,
    ws: env.KRAKEN_WS_URL || base.ws,
    authWs: env.KRAKEN_AUTH_WS_URL || base.authWs,
    futuresWs: env.KRAKEN_FUTURES_WS_URL || base.futuresWs,
  }
}
