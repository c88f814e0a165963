/**
 * The browser bundle's stand-in for `isomorphic-ws` (swapped in by `browserBundlePlugin`): the browser's own
 * `WebSocket`. (`isomorphic-ws`'s browser build does the same with fallbacks for browsers older than the bundle's
 * ES2022 target.)
 *
 * @example
 * import WebSocket from 'isomorphic-ws' // inside the bundle: globalThis.WebSocket
 */
const NativeWebSocket: typeof WebSocket = globalThis.WebSocket
export default NativeWebSocket
