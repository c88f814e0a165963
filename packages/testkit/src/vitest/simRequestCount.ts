/** How many requests the simulator received for a key (or all keys when `key` is undefined) and route. */
export async function simRequestCount(
  sim: { adminUrl: string },
  key: string | undefined,
  route?: string,
): Promise<number> {
  const query = new URLSearchParams()
  if (key !== undefined) query.set('key', key)
  if (route !== undefined) query.set('route', route)
  const response = await fetch(`${sim.adminUrl}/requests?${query}`)
  return ((await response.json()) as { count: number }).count
}
