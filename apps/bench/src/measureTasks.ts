import { Bench } from 'tinybench'
import type { BenchOptions, BenchRow } from './BenchTable.js'

/** One thing to measure: `run` performs `batch` operations per call (see {@link measureTasks}). */
export type MeasureTask = {
  name: string
  run: () => unknown
  note?: string
}

export type MeasureOptions = BenchOptions & {
  /**
   * Operations per task call. Sub-microsecond-to-microsecond operations are looped `batch` times inside one call so
   * the timer's own cost (≈ 50-100 ns per `performance.now()`) does not flatten the ratios. Default 1.
   */
  batch?: number
  /** Time budget per task and round in ms for a full run (default 700). */
  time?: number
  /**
   * Full runs repeat the whole task list this many times (default 3) and report the median of the rounds, so a
   * noisy moment on a shared machine hits one round of one task rather than the result.
   */
  rounds?: number
}

/**
 * Runs every task in one tinybench instance per round, in one process, in the order given (warm-up first), and returns rows
 * with per-operation mean/p50/p99 and ops/s. The `ratio` column is left to the caller or the runner. With `batch`,
 * p50/p99 are percentiles of per-batch means (divided by `batch`), not of single operations.
 *
 * @example
 * const rows = await measureTasks([{ name: 'floor: JSON.parse', run: () => JSON.parse(text) }], { quick: false })
 */
export async function measureTasks(tasks: readonly MeasureTask[], options: MeasureOptions): Promise<BenchRow[]> {
  const batch = options.batch ?? 1
  const rounds = options.quick ? 1 : (options.rounds ?? 3)
  // samples[task][round] = per-operation ns statistics of that round
  const samples = tasks.map(() => [] as Array<{ mean: number; p50: number; p99: number }>)
  const failures = new Map<number, string>()
  const gc = (globalThis as { gc?: () => void }).gc
  for (let round = 0; round < rounds; round++) {
    // Start every round from a collected heap (needs --expose-gc, which `pnpm bench` passes), so garbage left by
    // module loading or an earlier bench does not land in one task's timings.
    gc?.()
    const bench = new Bench(
      options.quick
        ? { time: 0, iterations: 20, warmupTime: 0, warmupIterations: 5, throws: true }
        : { time: options.time ?? 700, iterations: 100, warmupTime: 200, warmupIterations: 30, throws: true },
    )
    for (const task of tasks) bench.add(task.name, task.run)
    await bench.run()
    bench.tasks.forEach((task, index) => {
      const result = task.result
      if (result.state !== 'completed') {
        failures.set(index, result.state)
        return
      }
      const perOp = (ms: number) => (ms * 1e6) / batch
      samples[index]?.push({
        mean: perOp(result.latency.mean),
        p50: perOp(result.latency.p50),
        p99: perOp(result.latency.p99),
      })
    })
  }
  return tasks.map((task, index): BenchRow => {
    const note = task.note === undefined ? {} : { note: task.note }
    const list = samples[index] ?? []
    if (failures.has(index) || list.length === 0) {
      return { name: task.name, note: `did not complete (${failures.get(index) ?? 'no samples'})` }
    }
    const meanNs = median(list.map((sample) => sample.mean))
    return {
      name: task.name,
      // 1 / mean latency (tinybench's throughput.mean is a mean of per-sample rates, which outliers bias upwards).
      opsPerSec: 1e9 / meanNs,
      meanNs,
      p50Ns: median(list.map((sample) => sample.p50)),
      p99Ns: median(list.map((sample) => sample.p99)),
      ...note,
    }
  })
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}
