import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { SpotWsClient } from '@k/spot-ws'
import WebSocket from 'ws'
import type { BenchOptions, BenchTable } from './BenchTable.js'

// The simulator runs in its own process (the `kraken-sim` binary from source), as it does for a user's bot: in one
// process the sim and the client would share one thread and each would halve the other's number.
async function startSimProcess(): Promise<{ wsUrl: string; stop: () => void }> {
  const cli = fileURLToPath(new URL('../../../packages/testkit/src/cli.ts', import.meta.url))
  const child = spawn(
    process.execPath,
    ['--conditions=@k/source', '--import', 'tsx', cli, '--port', '0', '--seed', '1'],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
  let output = ''
  const info = await new Promise<{ wsUrl: string }>((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', (code) => reject(new Error(`kraken-sim exited with code ${code}`)))
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const end = output.indexOf('}\n')
      if (end !== -1) {
        try {
          resolve(JSON.parse(output.slice(output.indexOf('{'), end + 1)) as { wsUrl: string })
        } catch {}
      }
    })
  })
  return { wsUrl: info.wsUrl, stop: () => child.kill() }
}

const TARGET = 50_000

// kraken-sim's `sim_firehose` method streams N book updates (each with a correct CRC32) as fast as the socket drains.
// Throughput is measured end to end, from the request to the final ack, on one connection over 127.0.0.1.
async function rawFloor(url: string, count: number): Promise<number> {
  const socket = new WebSocket(url)
  await new Promise((resolve, reject) => {
    socket.once('open', resolve)
    socket.once('error', reject)
  })
  let books = 0
  const started = performance.now()
  await new Promise<void>((resolve) => {
    socket.on('message', (data) => {
      const text = data.toString()
      if (text.startsWith('{"channel":"book"')) books++
      else if (text.includes('"method":"sim_firehose"')) resolve()
    })
    socket.send(JSON.stringify({ method: 'sim_firehose', params: { symbol: 'BTC/USD', count, depth: 10 } }))
  })
  const seconds = (performance.now() - started) / 1000
  socket.close()
  if (books !== count + 1) throw new Error(`expected ${count + 1} book frames, got ${books}`)
  return count / seconds
}

async function throughClient(
  url: string,
  count: number,
  decimals: 'string' | 'number',
  useStream: boolean,
): Promise<number> {
  const client = new SpotWsClient({ url, decimals })
  await client.connect()
  let books = 0
  const started = performance.now()
  const done = new Promise<void>((resolve) => {
    client.on('message', (message) => {
      if ((message as { method?: string }).method === 'sim_firehose') resolve()
    })
  })
  let consumer: Promise<void> = Promise.resolve()
  if (useStream) {
    const stream = client.stream(
      { channel: 'book', symbol: ['BTC/USD'] },
      { subscribe: false, highWaterMark: count + 10 },
    )
    consumer = (async () => {
      for await (const _message of stream) if (++books === count + 1) break
    })()
  } else {
    client.on('message', (message) => {
      if ((message as { channel?: string }).channel === 'book') books++
    })
  }
  await client.send({ method: 'sim_firehose', params: { symbol: 'BTC/USD', count, depth: 10 } })
  await done
  await consumer
  const seconds = (performance.now() - started) / 1000
  await client.close()
  if (books !== count + 1) throw new Error(`expected ${count + 1} book messages, got ${books}`)
  return count / seconds
}

/** kraken-sim book throughput to one client, and what @k/spot-ws sustains on top of it. */
export async function runSimBench(options: BenchOptions): Promise<BenchTable> {
  const count = options.quick ? 2_000 : 200_000
  const rounds = options.quick ? 1 : 5
  const sim = await startSimProcess()
  const best = async (measure: () => Promise<number>) => {
    let top = 0
    for (let round = 0; round < rounds; round++) top = Math.max(top, await measure())
    return top
  }
  try {
    const floor = await best(() => rawFloor(sim.wsUrl, count))
    const client = await best(() => throughClient(sim.wsUrl, count, 'string', false))
    const numbers = await best(() => throughClient(sim.wsUrl, count, 'number', false))
    const stream = await best(() => throughClient(sim.wsUrl, count, 'string', true))
    const row = (name: string, opsPerSec: number, note: string) => ({
      name,
      opsPerSec: Math.round(opsPerSec),
      meanNs: Math.round(1e9 / opsPerSec),
      ratio: `${(floor / opsPerSec).toFixed(2)}× floor`,
      note,
    })
    return {
      title: `kraken-sim: book messages/s to one client (${count.toLocaleString('en-US')} updates, depth 10, best of ${rounds})`,
      rows: [
        row('floor: kraken-sim → raw ws client', floor, 'sim builds text + CRC32; client only counts frames'),
        row('@k: SpotWsClient message event', client, 'decimals kept as text (scanner) + JSON.parse + dispatch'),
        row("@k: SpotWsClient decimals: 'number'", numbers, 'JSON.parse + dispatch'),
        row('@k: SpotWsClient stream()', stream, 'for await over the bounded queue'),
      ],
      target: `kraken-sim ≥ ${TARGET.toLocaleString('en-US')} book messages/s to one client`,
      verdict:
        floor >= TARGET ? `met (${Math.round(floor).toLocaleString('en-US')}/s)` : `missed (${Math.round(floor)}/s)`,
    }
  } finally {
    sim.stop()
  }
}
