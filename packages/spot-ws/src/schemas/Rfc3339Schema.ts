import * as v from 'valibot'

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/

/** An RFC3339 timestamp (`2026-11-22T21:00:00Z`, `2026-11-22T21:00:00.123+01:00`) that is a real date. */
export const Rfc3339Schema = v.pipe(
  v.string(),
  v.regex(RFC3339, 'Expected an RFC3339 time such as "2026-11-22T21:00:00.000Z".'),
  v.check((text) => !Number.isNaN(Date.parse(text)), 'Expected a valid date.'),
)

/**
 * `deadline`: RFC3339, between 500 ms and 60 s in the future (Kraken rejects the order after it, instead of
 * matching it late). Checked against the local clock when the method is called.
 */
export const DeadlineSchema = v.pipe(
  Rfc3339Schema,
  v.check((text) => {
    const ahead = Date.parse(text) - Date.now()
    return ahead >= 500 && ahead <= 60_000
  }, 'The deadline must be between 500 ms and 60 s from now.'),
)
