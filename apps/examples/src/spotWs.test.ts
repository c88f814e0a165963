import { expect, it } from 'vitest'
import { _exampleTestEnv } from './internal/_exampleTestEnv.js'
import { main } from './spotWs.js'

it('spotWs shows the subclass, callback and async-iterator styles', async () => {
  const { env, lines, log } = await _exampleTestEnv()
  await main({ env, log })
  expect(lines).toContain('subclass: 4 subscriptions')
  const received = lines.find((line) => line.startsWith('subclass received:')) ?? ''
  expect(received).toMatch(/ticker=\d+/)
  expect(received).toMatch(/book=\d+/)
  expect(Number(/executions messages: (\d+)/.exec(lines.join('\n'))?.[1])).toBeGreaterThanOrEqual(3)
  expect(Number(/stream received (\d+) ETH\/USD trades/.exec(lines.join('\n'))?.[1])).toBeGreaterThanOrEqual(3)
  expect(lines.at(-1)).toBe('spot WS done')
})
