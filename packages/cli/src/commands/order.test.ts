import { createSimAccount, simRequestCount } from '@k/testkit/vitest'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { runKraken, simEnv } from '../../test/runKraken.js'

const sim = inject('krakenSim')

describe('kraken order and kraken orders', () => {
  let env: Record<string, string>
  let key: string
  beforeAll(async () => {
    const account = await createSimAccount(sim, { balances: { ZUSD: '100000.0000', XXBT: '5.0000000000' } })
    key = account.key
    env = { ...simEnv(sim), KRAKEN_SPOT_API_KEY: account.key, KRAKEN_SPOT_SECRET_KEY: account.secret }
  })
  const addOrders = () => simRequestCount(sim, key, 'POST /0/private/AddOrder')

  it('refuses to place an order without --yes when stdin is not a terminal, and sends nothing', async () => {
    const before = await addOrders()
    const run = await runKraken(['order', 'add', 'buy', 'XBTUSD', '0.01', '--type', 'limit', '--price', '1000'], {
      env,
    })
    expect(run.code).toBe(2)
    expect(JSON.parse(run.stdout).message).toContain('Pass --yes')
    expect(await addOrders()).toBe(before)
  })

  it('validates parameters before sending: bad volume, missing price', async () => {
    const before = await addOrders()
    const volume = await runKraken(['order', 'add', 'buy', 'XBTUSD', 'lots', '--yes'], { env })
    expect(volume.code).toBe(2)
    expect(JSON.parse(volume.stdout).message).toContain('volume')
    const price = await runKraken(['order', 'add', 'sell', 'XBTUSD', '0.1', '--type', 'limit', '--yes'], { env })
    expect(price.code).toBe(2)
    expect(JSON.parse(price.stdout).message).toContain('--price is required')
    expect(await addOrders()).toBe(before)
  })

  it('--validate is a dry run that needs no confirmation and places nothing', async () => {
    const run = await runKraken(['order', 'add', 'buy', 'XBTUSD', '0.01', '--price', '1000', '--validate'], { env })
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).not.toHaveProperty('txid')
    const open = await runKraken(['orders'], { env })
    expect(Object.keys((JSON.parse(open.stdout) as { open: object }).open)).toHaveLength(0)
  })

  it('places, lists, amends and cancels a limit order with --yes', async () => {
    const added = await runKraken(
      ['order', 'add', 'buy', 'XBTUSD', '0.01', '--type', 'limit', '--price', '1000', '--yes'],
      { env },
    )
    expect(added.code).toBe(0)
    const txid = (JSON.parse(added.stdout) as { txid: string[] }).txid[0] ?? ''
    expect(txid).toMatch(/^[A-Z0-9]{6}-[A-Z0-9]{5}-[A-Z0-9]{6}$/)

    const listed = await runKraken(['-o', 'table', 'orders'], { env })
    expect(listed.code).toBe(0)
    expect(listed.stdout).toContain(txid)
    expect(listed.stdout).toMatch(/buy\s+limit\s+1000/)

    const amended = await runKraken(['order', 'amend', txid, '--price', '1001', '--yes'], { env })
    expect(amended.code).toBe(0)

    const cancelled = await runKraken(['order', 'cancel', txid, '--yes'], { env })
    expect(cancelled.code).toBe(0)
    expect(JSON.parse(cancelled.stdout)).toMatchObject({ count: 1 })

    const closed = await runKraken(['orders', '--closed'], { env })
    expect(Object.keys((JSON.parse(closed.stdout) as { closed: object }).closed)).toContain(txid)
  })

  it('cancel-all cancels every open order', async () => {
    for (const price of ['900', '901']) {
      const run = await runKraken(['order', 'add', 'buy', 'XBTUSD', '0.01', '--price', price, '-y'], { env })
      expect(run.code).toBe(0)
    }
    const run = await runKraken(['order', 'cancel-all', '--yes'], { env })
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toMatchObject({ count: 2 })
  })

  it('exits 1 with EOrder:Insufficient funds and a suggestion when the balance does not cover the order', async () => {
    const run = await runKraken(['-o', 'table', 'order', 'add', 'buy', 'XBTUSD', '1000', '--price', '90000', '--yes'], {
      env,
    })
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('EOrder:Insufficient funds')
    expect(run.stderr).toContain('What to do:')
  })

  it('accepts kraken-cli’s flat verbs: order buy / order sell', async () => {
    const before = await addOrders()
    const run = await runKraken(['order', 'sell', 'XBTUSD', '0.01', '--price', '999999', '--validate'], { env })
    expect(run.code).toBe(0)
    expect(await addOrders()).toBe(before + 1)
    const help = await runKraken(['order', '--help'])
    expect(help.stdout).toMatch(/buy \[options\] <pair> <volume>/)
  })
})
