/**
 * `pnpm dev`: starts kraken-sim on 127.0.0.1 (or uses KRAKEN_SIM_URL / KRAKEN_SIM_WS_URL of one already running),
 * builds the browser bundle, and serves the page with Vite's dev server: REST through the dev server's proxy (`/0/*`,
 * kraken-sim sends no CORS headers), WebSocket straight to the simulator. Ctrl-C stops both.
 */
import { startSimulator } from '@k/testkit'
import { createServer } from 'vite'
import { buildBrowserBundle } from '../bundle/buildBrowserBundle.js'

const running = process.env.KRAKEN_SIM_URL
const sim = running ? undefined : await startSimulator({ port: Number(process.env.KRAKEN_SIM_PORT ?? 0) })
const restTarget = running ?? sim!.url
const wsUrl = process.env.KRAKEN_SIM_WS_URL ?? sim?.wsUrl ?? `${restTarget.replace(/^http/, 'ws')}/v2`
await buildBrowserBundle()
process.env.VITE_KRAKEN_REST_URL ??= '/'
process.env.VITE_KRAKEN_WS_URL ??= wsUrl
const server = await createServer({ server: { proxy: { '/0/': { target: restTarget, changeOrigin: true } } } })
await server.listen()
server.printUrls()
console.log(`kraken-sim: REST ${restTarget} (proxied), WS ${wsUrl}`)
const stop = async () => {
  await server.close()
  await sim?.close()
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
