import { describe, expect, it } from 'vitest'
import { renderTable } from './renderTable.js'

describe('renderTable', () => {
  it('aligns text left and decimals right, under a header and a rule', () => {
    const text = renderTable(
      [
        { key: 'asset', title: 'ASSET' },
        { key: 'balance', title: 'BALANCE' },
      ],
      [
        { asset: 'ZUSD', balance: '100000.0000' },
        { asset: 'XXBT', balance: '2.5' },
      ],
    )
    expect(text).toBe('ASSET      BALANCE\n-----  -----------\nZUSD   100000.0000\nXXBT           2.5\n')
  })

  it('prints missing values as empty cells and objects as JSON', () => {
    const text = renderTable(
      [
        { key: 'a', title: 'A' },
        { key: 'b', title: 'B' },
      ],
      [{ a: 'x', b: { n: 1 } }, { a: 'y' }],
    )
    expect(text.split('\n')[2]).toBe('x  {"n":1}')
    expect(text.split('\n')[3]).toBe('y')
  })
})
