import { cpus, platform, release } from 'node:os'

/** Where the numbers were measured: recorded next to every result (STYLE §9.10). */
export type BenchEnvironment = {
  date: string
  node: string
  cpu: string
  cores: number
  os: string
  exposeGc: boolean
}

/**
 * Describes the machine and runtime of this run.
 *
 * @example
 * console.log(benchEnvironment().cpu)
 */
export function benchEnvironment(): BenchEnvironment {
  const list = cpus()
  return {
    date: new Date().toISOString(),
    node: process.version,
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    os: `${platform()} ${release()}`,
    exposeGc: typeof (globalThis as { gc?: unknown }).gc === 'function',
  }
}
