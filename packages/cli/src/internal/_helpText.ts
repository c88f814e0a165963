/** The part of `kraken --help` after the command list: environment, exit codes, examples. */
export const _helpText = `
Environment:
  KRAKEN_SPOT_API_KEY, KRAKEN_SPOT_SECRET_KEY         Spot credentials (fallback: KRAKEN_API_KEY, KRAKEN_API_SECRET)
  KRAKEN_FUTURES_API_KEY, KRAKEN_FUTURES_SECRET_KEY   Futures credentials
  KRAKEN_SPOT_URL, KRAKEN_FUTURES_URL                 REST base URLs (default https://api.kraken.com, https://futures.kraken.com)
  KRAKEN_WS_URL, KRAKEN_AUTH_WS_URL, KRAKEN_FUTURES_WS_URL   WebSocket URLs
  KRAKEN_VERBOSE=1                                    same as -v

Exit codes:
  0  ok
  1  Kraken or API error (exchange, rate limit)
  2  usage or validation (bad flag, bad JSON, invalid parameter)
  3  auth (missing or rejected credentials, permission denied, invalid nonce)
  4  network or timeout
  5  checksum or protocol (malformed answer, order book checksum mismatch)
  130  interrupted by Ctrl-C during a request (streams and the live book exit 0)

Examples:
  kraken spot https://api.kraken.com/0/public/Time
  kraken spot -X POST /0/private/Balance
  kraken futures https://futures.kraken.com/derivatives/api/v3/tickers
  kraken ticker XBTUSD ETHUSD
  kraken book BTC/USD --depth 10
  kraken order add buy XBTUSD 0.01 --type limit --price 30000 --validate
  kraken --sim balance
`
