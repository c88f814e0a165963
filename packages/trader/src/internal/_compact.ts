/** Drops undefined fields (exactOptionalPropertyTypes; Kraken must not receive `price=undefined`). */
export function _compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T
}
