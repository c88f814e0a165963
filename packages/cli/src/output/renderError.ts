import type { OutputFormat } from '../types.js'
import type { ErrorEnvelope } from './toErrorEnvelope.js'

/**
 * Where and how an error is shown: with `-o json` the envelope is one line on stdout (so scripts parse one stream);
 * otherwise `Error: <message>` plus Kraken's code, its meaning and a suggestion on stderr.
 */
export function renderError(envelope: ErrorEnvelope, format: OutputFormat): { stdout: string; stderr: string } {
  if (format === 'json') return { stdout: `${JSON.stringify(envelope)}\n`, stderr: '' }
  const lines = [`Error: ${envelope.message}`]
  if (envelope.code !== 'usage')
    lines.push(`  Kraken code: ${envelope.code} (${envelope.error}, exit ${envelope.exitCode})`)
  if (envelope.meaning && envelope.meaning !== envelope.message) lines.push(`  Meaning:     ${envelope.meaning}`)
  if (envelope.suggestion) lines.push(`  What to do:  ${envelope.suggestion}`)
  if (envelope.retryable)
    lines.push(
      `  Retryable:   yes${envelope.retryAfter ? ` (after ${new Date(envelope.retryAfter).toISOString()})` : ''}`,
    )
  if (envelope.docsUrl) lines.push(`  Docs:        ${envelope.docsUrl}`)
  return { stdout: '', stderr: `${lines.join('\n')}\n` }
}
