import * as Kraken from './index.js'

// The IIFE build's entry: one plain object on `globalThis` (smaller than esbuild's `globalName` export getters).
;(globalThis as { Kraken?: typeof Kraken }).Kraken = { ...Kraken }
