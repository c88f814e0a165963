import type { KrakenError, KrakenErrorCategory } from '@k/errors'
import * as errorsModule from '@k/errors'

/** What an error means and what to do about it. */
export type Hint = { meaning?: string | undefined; suggestion?: string | undefined; docsUrl?: string | undefined }

type Describe = (code: string) => unknown

// @k/errors' hint table (`describeKrakenError`) is used when it is exported; these rows cover the rest.
const shared = (errorsModule as unknown as Record<string, unknown>).describeKrakenError as Describe | undefined

const BY_CODE: Readonly<Record<string, Hint>> = {
  'EAPI:Missing credentials': {
    meaning: 'This call is private and no API key and secret were given; nothing was sent.',
    suggestion:
      'Set KRAKEN_SPOT_API_KEY and KRAKEN_SPOT_SECRET_KEY (Futures: KRAKEN_FUTURES_…), use --secret-stdin, or try --sim.',
  },
  'EAPI:Invalid key': {
    meaning: 'Kraken does not know this API key.',
    suggestion: 'Check KRAKEN_SPOT_API_KEY (or --api-key); the key may have been deleted or belong to another account.',
  },
  'EAPI:Invalid signature': {
    meaning: 'The request signature did not match: the secret does not belong to the key, or it was copied wrongly.',
    suggestion:
      'Paste the API secret again (KRAKEN_SPOT_SECRET_KEY or --secret-stdin); it is base64, keep the trailing =.',
  },
  'EAPI:Invalid nonce': {
    meaning: 'The nonce was not higher than the last one Kraken saw for this key.',
    suggestion: 'Use a separate API key per program; another tool using this key may send larger nonces.',
  },
  'EGeneral:Permission denied': {
    meaning: 'The API key lacks the permission this call needs.',
    suggestion:
      'Enable the permission for the key on Kraken (Settings → API), e.g. "Query funds" or "Create & modify orders".',
  },
  'EGeneral:Invalid arguments': {
    meaning: 'Kraken rejected a parameter.',
    suggestion: 'Compare the parameters with the endpoint docs; run with -v to see what was sent.',
  },
  'EQuery:Unknown asset pair': {
    meaning: 'Kraken does not list this pair.',
    suggestion: 'Use a pair name such as XBTUSD or BTC/USD; `kraken spot /0/public/AssetPairs` lists them all.',
  },
  'EOrder:Insufficient funds': {
    meaning: 'The account balance does not cover the order.',
    suggestion: 'Check `kraken balance`, reduce the volume, or cancel open orders that reserve funds.',
  },
}

const BY_CATEGORY: Readonly<Record<KrakenErrorCategory | 'usage', Hint>> = {
  usage: { suggestion: 'Run `kraken --help` or `kraken <command> --help` for the accepted flags.' },
  validation: { suggestion: 'Fix the named parameter; nothing was sent to Kraken.' },
  auth: { suggestion: 'Set KRAKEN_SPOT_API_KEY and KRAKEN_SPOT_SECRET_KEY (or the FUTURES ones), or use --sim.' },
  rate_limit: { suggestion: 'Wait and retry; Kraken limits calls per API key (see the rate-limit docs).' },
  exchange: { suggestion: "Read Kraken's error string above; check https://status.kraken.com/ if it persists." },
  network: {
    suggestion:
      'Check the connection and the URLs (KRAKEN_SPOT_URL, KRAKEN_FUTURES_URL, KRAKEN_WS_URL); raise --timeout.',
  },
  protocol: { suggestion: 'The answer was not what Kraken normally sends; retry, and report it with -v output.' },
  client: { suggestion: 'Retry the command.' },
}

/** Meaning and suggestion for an error: the category's, overridden by @k/errors' table, overridden by the CLI's rows. */
export function _hintFor(error: KrakenError | undefined, category: KrakenErrorCategory | 'usage'): Hint {
  const fromShared = error && shared ? normalize(shared(error.code)) : undefined
  const code = error?.code ?? ''
  const exact = BY_CODE[code] ?? Object.entries(BY_CODE).find(([prefix]) => code.startsWith(prefix))?.[1]
  // CLI rows last: they name the CLI's own flags and variables.
  return { ...BY_CATEGORY[category], ...fromShared, ...exact }
}

function normalize(value: unknown): Hint | undefined {
  if (typeof value === 'string') return { suggestion: value }
  if (typeof value !== 'object' || value === null) return undefined
  const record = value as Record<string, unknown>
  const pick = (...names: string[]) => {
    for (const name of names) if (typeof record[name] === 'string') return record[name] as string
    return undefined
  }
  const hint: Hint = {}
  const meaning = pick('means', 'meaning', 'description')
  const suggestion = pick('todo', 'suggestion', 'action', 'hint')
  const docsUrl = pick('docsUrl', 'docs')
  if (meaning) hint.meaning = meaning
  if (suggestion) hint.suggestion = suggestion
  if (docsUrl) hint.docsUrl = docsUrl
  return hint
}
