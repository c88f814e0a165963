/**
 * An error the simulator answers with Kraken's exact string (`EOrder:Insufficient funds`, …). Routers turn it into
 * `{ "error": [krakenError] }` (REST, HTTP 200) or `{ success: false, error }` (WS v2).
 *
 * @example
 * throw new SimKrakenError('EOrder:Unknown order')
 */
export class SimKrakenError extends Error {
  readonly krakenError: string

  constructor(krakenError: string) {
    super(krakenError)
    this.name = 'SimKrakenError'
    this.krakenError = krakenError
  }
}

/** True for a {@link SimKrakenError}. */
export function isSimKrakenError(error: unknown): error is SimKrakenError {
  return error instanceof SimKrakenError
}
