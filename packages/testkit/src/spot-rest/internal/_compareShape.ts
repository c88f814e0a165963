/**
 * Shape comparison used by the spec test: an object whose keys look like Kraken ids or asset/pair names
 * (`OQCLML-BW3P3-BUCMWZ`, `XXBTZUSD`, `ZUSD`, `ETH2.S`) is a map — its entries are compared with the example's entries
 * (keys present in every example entry are required); other objects must have every key of the example. Arrays compare
 * their first items; tuples (arrays of scalars) their length; scalars only their kind (Kraken writes many numbers as
 * strings and the spec examples are not consistent about it).
 */
export function _compareShape(
  actual: unknown,
  example: unknown,
  optional: ReadonlySet<string> = new Set(),
  path = 'result',
  problems: string[] = [],
): string[] {
  if (example === null || example === undefined) return problems
  if (Array.isArray(example)) {
    if (!Array.isArray(actual)) return [...problems, `${path}: expected an array`]
    if (!example.length || !actual.length) return problems
    if (example.every((item) => item === null || typeof item !== 'object')) {
      if (actual.length !== example.length && typeof example[0] !== 'string')
        problems.push(`${path}: tuple length ${actual.length} ≠ ${example.length}`)
      return problems
    }
    const objects = example.filter((item) => item && typeof item === 'object' && !Array.isArray(item))
    if (objects.length)
      return _compareShape(actual[0], common(objects as Record<string, unknown>[]), optional, `${path}[0]`, problems)
    return _compareShape(actual[0], example[0], optional, `${path}[0]`, problems)
  }
  if (typeof example === 'object') {
    if (!actual || typeof actual !== 'object' || Array.isArray(actual))
      return [...problems, `${path}: expected an object`]
    const record = actual as Record<string, unknown>
    const ids = Object.keys(example).filter(isIdKey)
    for (const [key, value] of Object.entries(example)) {
      if (isIdKey(key)) continue
      if (!(key in record)) {
        if (!optional.has(key)) problems.push(`${path}.${key}: missing`)
      } else _compareShape(record[key], value, optional, `${path}.${key}`, problems)
    }
    if (ids.length) {
      const entries = Object.keys(record).filter((key) => !(key in example) || isIdKey(key))
      const expected = ids.map((id) => (example as Record<string, unknown>)[id])
      const shape = expected.every((item) => item && typeof item === 'object' && !Array.isArray(item))
        ? common(expected as Record<string, unknown>[])
        : expected[0]
      for (const key of entries.slice(0, 3)) _compareShape(record[key], shape, optional, `${path}.${key}`, problems)
    }
    return problems
  }
  if (typeof example === 'boolean' && typeof actual !== 'boolean') problems.push(`${path}: expected a boolean`)
  if (
    (typeof example === 'string' || typeof example === 'number') &&
    typeof actual !== 'string' &&
    typeof actual !== 'number' &&
    actual !== null
  ) {
    problems.push(`${path}: expected a scalar, got ${typeof actual}`)
  }
  return problems
}

/** Keys of the example object that look like ids/asset/pair names rather than field names. */
export function isIdKey(key: string): boolean {
  // Field names start lower-case; ids, assets and pairs are upper-case (xStocks keep a lower-case `x`: `AAPLx`).
  return /^[A-Z0-9][A-Za-z0-9.]{2,}(?:-[A-Z0-9]+)*$/.test(key) && /[A-Z].*[A-Z]/.test(key)
}

/** The keys every example entry has (values from the first entry that has them). */
function common(items: Record<string, unknown>[]): Record<string, unknown> {
  const [first, ...rest] = items
  return Object.fromEntries(Object.entries(first ?? {}).filter(([key]) => rest.every((item) => key in item)))
}
