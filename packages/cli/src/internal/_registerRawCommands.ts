import type { Command as CommanderCommand } from 'commander'
import type { CommandAction } from './_commandAction.js'
import { methodOption } from './_optionParsers.js'

/** Registers `kraken spot` and `kraken futures`, the python-kraken-sdk compatible raw mode. */
export function _registerRawCommands(program: CommanderCommand, action: CommandAction): void {
  program
    .command('spot')
    .description('raw Spot REST request (python-kraken-sdk compatible); /0/private/* is signed')
    .addOption(methodOption())
    .option('-d, --data <json>', 'parameters as a JSON object')
    .argument('<url>', 'full URL or path, e.g. https://api.kraken.com/0/public/Time or /0/private/Balance')
    .action(
      action(
        async () => (await import('../commands/spot.js')).spot,
        ([url], o) => ({ url, method: o.X, data: o.data }),
      ),
    )

  program
    .command('futures')
    .description('raw Futures REST request (python-kraken-sdk compatible); /derivatives/* is signed')
    .addOption(methodOption())
    .option('-d, --data <json>', 'POST parameters as a JSON object')
    .option('-q, --query <json>', 'query parameters as a JSON object')
    .argument('<url>', 'full URL or path, e.g. /derivatives/api/v3/openpositions')
    .action(
      action(
        async () => (await import('../commands/futures.js')).futures,
        ([url], o) => ({ url, method: o.X, data: o.data, query: o.query }),
      ),
    )
}
