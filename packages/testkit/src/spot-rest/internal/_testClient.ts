import { signSpotRequestSync } from '@k/signing'

/** Test helper (not exported): signs Spot REST requests like a client would. */
export function _testClient(url: string, key: string, secret: string) {
  let nonce = BigInt(Date.now()) * 1000n
  const send = async (path: string, body: string, contentType: string, nonceText: string) => {
    const sign = signSpotRequestSync({ secret, path, nonce: nonceText, body })
    return fetch(url + path, {
      method: 'POST',
      headers: { 'API-Key': key, 'API-Sign': sign, 'content-type': contentType },
      body,
    })
  }
  return {
    nextNonce: () => String(++nonce),
    /** POST a private method; JSON body when `json`, else form-encoded (brackets for nested values). */
    async private(
      method: string,
      params: Record<string, unknown> = {},
      json = false,
    ): Promise<{ error: string[]; result?: unknown }> {
      const nonceText = String(++nonce)
      const path = `/0/private/${method}`
      const body = json ? JSON.stringify({ nonce: nonceText, ...params }) : _form({ nonce: nonceText, ...params })
      const response = await send(
        path,
        body,
        json ? 'application/json' : 'application/x-www-form-urlencoded',
        nonceText,
      )
      return (await response.json()) as { error: string[]; result?: unknown }
    },
    async raw(method: string, params: Record<string, unknown> = {}): Promise<Response> {
      const nonceText = String(++nonce)
      const path = `/0/private/${method}`
      return send(path, _form({ nonce: nonceText, ...params }), 'application/x-www-form-urlencoded', nonceText)
    },
    async public(method: string, query: Record<string, string> = {}): Promise<{ error: string[]; result?: unknown }> {
      const response = await fetch(`${url}/0/public/${method}?${new URLSearchParams(query)}`)
      return (await response.json()) as { error: string[]; result?: unknown }
    },
  }
}

/** Form encoding with PHP-style brackets, as Kraken clients send nested params. */
export function _form(params: Record<string, unknown>): string {
  const out = new URLSearchParams()
  const add = (prefix: string, value: unknown) => {
    if (value === undefined) return
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) add(`${prefix}[${index}]`, item)
    } else if (value && typeof value === 'object')
      for (const [name, item] of Object.entries(value)) add(`${prefix}[${name}]`, item)
    else out.append(prefix, String(value))
  }
  for (const [name, value] of Object.entries(params)) {
    if (Array.isArray(value) || (value && typeof value === 'object')) add(name, value)
    else if (value !== undefined) out.append(name, String(value))
  }
  return out.toString()
}
