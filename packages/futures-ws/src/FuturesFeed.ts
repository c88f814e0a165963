/**
 * Public feeds of Kraken's Futures WebSocket v1 (python-kraken-sdk
 * `FuturesWSClient.get_available_public_subscription_feeds()`).
 *
 * - Kraken: https://docs.kraken.com/api/docs/guides/futures-websockets
 *
 * @example
 * import { FUTURES_PUBLIC_FEEDS } from '@k/futures-ws'
 * FUTURES_PUBLIC_FEEDS.includes('book') // true
 */
export const FUTURES_PUBLIC_FEEDS = ['trade', 'book', 'ticker', 'ticker_lite', 'heartbeat'] as const

/**
 * Private feeds (challenge authentication required; python-kraken-sdk
 * `FuturesWSClient.get_available_private_subscription_feeds()`).
 *
 * @example
 * import { FUTURES_PRIVATE_FEEDS } from '@k/futures-ws'
 * FUTURES_PRIVATE_FEEDS.includes('open_orders') // true
 */
export const FUTURES_PRIVATE_FEEDS = [
  'fills',
  'open_positions',
  'open_orders',
  'open_orders_verbose',
  'balances',
  'deposits_withdrawals',
  'account_balances_and_margins',
  'account_log',
  'notifications_auth',
] as const

/** A public feed name (no authentication). */
export type FuturesPublicFeed = (typeof FUTURES_PUBLIC_FEEDS)[number]
/** A private feed name (challenge authentication, no `product_ids`). */
export type FuturesPrivateFeed = (typeof FUTURES_PRIVATE_FEEDS)[number]
/** Any feed name a subscribe request accepts. */
export type FuturesFeed = FuturesPublicFeed | FuturesPrivateFeed

/**
 * True for feeds that need the signed challenge. Kraken quirk: private feeds take no `product_ids`.
 *
 * @example
 * import { isFuturesPrivateFeed } from '@k/futures-ws'
 * isFuturesPrivateFeed('fills') // true
 */
export function isFuturesPrivateFeed(feed: string): feed is FuturesPrivateFeed {
  return (FUTURES_PRIVATE_FEEDS as readonly string[]).includes(feed)
}
