import type { Command as CommanderCommand } from 'commander'
import type { CommandAction } from './_commandAction.js'

/** Registers the account and trading commands: `balance`, `orders`, `order add|amend|cancel|cancel-all`. */
export function _registerAccountCommands(program: CommanderCommand, action: CommandAction): void {
  program
    .command('balance')
    .description('account balances (POST /0/private/Balance)')
    .action(
      action(
        async () => (await import('../commands/balance.js')).balance,
        () => ({}),
      ),
    )

  program
    .command('orders')
    .description('open orders, or closed ones with --closed')
    .option('--closed', 'closed orders instead of open ones')
    .action(
      action(
        async () => (await import('../commands/orders.js')).orders,
        (_, o) => o,
      ),
    )

  const order = program
    .command('order')
    .description('place, amend and cancel Spot orders (asks for confirmation unless --yes)')
  const addOrderOptions = (command: CommanderCommand) =>
    command
      .option('--type <ordertype>', 'market, limit, stop-loss, … (default: limit with --price, else market)')
      .option('--price <price>', 'limit or trigger price')
      .option('--price2 <price>', 'secondary price (stop-loss-limit, take-profit-limit)')
      .option('--cl-ord-id <id>', 'your client order id')
      .option('--validate', 'dry run: Kraken checks the order but does not place it (no confirmation)')
      .option('-y, --yes', 'do not ask for confirmation')
  const loadAdd = async () => (await import('../commands/order.js')).order.add
  addOrderOptions(
    order
      .command('add')
      .description('place an order (POST /0/private/AddOrder)')
      .argument('<side>', 'buy or sell')
      .argument('<pair>', 'pair, e.g. XBTUSD')
      .argument('<volume>', 'order volume in the base asset'),
  ).action(action(loadAdd, ([side, pair, volume], o) => ({ side, pair, volume, ...o })))
  // kraken-cli's flat verbs: `kraken order buy XBTUSD 0.01 --price 30000` is `order add buy …`.
  for (const side of ['buy', 'sell']) {
    addOrderOptions(
      order
        .command(side)
        .description(`place a ${side} order (same as: order add ${side} …)`)
        .argument('<pair>', 'pair, e.g. XBTUSD')
        .argument('<volume>', 'order volume in the base asset'),
    ).action(action(loadAdd, ([pair, volume], o) => ({ side, pair, volume, ...o })))
  }
  order
    .command('amend')
    .description('change the volume or price of an open order (POST /0/private/AmendOrder)')
    .argument('<txid>', 'order id')
    .option('--volume <volume>', 'new order quantity')
    .option('--price <price>', 'new limit price')
    .option('-y, --yes', 'do not ask for confirmation')
    .action(
      action(
        async () => (await import('../commands/order.js')).order.amend,
        ([txid], o) => ({ txid, ...o }),
      ),
    )
  order
    .command('cancel')
    .description('cancel orders by txid or cl_ord_id (POST /0/private/CancelOrder)')
    .argument('<txids...>', 'order ids')
    .option('-y, --yes', 'do not ask for confirmation')
    .action(
      action(
        async () => (await import('../commands/order.js')).order.cancel,
        ([txids], o) => ({ txids, ...o }),
      ),
    )
  order
    .command('cancel-all')
    .description('cancel every open order (POST /0/private/CancelAll)')
    .option('-y, --yes', 'do not ask for confirmation')
    .action(
      action(
        async () => (await import('../commands/order.js')).order.cancelAll,
        (_, o) => o,
      ),
    )
}
