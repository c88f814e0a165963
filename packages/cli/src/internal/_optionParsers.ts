import { InvalidArgumentError, Option } from 'commander'

/** `-X <method>` of the raw commands: GET, POST, PUT or DELETE, any case. */
export function methodOption(): Option {
  return new Option('-X <method>', 'HTTP method: GET, POST, PUT or DELETE').argParser((value) => {
    const upper = value.toUpperCase()
    if (!['GET', 'POST', 'PUT', 'DELETE'].includes(upper))
      throw new InvalidArgumentError('Use GET, POST, PUT or DELETE.')
    return upper
  })
}

/** Parses a positive whole number (`--depth`, `--count`…); anything else is a usage error. */
export function positiveInteger(value: string): number {
  const number = Number(value)
  if (!Number.isInteger(number) || number <= 0) throw new InvalidArgumentError('Expected a positive whole number.')
  return number
}

/** Parses a positive number (`--timeout` seconds); anything else is a usage error. */
export function positiveNumber(value: string): number {
  const number = Number(value)
  if (!Number.isFinite(number) || number <= 0) throw new InvalidArgumentError('Expected a positive number of seconds.')
  return number
}
