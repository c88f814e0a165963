import { strToU8, zipSync } from 'fflate'
import { getSpotEngine } from '../../spot-engine/getSpotEngine.js'
import { SimKrakenError } from '../../spot-engine/SimKrakenError.js'
import type { SimState } from '../../state/SimState.js'
import { _accountExtras, type ExportRecord } from '../internal/_accountExtras.js'
import { _number, _required, _text } from '../internal/_params.js'
import { RawAnswer, type SpotPrivateRoute } from '../internal/_route.js'

const EXPORT_ID = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'

function exportRows(state: SimState, key: string, record: ExportRecord): string[][] {
  const account = getSpotEngine(state).account(key)
  const inWindow = (time: number) =>
    Math.floor(time / 1000) >= record.starttm && Math.floor(time / 1000) <= record.endtm
  if (record.report === 'trades') {
    const rows = [...account.trades.values()].filter((trade) => inWindow(trade.time))
    return [
      [
        'txid',
        'ordertxid',
        'pair',
        'time',
        'type',
        'ordertype',
        'price',
        'cost',
        'fee',
        'vol',
        'margin',
        'misc',
        'ledgers',
      ],
      ...rows.map((trade) => [
        trade.id,
        trade.ordertxid,
        trade.pair.restName,
        new Date(trade.time).toISOString().replace('T', ' ').replace('Z', ''),
        trade.type,
        trade.ordertype,
        trade.price.toFixed(trade.pair.pair_decimals),
        trade.cost.toFixed(trade.pair.cost_decimals),
        trade.fee.toFixed(trade.pair.cost_decimals),
        trade.vol.toFixed(trade.pair.lot_decimals),
        '0.00000',
        '',
        trade.ledgers.join(','),
      ]),
    ]
  }
  const rows = [...account.ledgers.values()].filter((entry) => inWindow(entry.time))
  return [
    ['txid', 'refid', 'time', 'type', 'subtype', 'aclass', 'asset', 'amount', 'fee', 'balance'],
    ...rows.map((entry) => [
      entry.id,
      entry.refid,
      new Date(entry.time).toISOString().replace('T', ' ').replace('Z', ''),
      entry.type,
      entry.subtype,
      entry.aclass,
      entry.asset,
      entry.amount,
      entry.fee,
      entry.balance,
    ]),
  ]
}

function view(record: ExportRecord): Record<string, unknown> {
  return {
    id: record.id,
    descr: record.descr,
    format: record.format,
    report: record.report,
    subtype: 'all',
    status: record.status,
    flags: '0',
    fields: record.fields,
    createdtm: String(record.createdtm),
    expiretm: String(record.createdtm + 14 * 86_400),
    starttm: String(record.createdtm),
    completedtm: String(record.createdtm),
    datastarttm: String(record.starttm),
    dataendtm: String(record.endtm),
    aclass: 'forex',
    asset: 'all',
  }
}

const exporting = (handler: SpotPrivateRoute['handler']): SpotPrivateRoute => ({ permission: 'export', handler })

/** Data exports: reports are processed at once; RetrieveExport answers a real zip (one CSV/TSV file). */
export const exportRoutes: Record<string, SpotPrivateRoute> = {
  AddExport: exporting(({ state, key, params }) => {
    const report = _required(params, 'report')
    if (report !== 'trades' && report !== 'ledgers') throw new SimKrakenError('EGeneral:Invalid arguments:report')
    const descr = _required(params, 'description')
    const format = (_text(params.format) ?? 'CSV').toUpperCase()
    if (format !== 'CSV' && format !== 'TSV') throw new SimKrakenError('EGeneral:Invalid arguments:format')
    const extras = _accountExtras(state, key)
    const now = Math.floor(Date.now() / 1000)
    let id = ''
    do {
      id = Array.from(
        { length: 4 },
        (_, index) => EXPORT_ID[(now * (index + 7) + extras.exports.size * 13 + index * 5 + id.length) % 26],
      ).join('')
      if (extras.exports.has(id)) id = `${id}${extras.exports.size}`
    } while (extras.exports.has(id))
    extras.exports.set(id, {
      id,
      descr,
      format,
      report,
      fields: _text(params.fields) ?? 'all',
      createdtm: now,
      starttm: _number(params, 'starttm') ?? now - 365 * 86_400,
      endtm: _number(params, 'endtm') ?? now,
      status: 'Processed',
    })
    return { id }
  }),
  ExportStatus: exporting(({ state, key, params }) => {
    const report = _required(params, 'report')
    return [..._accountExtras(state, key).exports.values()]
      .filter((record) => record.report === report && record.status !== 'Deleted')
      .map(view)
  }),
  RetrieveExport: exporting(({ state, key, params }) => {
    const record = _accountExtras(state, key).exports.get(_required(params, 'id'))
    if (!record || record.status === 'Deleted') throw new SimKrakenError('EQuery:Unknown export')
    const separator = record.format === 'CSV' ? ',' : '\t'
    const text = exportRows(state, key, record)
      .map((row) =>
        row.map((cell) => (record.format === 'CSV' ? `"${cell.replace(/"/g, '""')}"` : cell)).join(separator),
      )
      .join('\n')
    const zip = zipSync({ [`${record.report}.${record.format.toLowerCase()}`]: strToU8(`${text}\n`) })
    return new RawAnswer({ status: 200, headers: { 'content-type': 'application/zip' }, body: zip })
  }),
  RemoveExport: exporting(({ state, key, params }) => {
    const id = _required(params, 'id')
    const type = _required(params, 'type')
    if (type !== 'delete' && type !== 'cancel') throw new SimKrakenError('EGeneral:Invalid arguments:type')
    const extras = _accountExtras(state, key)
    const record = extras.exports.get(id)
    if (!record || record.status === 'Deleted') throw new SimKrakenError('EQuery:Unknown export')
    // A processed report can only be deleted; "cancel" applies to queued ones (none here: all are processed at once).
    if (type === 'cancel') throw new SimKrakenError('EGeneral:Invalid arguments:type')
    record.status = 'Deleted'
    return { delete: true }
  }),
}
