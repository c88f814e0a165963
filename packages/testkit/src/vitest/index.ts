export { createSimAccount, type SimAccount } from './createSimAccount.js'
export type { KrakenSimUrls } from './globalSetup.js'
export { setSimFaults } from './setSimFaults.js'
export { simRequestCount } from './simRequestCount.js'
