import { findPair, type SimPair } from '../../spot-market/pairs.js'
import { SimKrakenError } from '../SimKrakenError.js'
import type { SpotOrderParams } from '../types.js'

export const ORDER_TYPES = [
  'market',
  'limit',
  'iceberg',
  'stop-loss',
  'take-profit',
  'stop-loss-limit',
  'take-profit-limit',
  'trailing-stop',
  'trailing-stop-limit',
  'settle-position',
] as const
const OFLAGS = new Set(['post', 'fcib', 'fciq', 'nompp', 'viqc'])
const CL_ORD_ID =
  /^(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[0-9a-fA-F]{32}|[\x20-\x7e]{1,18})$/

export type ParsedOrder = {
  pair: SimPair
  type: 'buy' | 'sell'
  ordertype: (typeof ORDER_TYPES)[number]
  volume: number
  displayvol: number | undefined
  price: number | undefined
  price2: number | undefined
  trailingOffset: { value: number; percent: boolean } | undefined
  oflags: Set<string>
  timeinforce: 'GTC' | 'IOC' | 'GTD'
  expiretm: number | undefined
  starttm: number
  userref: number | undefined
  cl_ord_id: string | undefined
  trigger: 'last' | 'index'
  validate: boolean
}

const invalid = (field: string) => new SimKrakenError(`EGeneral:Invalid arguments:${field}`)

/** Text of a param (string/number), `undefined` when absent or empty. */
export function _text(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return typeof value === 'string' ? value : undefined
}

/** `true`, `'true'`, `'1'` → true. */
export function _flag(value: unknown): boolean {
  return value === true || value === 'true' || value === '1' || value === 1
}

/** A positive decimal with at most `decimals` decimals, else the Kraken error for `field`. */
export function _decimal(value: unknown, field: string, decimals: number, error?: string): number {
  const text = _text(value)
  if (text === undefined || !/^\d*\.?\d+$|^\d+\.$/.test(text)) throw invalid(field)
  const fraction = text.split('.')[1]?.replace(/0+$/, '') ?? ''
  if (fraction.length > decimals) throw new SimKrakenError(error ?? `EGeneral:Invalid arguments:${field}`)
  const number = Number(text)
  if (!Number.isFinite(number)) throw invalid(field)
  return number
}

/** Parses a pair from params; Kraken answers an unknown one with `EQuery:Unknown asset pair`. */
export function _pair(value: unknown): SimPair {
  const text = _text(value)
  if (text === undefined) throw invalid('pair')
  const pair = findPair(text)
  if (!pair) throw new SimKrakenError('EQuery:Unknown asset pair')
  return pair
}

/** Price with the pair's precision (Kraken quirk: the message names the pair and its allowed decimals). */
export function _price(value: unknown, pair: SimPair, field = 'price'): number {
  const text = _text(value)
  if (text === undefined) throw invalid(field)
  return _decimal(
    text.replace(/^\+/, ''),
    field,
    pair.pair_decimals,
    `EOrder:Invalid price:${pair.altname} price can only be specified up to ${pair.pair_decimals} decimals.`,
  )
}

/** `oflags` as a comma list (REST form) or an array (JSON). */
export function _oflags(value: unknown): Set<string> {
  const list = Array.isArray(value) ? value.map(String) : (_text(value)?.split(',') ?? [])
  const flags = new Set(list.map((flag) => flag.trim()).filter(Boolean))
  for (const flag of flags) if (!OFLAGS.has(flag)) throw invalid('oflags')
  if (flags.has('fcib') && flags.has('fciq')) throw invalid('oflags')
  return flags
}

/** Unix seconds, or `+N` relative to now; `0`/absent → undefined. */
export function _time(value: unknown, field: string, now: number): number | undefined {
  const text = _text(value)
  if (text === undefined || text === '0') return undefined
  const relative = text.startsWith('+')
  const number = Number(relative ? text.slice(1) : text)
  if (!Number.isFinite(number) || number < 0) throw invalid(field)
  return relative ? now + number * 1000 : number * 1000
}

/** Validates AddOrder params exactly in the order Kraken reports problems; throws SimKrakenError. */
export function _parseOrder(params: SpotOrderParams, now: number): ParsedOrder {
  const pair = _pair(params.pair)
  const type = _text(params.type)
  if (type !== 'buy' && type !== 'sell') throw invalid('type')
  const ordertype = _text(params.ordertype) as ParsedOrder['ordertype'] | undefined
  if (!ordertype || !ORDER_TYPES.includes(ordertype)) throw invalid('ordertype')
  const oflags = _oflags(params.oflags)
  const viqc = oflags.has('viqc')
  const volume = _decimal(params.volume, 'volume', viqc ? pair.cost_decimals : pair.lot_decimals)
  if (volume <= 0) throw invalid('volume')
  if (!viqc && volume < Number(pair.ordermin)) throw new SimKrakenError('EOrder:Order minimum not met')
  if (viqc && (ordertype !== 'market' || type !== 'buy')) throw invalid('oflags')
  if (oflags.has('post') && ordertype !== 'limit' && ordertype !== 'iceberg') throw invalid('oflags')
  let price: number | undefined
  let price2: number | undefined
  let trailingOffset: ParsedOrder['trailingOffset']
  if (ordertype === 'trailing-stop' || ordertype === 'trailing-stop-limit') {
    // Kraken quirk: trailing offsets must be written with a leading '+' (optionally a '%' suffix).
    const text = _text(params.price)
    if (!text?.startsWith('+')) throw invalid('price')
    const percent = text.endsWith('%')
    const value = Number(text.slice(1, percent ? -1 : undefined))
    if (!Number.isFinite(value) || value <= 0) throw invalid('price')
    trailingOffset = { value, percent }
    if (ordertype === 'trailing-stop-limit') {
      const offset = _text(params.price2)
      if (offset === undefined || !/^[+-]?\d*\.?\d+%?$/.test(offset)) throw invalid('price2')
      price2 = Number(offset.replace(/[+%]/g, ''))
    }
  } else if (ordertype !== 'market' && ordertype !== 'settle-position') {
    price = _price(params.price, pair)
    if (price <= 0) throw new SimKrakenError('EOrder:Invalid price')
    if (ordertype.endsWith('-limit')) price2 = _price(params.price2, pair, 'price2')
  } else if (ordertype === 'settle-position' && _text(params.price) !== undefined) {
    price = _price(params.price, pair)
  }
  const displayvol =
    _text(params.displayvol) === undefined ? undefined : _decimal(params.displayvol, 'displayvol', pair.lot_decimals)
  if (ordertype === 'iceberg' && (displayvol === undefined || displayvol > volume || displayvol < volume / 15)) {
    // Kraken requires the visible part of an iceberg to be at least 1/15 of the volume.
    throw invalid('displayvol')
  }
  const tif = (_text(params.timeinforce) ?? 'GTC').toUpperCase()
  if (tif !== 'GTC' && tif !== 'IOC' && tif !== 'GTD') throw invalid('timeinforce')
  const expiretm = _time(params.expiretm, 'expiretm', now)
  if (tif === 'GTD' && expiretm === undefined) throw invalid('expiretm')
  const userrefText = _text(params.userref)
  const userref = userrefText === undefined ? undefined : Number(userrefText)
  if (userref !== undefined && (!Number.isInteger(userref) || Math.abs(userref) > 2_147_483_647))
    throw invalid('userref')
  const cl_ord_id = _text(params.cl_ord_id)
  if (cl_ord_id !== undefined && !CL_ORD_ID.test(cl_ord_id)) throw invalid('cl_ord_id')
  if (cl_ord_id !== undefined && userref !== undefined) throw invalid('cl_ord_id')
  const trigger = _text(params.trigger) ?? 'last'
  if (trigger !== 'last' && trigger !== 'index') throw invalid('trigger')
  const reference = price ?? price2 ?? 0
  if (!viqc && reference > 0 && reference * volume < Number(pair.costmin))
    throw new SimKrakenError('EOrder:Cost minimum not met')
  return {
    pair,
    type,
    ordertype,
    volume,
    displayvol,
    price,
    price2,
    trailingOffset,
    oflags,
    timeinforce: tif,
    expiretm,
    starttm: _time(params.starttm, 'starttm', now) ?? 0,
    userref,
    cl_ord_id,
    trigger,
    validate: _flag(params.validate),
  }
}
