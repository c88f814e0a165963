import { createNonce, signFuturesRequest } from '@k/signing'

const nonce = createNonce()

/**
 * Test helper: one signed Futures REST call against kraken-sim (APIKey / Nonce / Authent over the exact url-encoded
 * text sent), used to place and cancel orders while the WS feeds are watched. Not exported from the package.
 */
export async function _futuresRest(
  baseUrl: string,
  credentials: { key: string; secret: string },
  method: 'GET' | 'POST',
  path: string,
  parameters: Record<string, string> = {},
): Promise<Record<string, unknown>> {
  const postData = new URLSearchParams(parameters).toString()
  const requestNonce = nonce()
  const authent = await signFuturesRequest({ secret: credentials.secret, path, nonce: requestNonce, postData })
  const url = method === 'GET' && postData ? `${baseUrl}${path}?${postData}` : `${baseUrl}${path}`
  const response = await fetch(url, {
    method,
    headers: {
      APIKey: credentials.key,
      Nonce: requestNonce,
      Authent: authent,
      ...(method === 'POST' ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
    },
    ...(method === 'POST' ? { body: postData } : {}),
  })
  return (await response.json()) as Record<string, unknown>
}
