import { createSimAccount } from '@k/testkit/vitest'
import { inject } from 'vitest'
import type { ExampleEnv } from './_openExample.js'

/** For tests: the run's shared kraken-sim with a fresh funded account, and a `log` that collects the output lines. */
export async function _exampleTestEnv(): Promise<{ env: ExampleEnv; lines: string[]; log: (line: string) => void }> {
  const sim = inject('krakenSim')
  const account = await createSimAccount(sim, {
    balances: { ZUSD: '100000', XXBT: '2', XETH: '20' },
    futuresBalances: { usd: '100000' },
  })
  const { url, wsUrl, authWsUrl, futuresUrl, futuresWsUrl } = sim
  const lines: string[] = []
  return {
    env: {
      url,
      wsUrl,
      authWsUrl,
      futuresUrl,
      futuresWsUrl,
      key: account.key,
      secret: account.secret,
      futuresKey: account.futuresKey,
      futuresSecret: account.futuresSecret,
    },
    lines,
    log: (line) => lines.push(line),
  }
}
