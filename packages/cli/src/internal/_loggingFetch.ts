import type { CommandContext } from '../types.js'

/**
 * A `fetch` for the SDK clients that logs, with `-v`, the method, URL, status, time and size of every call — never
 * the headers (they carry API-Key and API-Sign) nor the body (it carries the nonce and order parameters).
 */
export function _loggingFetch(context: CommandContext): typeof fetch {
  return async (input, init) => {
    const request = input instanceof Request ? input : undefined
    const method = init?.method ?? request?.method ?? 'GET'
    const url = request?.url ?? String(input)
    const headers = new Headers(init?.headers ?? request?.headers)
    const signed = headers.has('API-Sign') || headers.has('Authent')
    context.log(`> ${method} ${url}${signed ? ' (signed)' : ''}`)
    const started = performance.now()
    try {
      const response = await fetch(input, init)
      context.log(`< ${response.status} ${Math.round(performance.now() - started)} ms`)
      return response
    } catch (error) {
      context.log(`< failed after ${Math.round(performance.now() - started)} ms: ${(error as Error).name}`)
      throw error
    }
  }
}
