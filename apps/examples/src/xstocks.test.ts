import { expect, it } from 'vitest'
import { _exampleTestEnv } from './internal/_exampleTestEnv.js'
import { main } from './xstocks.js'

it('xstocks lists tokenized pairs and validates an order without placing it', async () => {
  const { env, lines, log } = await _exampleTestEnv()
  await main({ env, log })
  expect(lines).toContain('xStock pair AAPLxUSD (AAPLx/USD)')
  expect(lines.find((line) => line.startsWith('validated via request()'))).toContain('AAPLxUSD @ limit 150')
  expect(lines.find((line) => line.startsWith('validated via createOrder()'))).toMatch(/txid: 0$/)
  expect(lines.at(-1)).toBe('xStocks done')
})
