import type { FuturesClient } from '@k/futures-rest'
import type { CommandContext } from '../types.js'
import { _loggingFetch } from './_loggingFetch.js'

/**
 * The @k/futures-rest client for a command: base URL from the context (or `baseUrl`, for raw mode's full URLs),
 * Futures credentials (when set), `--timeout`, and a logging fetch for `-v`. Imported lazily.
 */
export async function _futuresClient(context: CommandContext, baseUrl?: string): Promise<FuturesClient> {
  const { createFuturesClient } = await import('@k/futures-rest')
  const credentials = context.credentials('futures')
  return createFuturesClient({
    baseUrl: baseUrl ?? context.urls.futures,
    ...(credentials ? { key: credentials.key, secret: credentials.secret } : {}),
    timeout: context.timeoutMs,
    fetch: _loggingFetch(context),
    userAgent: `@k/cli (${__K_VERSION__})`,
  })
}
