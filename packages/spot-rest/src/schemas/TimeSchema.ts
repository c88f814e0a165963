import * as v from 'valibot'
import { NameSchema } from './NameSchema.js'

/** A Unix timestamp (seconds) or, where Kraken allows it, an order/ledger id as the boundary. */
export const TimeSchema = v.union([v.pipe(v.number(), v.finite()), NameSchema], 'Expected a Unix timestamp or an id')
