import { KrakenError, type KrakenErrorDefaults, type KrakenErrorDetails, type KrakenErrorInit } from './KrakenError.js'

/**
 * Thrown before anything is sent when a parameter is invalid. `details.field` names the parameter (dotted path for
 * nested ones, e.g. `orders.1.price`); `details.sent` is `'no'`. The rejected value is never echoed when it could be
 * a credential.
 */
export class KrakenValidationError extends KrakenError {
  static override defaults: KrakenErrorDefaults = {
    name: 'KrakenValidationError',
    code: 'EValidation',
    category: 'validation',
    retryable: false,
  }
  /** The parameter that was rejected. */
  readonly field: string | undefined

  constructor(shortMessage: string, details: KrakenErrorDetails & { field?: string } = {}, init: KrakenErrorInit = {}) {
    super(shortMessage, { ...init, details: { sent: 'no', ...details } })
    this.field = details.field
  }
}
