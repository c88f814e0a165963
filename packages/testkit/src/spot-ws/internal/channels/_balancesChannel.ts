import { _rawJson } from '../_rawJson.js'
import type { SimChannel } from './_SimChannel.js'

/** `balances` (auth endpoint): balances snapshot per asset and wallet, then ledger-style updates. */
export const balancesChannel: SimChannel = {
  name: 'balances',
  isPrivate: true,
  needsSymbol: false,
  prepare: () => ({ fields: {}, result: {} }),
  snapshot(session) {
    const data = session.hub.engine.balances(session.key!)
    session.send(_rawJson({ channel: 'balances', type: 'snapshot', data, sequence: ++session.sequence }))
  },
  onEngine(session, _subscription, event) {
    if (event.kind !== 'balance' || event.key !== session.key) return
    session.send(
      JSON.stringify({ channel: 'balances', type: 'update', data: [event.update], sequence: ++session.sequence }),
    )
  },
}
