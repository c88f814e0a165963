import type { SimHttpResponse } from '../types.js'

/** `{"result":"success", …, "serverTime": …}` as every v3 endpoint answers. */
export function _success(body: Record<string, unknown> = {}): SimHttpResponse {
  return { status: 200, body: { result: 'success', ...body, serverTime: new Date().toISOString() } }
}

/** `{"result":"error","error":"<code>","serverTime": …}`: Kraken answers these with HTTP 200 (404 for an unknown ticker). */
export function _failure(error: string, status = 200, headers?: Record<string, string>): SimHttpResponse {
  return {
    status,
    body: { result: 'error', error, serverTime: new Date().toISOString() },
    ...(headers ? { headers } : {}),
  }
}

/** A required parameter check: the first missing name, or undefined. */
export function _missing(input: URLSearchParams, ...names: string[]): string | undefined {
  return names.find((name) => input.get(name) === null || input.get(name) === '')
}

/** A number parameter: undefined when absent, NaN when not a number. */
export function _number(input: URLSearchParams, name: string): number | undefined {
  const text = input.get(name)
  if (text === null || text === '') return undefined
  return /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(text.trim()) ? Number(text) : Number.NaN
}
