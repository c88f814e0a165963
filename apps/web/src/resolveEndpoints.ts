/** Where the page gets its data: Spot REST base URL and Spot WS v2 URL. */
export type Endpoints = { readonly rest: string; readonly ws: string }

/** Vite's `import.meta.env` fields the page reads. */
export type EndpointEnv = { readonly VITE_KRAKEN_REST_URL?: string; readonly VITE_KRAKEN_WS_URL?: string }

/** Kraken production: what a production build connects to unless told otherwise. */
export const KRAKEN_ENDPOINTS: Endpoints = { rest: 'https://api.kraken.com', ws: 'wss://ws.kraken.com/v2' }

/**
 * Picks the REST and WS URLs: the page's query (`?rest=…&ws=…`, URL-encoded) wins, then the build's env
 * (`VITE_KRAKEN_REST_URL`, `VITE_KRAKEN_WS_URL`; `scripts/dev.ts` sets them to kraken-sim), then Kraken itself.
 * A REST URL of `/` means "this page's origin" (the dev and test servers proxy `/0/*` to kraken-sim, which sends no
 * CORS headers).
 *
 * @example
 * resolveEndpoints('?ws=ws%3A%2F%2F127.0.0.1%3A8787%2Fv2', {}) // { rest: 'https://api.kraken.com', ws: 'ws://127.0.0.1:8787/v2' }
 */
export function resolveEndpoints(search: string, env: EndpointEnv): Endpoints {
  const query = new URLSearchParams(search)
  const pick = (name: string, fromEnv: string | undefined, fallback: string) => {
    const value = query.get(name) ?? fromEnv
    return value === undefined || value === '' ? fallback : value
  }
  return {
    rest: pick('rest', env.VITE_KRAKEN_REST_URL, KRAKEN_ENDPOINTS.rest),
    ws: pick('ws', env.VITE_KRAKEN_WS_URL, KRAKEN_ENDPOINTS.ws),
  }
}
