import { _spotClient } from '../internal/_spotClient.js'
import type { Command } from '../types.js'

/**
 * `kraken status`: Kraken's system status and server time (`GET /0/public/SystemStatus` and `/0/public/Time`,
 * python `Market.get_system_status`). https://docs.kraken.com/api/docs/rest-api/get-system-status
 *
 * @example
 * kraken status
 */
export const status: Command<Record<string, never>> = async (_args, context) => {
  const { getServerTime, getSystemStatus } = await import('@k/spot-rest')
  const client = await _spotClient(context)
  const options = { signal: context.signal }
  const [system, time] = (await Promise.all([
    getSystemStatus(client, {}, options),
    getServerTime(client, {}, options),
  ])) as [{ status?: string; timestamp?: string }, { unixtime?: number; rfc1123?: string }]
  const data = { status: system.status, timestamp: system.timestamp, serverTime: time.unixtime, rfc1123: time.rfc1123 }
  return {
    data,
    rows: [data],
    columns: [
      { key: 'status', title: 'STATUS' },
      { key: 'timestamp', title: 'SINCE' },
      { key: 'rfc1123', title: 'SERVER TIME' },
    ],
  }
}
