import { UsageError } from '../output/UsageError.js'
import type { CommandContext } from '../types.js'

/**
 * Asks "<question> [y/N]" on stderr and reads one line from the terminal. Without a terminal on stdin it refuses
 * (exit 2) instead of guessing: scripts must say `--yes`.
 */
export async function _confirm(context: CommandContext, question: string): Promise<boolean> {
  const { stdin, stderr } = context.io
  if (!stdin.isTTY) {
    throw new UsageError(
      `Refusing to ${question.replace(/\?$/, '')} without confirmation: stdin is not a terminal. Pass --yes.`,
    )
  }
  stderr.write(`${question} [y/N] `)
  const { createInterface } = await import('node:readline')
  const reader = createInterface({ input: stdin, terminal: false })
  try {
    const answer = await new Promise<string>((resolve) => {
      reader.once('line', resolve)
      reader.once('close', () => resolve(''))
      context.signal.addEventListener('abort', () => resolve(''), { once: true })
    })
    return /^y(es)?$/i.test(answer.trim())
  } finally {
    reader.close()
  }
}
