#!/usr/bin/env node
import { DEMO_ACCOUNT } from './demoAccount.js'
import { CLI_USAGE, parseCliArgs } from './parseCliArgs.js'
import { startSimulator } from './startSimulator.js'

const args = parseCliArgs(process.argv.slice(2))
if (args.kind === 'help') {
  console.log(CLI_USAGE)
  process.exit(0)
}
if (args.kind === 'error') {
  console.error(`kraken-sim: ${args.message}\n\n${CLI_USAGE}`)
  process.exit(2)
}

const sim = await startSimulator(args.options)
const { url, wsUrl, authWsUrl, unifiedWsUrl, unifiedPrivateWsUrl, futuresUrl, futuresWsUrl, adminUrl } = sim
// The demo account's credentials only work against kraken-sim, so printing them is safe (and documented).
const demoAccount = args.options.accounts
  ? undefined
  : {
      key: DEMO_ACCOUNT.key,
      secret: DEMO_ACCOUNT.secret,
      futuresKey: DEMO_ACCOUNT.futuresKey,
      futuresSecret: DEMO_ACCOUNT.futuresSecret,
    }
console.log(
  JSON.stringify({
    url,
    wsUrl,
    authWsUrl,
    unifiedWsUrl,
    unifiedPrivateWsUrl,
    futuresUrl,
    futuresWsUrl,
    adminUrl,
    ...(demoAccount ? { demoAccount } : {}),
  }),
)
const stop = () => void sim.close().then(() => process.exit(0))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
