import { _handleFirehose } from './_handleFirehose.js'
import { _handleSubscribe } from './_handleSubscribe.js'
import { _handleTrading, TRADING_METHODS } from './_handleTrading.js'
import type { SimRequestContext, SpotWsSession } from './_SpotWsSession.js'
import { _wsTime } from './_wsTime.js'

/**
 * One client frame: faults first (msg-rate error), then JSON, then the method. Bad input always gets an error
 * answer and never throws out of here.
 */
export function _handleMessage(session: SpotWsSession, text: string): void {
  const timeIn = _wsTime()
  session.received++
  const every = session.faults.msgRateErrorEveryN ?? session.hub.state.faults.msgRateErrorEveryN
  if (every && session.received % every === 0) {
    // Kraken's answer when a connection sends too fast; the request itself is not processed.
    session.reply('{"Error":"Exceeded msg rate"}')
    return
  }
  let message: unknown
  try {
    message = JSON.parse(text)
  } catch {
    session.failure({ method: '', reqId: undefined, timeIn }, 'Malformed request')
    return
  }
  if (typeof message !== 'object' || message === null || Array.isArray(message)) {
    session.failure({ method: '', reqId: undefined, timeIn }, 'Malformed request')
    return
  }
  const { method, req_id: reqId, params } = message as Record<string, unknown>
  if (reqId !== undefined && (typeof reqId !== 'number' || !Number.isInteger(reqId))) {
    session.failure(
      { method: typeof method === 'string' ? method : '', reqId: undefined, timeIn },
      'EGeneral:Invalid arguments:req_id',
    )
    return
  }
  const context: SimRequestContext = { method: typeof method === 'string' ? method : '', reqId, timeIn }
  try {
    if (method === 'ping')
      session.reply(
        JSON.stringify({
          method: 'pong',
          ...(reqId === undefined ? {} : { req_id: reqId }),
          time_in: timeIn,
          time_out: _wsTime(),
        }),
      )
    else if (method === 'subscribe' || method === 'unsubscribe') _handleSubscribe(session, context, params)
    else if (typeof method === 'string' && TRADING_METHODS.has(method)) _handleTrading(session, context, params)
    else if (method === 'sim_firehose') void _handleFirehose(session, context, params)
    else session.failure(context, 'Method not found')
  } catch {
    session.failure(context, 'EGeneral:Internal error')
  }
}
