import { _text } from '../../spot-engine/internal/_parseOrder.js'
import { SimKrakenError } from '../../spot-engine/SimKrakenError.js'
import { findPair, type SimPair } from '../../spot-market/pairs.js'

export { _flag, _text } from '../../spot-engine/internal/_parseOrder.js'

/** A required text param, else `EGeneral:Invalid arguments:<name>`. */
export function _required(params: Record<string, unknown>, name: string): string {
  const value = _text(params[name])
  if (value === undefined) throw new SimKrakenError(`EGeneral:Invalid arguments:${name}`)
  return value
}

/** A comma list (or an array) param. */
export function _list(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String).filter(Boolean)
  const text = _text(value)
  return text === undefined
    ? []
    : text
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean)
}

/** An optional number param (integer or decimal), else `EGeneral:Invalid arguments:<name>`. */
export function _number(params: Record<string, unknown>, name: string): number | undefined {
  const value = _text(params[name])
  if (value === undefined) return undefined
  const number = Number(value)
  if (!Number.isFinite(number)) throw new SimKrakenError(`EGeneral:Invalid arguments:${name}`)
  return number
}

/**
 * One pair param for public market data. Kraken quirk: xStocks (tokenized assets) are only found with
 * `asset_class=tokenized_asset`; otherwise they are `EQuery:Unknown asset pair`.
 */
export function _marketPair(params: Record<string, unknown>): SimPair {
  const name = _text(params.pair)
  if (name === undefined) throw new SimKrakenError('EGeneral:Invalid arguments:pair')
  const pair = findPair(name)
  if (!pair) throw new SimKrakenError('EQuery:Unknown asset pair')
  if (pair.aclass_base === 'tokenized_asset' && _text(params.asset_class) !== 'tokenized_asset') {
    throw new SimKrakenError('EQuery:Unknown asset pair')
  }
  return pair
}
