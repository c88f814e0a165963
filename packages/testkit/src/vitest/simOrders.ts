/** One order as `GET /__sim/orders` lists it (Kraken's REST order view plus its `txid`). */
export type SimOrderView = {
  txid: string
  status: string
  cl_ord_id?: string
  userref: number
  vol: string
  vol_exec: string
  descr: { pair: string; type: string; ordertype: string; price: string; order: string }
}

/**
 * Lists the spot orders of an account straight from the simulator (no signing, no nonce, no rate limit), e.g. to
 * prove that a retried order was placed exactly once.
 *
 * @example
 * const { open } = await simOrders(sim, account.key)
 */
export async function simOrders(
  sim: { adminUrl: string },
  key: string,
): Promise<{ open: SimOrderView[]; closed: SimOrderView[] }> {
  const response = await fetch(`${sim.adminUrl}/orders?key=${encodeURIComponent(key)}`)
  return (await response.json()) as { open: SimOrderView[]; closed: SimOrderView[] }
}
