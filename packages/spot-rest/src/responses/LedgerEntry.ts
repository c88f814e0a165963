/** One ledger entry as Ledgers/QueryLedgers return it; decimals are strings. */
export type LedgerEntry = {
  refid: string
  time: number
  type: string
  subtype: string
  aclass: string
  asset: string
  amount: string
  fee: string
  balance: string
  [field: string]: unknown
}
