import type {} from 'vitest'
import type { TestProject } from 'vitest/node'
import { startSimulator } from '../startSimulator.js'

/** URLs of the simulator started once per test run; read in tests with `inject('krakenSim')`. */
export type KrakenSimUrls = {
  url: string
  wsUrl: string
  authWsUrl: string
  unifiedWsUrl: string
  unifiedPrivateWsUrl: string
  futuresUrl: string
  futuresWsUrl: string
  adminUrl: string
}

declare module 'vitest' {
  export interface ProvidedContext {
    krakenSim: KrakenSimUrls
  }
}

/** Vitest globalSetup: one kraken-sim per run on 127.0.0.1:0, rate limits on, no faults. */
export default async function setup(project: TestProject) {
  const sim = await startSimulator({ seed: 42 })
  const { url, wsUrl, authWsUrl, unifiedWsUrl, unifiedPrivateWsUrl, futuresUrl, futuresWsUrl, adminUrl } = sim
  project.provide('krakenSim', {
    url,
    wsUrl,
    authWsUrl,
    unifiedWsUrl,
    unifiedPrivateWsUrl,
    futuresUrl,
    futuresWsUrl,
    adminUrl,
  })
  return () => sim.close()
}
