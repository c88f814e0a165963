import type { SimAccountInit } from './types.js'

/**
 * The account every simulator has unless `accounts` is given. Documented in the README; safe to print: it only
 * works against kraken-sim.
 */
export const DEMO_ACCOUNT: Readonly<SimAccountInit> = {
  key: 'kraken-sim-demo-key',
  // base64("kraken-sim demo secret: works only against the simulator")
  secret: 'a3Jha2VuLXNpbSBkZW1vIHNlY3JldDogd29ya3Mgb25seSBhZ2FpbnN0IHRoZSBzaW11bGF0b3I=',
  futuresKey: 'kraken-sim-demo-futures-key',
  // base64("kraken-sim demo futures secret: works only against the simulator")
  futuresSecret: 'a3Jha2VuLXNpbSBkZW1vIGZ1dHVyZXMgc2VjcmV0OiB3b3JrcyBvbmx5IGFnYWluc3QgdGhlIHNpbXVsYXRvcg==',
  balances: { ZUSD: '100000.0000', XXBT: '2.0000000000', XETH: '20.0000000000', ZEUR: '50000.0000' },
  futuresBalances: { usd: '100000' },
}
