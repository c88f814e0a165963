import { getSpotEngine } from '../../spot-engine/getSpotEngine.js'
import { SimKrakenError } from '../../spot-engine/SimKrakenError.js'
import { findAsset } from '../../spot-market/pairs.js'
import { _accountExtras } from '../internal/_accountExtras.js'
import { _number, _required } from '../internal/_params.js'
import type { SpotPrivateRoute } from '../internal/_route.js'

/** Sub-accounts (institutional): create one, transfer between master and sub-accounts. */
export const subaccountRoutes: Record<string, SpotPrivateRoute> = {
  CreateSubaccount: {
    permission: 'funding',
    handler: ({ state, key, params }) => {
      const username = _required(params, 'username')
      const email = _required(params, 'email')
      if (!/^[^@\s]+@[^@\s]+$/.test(email)) throw new SimKrakenError('EGeneral:Invalid arguments:email')
      const extras = _accountExtras(state, key)
      if (extras.subaccounts.some((sub) => sub.username === username))
        throw new SimKrakenError('EGeneral:Invalid arguments:username')
      extras.subaccounts.push({ username, email })
      return true
    },
  },
  AccountTransfer: {
    permission: 'funding',
    handler: ({ state, key, params }) => {
      const name = _required(params, 'asset')
      const asset = findAsset(name)
      if (!asset) throw new SimKrakenError('EFunding:Invalid asset')
      _required(params, 'from')
      _required(params, 'to')
      const amount = _number(params, 'amount')
      if (amount === undefined || amount <= 0) throw new SimKrakenError('EGeneral:Invalid arguments:amount')
      const engine = getSpotEngine(state)
      const free = Number(engine.balances(key)[asset.name] ?? 0) - (engine.holds(key).get(asset.name) ?? 0)
      if (amount > free + 1e-12) throw new SimKrakenError('EFunding:Insufficient funds')
      const refid = engine.newId('T')
      engine.adjustBalance(key, asset.name, -amount, 'transfer', refid)
      return { transfer_id: refid.replace(/-/g, '').replace(/^(.{7})(.{6})/, '$1-$2-'), status: 'complete' }
    },
  },
}
