/** One measured (or derived) row of a benchmark table. Row names follow viem's "library: call" pattern. */
export type BenchRow = {
  /** `floor: node:crypto HMAC-SHA512`, `@k: signSpotRequest`, `ccxt: kraken.sign()`. */
  name: string
  /** Operations per second (mean throughput). */
  opsPerSec?: number
  /** Mean time per operation in nanoseconds. */
  meanNs?: number
  /** Median time per operation in nanoseconds (per batch when the bench batches, see the table's notes). */
  p50Ns?: number
  /** 99th percentile in nanoseconds (per batch when the bench batches). */
  p99Ns?: number
  /** Against the floor row, e.g. `1.04× floor`; the runner fills it in from `meanNs` when a bench leaves it out. */
  ratio?: string
  note?: string
}

/**
 * What every `src/<topic>.bench.ts` returns from `export async function run<Topic>Bench(options)`. The runner prints
 * it and stores it in `results/latest.json`.
 */
export type BenchTable = {
  title: string
  rows: BenchRow[]
  /** The goal, e.g. `@k ≤ 1.2× floor and ≥ 5× faster than ccxt`. */
  target?: string
  /** Whether this run met the target, in words (`met`, `missed: …`). */
  verdict?: string
  /** Settings worth recording next to the numbers (N, batch size, checksum on/off, …). */
  settings?: Record<string, string | number | boolean>
}

/** The single argument every bench function receives. */
export type BenchOptions = {
  /** Smoke mode (`--quick` or `BENCH_QUICK=1`): tiny N, proves the bench runs; numbers are meaningless. */
  quick: boolean
}
