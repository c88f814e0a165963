/**
 * The browser bundle's stand-in for `valibot` (swapped in by `browserBundlePlugin`): the 17 functions the bundled
 * public path calls — the REST actions' parameters, `SpotWsClient.subscribe`'s, `SpotOrderBookClient` and
 * `OrderBook` options — with valibot's semantics (entries checked in order, `object` drops unknown keys and
 * `looseObject` keeps them, `optional` skips a missing key, `pipe` stops at the first failing action, `union`
 * prefers an option whose type matched) and its message wording, ~1.2 KB gzip smaller. Only the first issue is
 * reported: every caller reads `issues[0]`. `bundle/buildBrowserBundle.test.ts` checks that the bundle's validation
 * errors equal the packages' (real valibot) for the same inputs.
 *
 * Docs: https://valibot.dev/api/
 *
 * @example
 * const result = safeParse(object({ depth: optional(picklist([10, 25])) }), { depth: 7 })
 * result.issues?.[0].message // 'Invalid type: Expected (10 | 25) but received 7'
 */

type PathItem = { readonly key: unknown }
type Issue = { message: string; path?: PathItem[]; typed?: boolean }
type Result = { readonly value: unknown } | { readonly issue: Issue }
/** A schema or a pipe action: checks (and may transform) a value. */
type Check = ((value: unknown) => Result) & { readonly optional?: boolean; readonly expects?: string | undefined }

const ok = (value: unknown): Result => ({ value })
const fail = (message: string): Result => ({ issue: { message } })
const received = (value: unknown): string =>
  typeof value === 'string'
    ? `"${value}"`
    : typeof value === 'object' && value !== null
      ? (Object.getPrototypeOf(value)?.constructor?.name ?? 'null')
      : String(value)
// valibot's wording: several expected values are listed in parentheses, `(10 | 25)`.
const either = (expects: readonly (string | undefined)[]): string =>
  expects.length > 1 ? `(${expects.join(' | ')})` : (expects[0] ?? '')
const typeCheck = (expects: string, test: (value: unknown) => boolean, message?: string): Check =>
  Object.assign(
    (value: unknown) =>
      test(value) ? ok(value) : fail(message ?? `Invalid type: Expected ${expects} but received ${received(value)}`),
    { expects },
  )
const at = (result: Result, key: unknown): Result => {
  if ('issue' in result) result.issue.path = [{ key }, ...(result.issue.path ?? [])]
  return result
}

/** valibot `string()`: a string. */
export const string = (message?: string): Check => typeCheck('string', (value) => typeof value === 'string', message)
/** valibot `number()`: a number, not NaN. */
export const number = (message?: string): Check =>
  typeCheck('number', (value) => typeof value === 'number' && !Number.isNaN(value), message)
/** valibot `boolean()`. */
export const boolean = (message?: string): Check => typeCheck('boolean', (value) => typeof value === 'boolean', message)
/** valibot `picklist(options)`: one of `options` (compared with `includes`). */
export const picklist = (options: readonly unknown[], message?: string): Check =>
  typeCheck(either(options.map(received)), (value) => options.includes(value), message)
/** valibot `optional(schema)`: `undefined` or a missing key passes. */
export const optional = (schema: Check): Check =>
  Object.assign((value: unknown) => (value === undefined ? ok(value) : schema(value)), { optional: true })

/** valibot `array(item)`: an array whose every item passes `item` (path: the index). */
export const array = (item: Check): Check => {
  const isArray = typeCheck('Array', Array.isArray)
  return Object.assign(
    (value: unknown) => {
      if (!Array.isArray(value)) return isArray(value)
      const output: unknown[] = []
      for (const [index, entry] of value.entries()) {
        const result = at(item(entry), index)
        if ('issue' in result) return result
        output.push(result.value)
      }
      return ok(output)
    },
    { expects: 'Array' },
  )
}

const objectOf =
  (entries: Record<string, Check>, loose: boolean): Check =>
  (value) => {
    if (typeof value !== 'object' || value === null) return typeCheck('Object', () => false)(value)
    const input = value as Record<string, unknown>
    const output: Record<string, unknown> = loose ? { ...input } : {}
    for (const [key, schema] of Object.entries(entries)) {
      if (!(key in input)) {
        if (schema.optional) continue
        return at(fail(`Invalid key: Expected "${key}" but received undefined`), key)
      }
      const result = at(schema(input[key]), key)
      if ('issue' in result) return result
      output[key] = result.value
    }
    return ok(output)
  }
/** valibot `object(entries)`: known keys checked in order, unknown keys dropped. */
export const object = (entries: Record<string, Check>): Check => objectOf(entries, false)
/** valibot `looseObject(entries)`: like `object`, unknown keys kept. */
export const looseObject = (entries: Record<string, Check>): Check => objectOf(entries, true)

/** valibot `union(options, message?)`: the first option that passes. */
export const union =
  (options: readonly Check[], message?: string): Check =>
  (value) => {
    let typed: Result | undefined
    for (const option of options) {
      const result = option(value)
      if (!('issue' in result)) return result
      // Like valibot: an option whose type matched but whose pipe failed explains the failure best.
      if (result.issue.typed) typed ??= result
    }
    const expects = either(options.map((option) => option.expects))
    return typed ?? fail(message ?? `Invalid type: Expected ${expects} but received ${received(value)}`)
  }

/** valibot `pipe(schema, ...actions)`: the schema, then each action on its output, stopping at an issue. */
export const pipe = (schema: Check, ...actions: Check[]): Check =>
  Object.assign(
    (value: unknown) => {
      let result = schema(value)
      for (const action of actions) {
        if ('issue' in result) return result
        result = action(result.value)
        if ('issue' in result) result.issue.typed = true
      }
      return result
    },
    { expects: schema.expects },
  )
/** valibot `transform(action)`: replaces the value. */
export const transform =
  (action: (value: never) => unknown): Check =>
  (value) =>
    ok(action(value as never))
const rule =
  (test: (value: never) => boolean, message: (value: never) => string, custom?: string): Check =>
  (value) =>
    test(value as never) ? ok(value) : fail(custom ?? message(value as never))
/** valibot `minLength(min, message?)`. */
export const minLength = (min: number, message?: string): Check =>
  rule(
    (value: { length: number }) => value.length >= min,
    (value: { length: number }) => `Invalid length: Expected >=${min} but received ${value.length}`,
    message,
  )
/** valibot `integer(message?)`. */
export const integer = (message?: string): Check =>
  rule(Number.isInteger, (value: number) => `Invalid integer: Received ${value}`, message)
/** valibot `finite(message?)`. */
export const finite = (message?: string): Check =>
  rule(Number.isFinite, (value: number) => `Invalid finite: Received ${value}`, message)
/** valibot `minValue(min, message?)`. */
export const minValue = (min: number, message?: string): Check =>
  rule(
    (value: number) => value >= min,
    (value: number) => `Invalid value: Expected >=${min} but received ${value}`,
    message,
  )
/** valibot `maxValue(max, message?)`. */
export const maxValue = (max: number, message?: string): Check =>
  rule(
    (value: number) => value <= max,
    (value: number) => `Invalid value: Expected <=${max} but received ${value}`,
    message,
  )

/** valibot `safeParse(schema, input)`: `{ success, output, issues }` with at most one issue. */
export function safeParse(schema: Check, input: unknown) {
  const result = schema(input)
  return 'issue' in result
    ? { success: false as const, output: input, issues: [result.issue] as [Issue] }
    : { success: true as const, output: result.value, issues: undefined }
}
