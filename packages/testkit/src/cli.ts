#!/usr/bin/env node
import { parseArgs } from 'node:util'
import { startSimulator } from './startSimulator.js'
import type { SimAccountInit, SimTier } from './types.js'

const usage = `Usage: kraken-sim [--port N] [--seed N] [--tier starter|intermediate|pro] [--account key:secret]... [--no-rate-limits]

Starts an offline Kraken on 127.0.0.1 and prints its URLs as JSON. Stops on Ctrl-C (SIGINT) or SIGTERM.`

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    seed: { type: 'string', default: '1' },
    tier: { type: 'string', default: 'starter' },
    account: { type: 'string', multiple: true },
    'no-rate-limits': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
})

if (values.help) {
  console.log(usage)
  process.exit(0)
}
const tier = values.tier as SimTier
if (!['starter', 'intermediate', 'pro'].includes(tier)) {
  console.error(`kraken-sim: unknown tier ${JSON.stringify(values.tier)}\n\n${usage}`)
  process.exit(2)
}
const accounts: SimAccountInit[] | undefined = values.account?.map((pair) => {
  const separator = pair.indexOf(':')
  if (separator <= 0) {
    console.error(`kraken-sim: --account expects key:secret\n\n${usage}`)
    process.exit(2)
  }
  return { key: pair.slice(0, separator), secret: pair.slice(separator + 1) }
})

const sim = await startSimulator({
  port: Number(values.port),
  seed: Number(values.seed),
  tier,
  rateLimits: !values['no-rate-limits'],
  ...(accounts ? { accounts } : {}),
})
const { url, wsUrl, authWsUrl, unifiedWsUrl, unifiedPrivateWsUrl, futuresUrl, futuresWsUrl, adminUrl } = sim
console.log(JSON.stringify({ url, wsUrl, authWsUrl, unifiedWsUrl, unifiedPrivateWsUrl, futuresUrl, futuresWsUrl, adminUrl }))
const stop = () => void sim.close().then(() => process.exit(0))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
