/**
 * Advances the simulator's synthetic spot market `count` ticks (deterministic for the seed): books and trades move,
 * resting orders fill when crossed, stop orders trigger. WS subscribers receive the resulting updates.
 *
 * @example
 * await simTick(inject('krakenSim'), 50)
 */
export async function simTick(sim: { adminUrl: string }, count = 1): Promise<{ ticks: number; events: number }> {
  const response = await fetch(`${sim.adminUrl}/tick`, { method: 'POST', body: JSON.stringify({ count }) })
  return (await response.json()) as { ticks: number; events: number }
}
