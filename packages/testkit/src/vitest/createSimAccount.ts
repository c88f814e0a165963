import type { SimAccountInit } from '../types.js'

export type SimAccount = Required<Pick<SimAccountInit, 'key' | 'secret' | 'futuresKey' | 'futuresSecret'>> &
  SimAccountInit

/**
 * Creates a fresh account (random key pair) on a running simulator, so test files never share balances, orders,
 * nonces or rate-limit counters.
 */
export async function createSimAccount(
  sim: { adminUrl: string },
  init: Partial<SimAccountInit> = {},
): Promise<SimAccount> {
  const response = await fetch(`${sim.adminUrl}/accounts`, { method: 'POST', body: JSON.stringify(init) })
  if (!response.ok) throw new Error(`kraken-sim refused to create an account: ${response.status}`)
  return (await response.json()) as SimAccount
}
