import { createServer } from 'node:http'

/**
 * For tests: a 127.0.0.1 HTTP proxy in front of kraken-sim's REST that answers `SystemStatus` with `status` (kraken-sim
 * itself is always `online`) and forwards everything else byte for byte (signatures stay valid).
 */
export async function _statusProxy(
  target: string,
  status: string,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    if (request.url?.startsWith('/0/public/SystemStatus')) {
      response.setHeader('content-type', 'application/json')
      response.end(JSON.stringify({ error: [], result: { status, timestamp: new Date().toISOString() } }))
      return
    }
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', async () => {
      const headers = Object.fromEntries(
        Object.entries(request.headers).filter(([name]) => !['host', 'connection', 'content-length'].includes(name)),
      ) as Record<string, string>
      const upstream = await fetch(`${target}${request.url}`, {
        method: request.method ?? 'GET',
        headers,
        ...(request.method === 'POST' ? { body: Buffer.concat(chunks) } : {}),
      })
      response.statusCode = upstream.status
      response.setHeader('content-type', upstream.headers.get('content-type') ?? 'application/json')
      response.end(Buffer.from(await upstream.arrayBuffer()))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) }
}
