import { UsageError } from '../output/UsageError.js'

/** Reads the first line of stdin (`--secret-stdin`), e.g. `pass show kraken | kraken --secret-stdin balance`. */
export async function _readSecretFromStdin(stdin: NodeJS.ReadableStream): Promise<string> {
  let text = ''
  for await (const chunk of stdin) {
    text += String(chunk)
    if (text.includes('\n') || text.length > 4096) break
  }
  const secret = text.split(/\r?\n/)[0]?.trim() ?? ''
  if (!secret) throw new UsageError('--secret-stdin: stdin had no secret on its first line.')
  return secret
}
