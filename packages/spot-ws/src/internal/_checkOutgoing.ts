import { KrakenAuthenticationError, KrakenValidationError } from '@k/errors'
import { PRIVATE_CHANNEL_NAMES, PRIVATE_METHODS } from '../schemas/SubscribeParametersSchema.js'

const PRIVATE_CHANNELS = new Set<string>(PRIVATE_CHANNEL_NAMES)
const PRIVATE_METHOD_SET = new Set<string>(PRIVATE_METHODS)

/**
 * python-kraken-sdk's `send_message` checks: a message object with a non-empty string `method`; (un)subscribe needs
 * `params.channel`; a private method or channel needs credentials. Returns whether the message is private.
 */
export function _checkOutgoing(message: unknown, isAuthenticated: boolean): boolean {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) {
    throw new KrakenValidationError('send() takes a message object.', { field: 'message' })
  }
  const { method, params } = message as { method?: unknown; params?: { channel?: unknown } | null }
  if (typeof method !== 'string' || method === '') {
    throw new KrakenValidationError('The message needs a non-empty string "method".', { field: 'method' })
  }
  const isSubscription = method.includes('subscribe')
  if (isSubscription && (typeof params !== 'object' || params === null || typeof params.channel !== 'string')) {
    throw new KrakenValidationError('A (un)subscribe message needs params with a string "channel".', {
      field: 'params.channel',
    })
  }
  const isPrivate = PRIVATE_METHOD_SET.has(method) || (isSubscription && PRIVATE_CHANNELS.has(String(params?.channel)))
  if (isPrivate && !isAuthenticated) {
    throw new KrakenAuthenticationError(`"${method}" needs an authenticated client (key and secret).`, {
      code: 'EAPI:Invalid key',
    })
  }
  return isPrivate
}

/** Whether a trading method name needs the private connection. */
export function _isPrivateMethod(method: string): boolean {
  return PRIVATE_METHOD_SET.has(method)
}

/** Whether a channel needs the token. */
export function _isPrivateChannel(channel: string): boolean {
  return PRIVATE_CHANNELS.has(channel)
}
