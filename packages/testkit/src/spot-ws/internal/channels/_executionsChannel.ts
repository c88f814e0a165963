import { _rawJson } from '../_rawJson.js'
import type { SimChannel } from './_SimChannel.js'

/** `executions` (auth endpoint): open orders snapshot, then every execution report of the account. */
export const executionsChannel: SimChannel = {
  name: 'executions',
  isPrivate: true,
  needsSymbol: false,
  prepare: () => ({ fields: {}, result: { maxratecount: 180 } }),
  snapshot(session) {
    const data = session.hub.engine.openOrders(session.key!)
    session.send(_rawJson({ channel: 'executions', type: 'snapshot', data, sequence: ++session.sequence }))
  },
  onEngine(session, _subscription, event) {
    if (event.kind !== 'execution' || event.key !== session.key) return
    session.send(
      JSON.stringify({ channel: 'executions', type: 'update', data: [event.report], sequence: ++session.sequence }),
    )
  },
}
