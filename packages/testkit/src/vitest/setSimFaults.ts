import type { SimFaults } from '../state/SimFaults.js'

/** Replaces the simulator's global faults (`{}` clears them). */
export async function setSimFaults(sim: { adminUrl: string }, faults: SimFaults): Promise<void> {
  await fetch(`${sim.adminUrl}/faults`, { method: 'POST', body: JSON.stringify(faults) })
}
