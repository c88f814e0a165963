import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { _exampleTestEnv } from './internal/_exampleTestEnv.js'
import { ema, main, pivots } from './plotOhlc.js'

const dir = await mkdtemp(join(tmpdir(), 'k-examples-'))
afterAll(() => rm(dir, { recursive: true, force: true }))

it('plotOhlc writes an SVG with the close, EMA 21/50/200 and pivot series', async () => {
  const { env, lines, log } = await _exampleTestEnv()
  const file = await main({ env, log, file: join(dir, 'chart.svg') })
  const svg = await readFile(file, 'utf8')
  expect(svg.startsWith('<svg')).toBe(true)
  for (const series of ['close', 'ema21', 'ema50', 'ema200']) {
    const points = new RegExp(`data-series="${series}"[^>]*points="([^"]+)"`).exec(svg)?.[1] ?? ''
    expect(points.split(' ')).toHaveLength(720)
  }
  for (const level of ['P', 'R1', 'R2', 'R3', 'S1', 'S2', 'S3']) expect(svg).toContain(`<line data-series="${level}"`)
  expect(lines).toContain('candles: 720')
  expect(lines.at(-1)).toBe(`chart written: ${file}`)
})

it('ema and pivots compute the textbook values', () => {
  expect(ema([1, 2, 3], 3)).toEqual([1, 1.5, 2.25])
  const levels = pivots(
    [
      { time: 0, open: 9, high: 12, low: 8, close: 10 },
      { time: 1, open: 10, high: 11, low: 9, close: 10 },
    ],
    50,
  )
  expect(levels.P).toBe(10)
  expect(levels.R1).toBe(12)
  expect(levels.S1).toBe(8)
  expect(levels.R2).toBe(14)
  expect(levels.S3).toBe(4)
})
