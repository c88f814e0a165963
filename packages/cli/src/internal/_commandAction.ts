import type { Command as CommanderCommand } from 'commander'
import type { ProgramDeps } from '../createProgram.js'
import { renderOutput } from '../output/renderOutput.js'
import type { Command } from '../types.js'
import { _buildContext, type GlobalOptions } from './_buildContext.js'

type Loader = () => Promise<Command<never>>
type ToArgs = (positional: unknown[], options: Record<string, unknown>) => unknown

/** Makes a commander action from a lazy command loader and a mapping of positional arguments and options. */
export type CommandAction = (load: Loader, toArgs: ToArgs) => (...received: unknown[]) => Promise<void>

/**
 * The action factory: builds the context from the global options, imports the command module only now, runs it and
 * prints its output; the context (and an embedded `--sim`) is closed afterwards, also on failure.
 */
export function _commandAction(deps: ProgramDeps): CommandAction {
  return (load, toArgs) =>
    async (...received) => {
      const command = received.at(-1) as CommanderCommand
      const globals = command.optsWithGlobals() as GlobalOptions
      const { context, close } = await _buildContext(globals, deps)
      try {
        const run = (await load()) as Command<unknown>
        const output = await run(toArgs(received.slice(0, -2), command.opts()), context)
        if (output) deps.write.out(renderOutput(output, context.output))
      } finally {
        await close()
      }
    }
}
