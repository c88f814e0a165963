import type { SpotClient } from '@k/spot-rest'
import type { CommandContext } from '../types.js'
import { _loggingFetch } from './_loggingFetch.js'

/**
 * The @k/spot-rest client for a command: base URL from the context (or `baseUrl`, for raw mode's full URLs),
 * credentials (when set), `--timeout`, and a logging fetch for `-v`. Imported lazily so `--version` never loads it.
 */
export async function _spotClient(context: CommandContext, baseUrl?: string): Promise<SpotClient> {
  const { createSpotClient } = await import('@k/spot-rest')
  const credentials = context.credentials('spot')
  return createSpotClient({
    baseUrl: baseUrl ?? context.urls.spot,
    ...(credentials ? { key: credentials.key, secret: credentials.secret } : {}),
    timeout: context.timeoutMs,
    fetch: _loggingFetch(context),
    userAgent: `@k/cli (${__K_VERSION__})`,
  })
}
