import { KrakenError } from '../../../../packages/errors/src/index.js'

/**
 * The browser bundle's stand-in for `@k/spot-ws`'s `_streamFilter` / `_AsyncQueue` (swapped in by
 * `browserBundlePlugin`): `SpotWsClient.stream()` (the async-iterator style, ~0.35 KB gzip) is not in the browser
 * bundle and throws this `KrakenError` before subscribing. Use `client.on('message', …)` or the `callback` option.
 *
 * - Kraken: https://docs.kraken.com/api/docs/websocket-v2/
 *
 * @example
 * client.on('message', (message) => { if (message.channel === 'trade') console.log(message.data) })
 */
export function _streamFilter(): never {
  throw new KrakenError('stream() is not in the browser bundle; use on("message") or the callback option.', {
    code: 'EBundle:Not included',
    category: 'client',
  })
}

/** Never constructed: `_streamFilter` throws first. */
export class _AsyncQueue {}
