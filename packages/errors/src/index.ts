export {
  isKrakenError,
  KrakenError,
  type KrakenErrorCategory,
  type KrakenErrorDetails,
  type KrakenErrorInit,
} from './KrakenError.js'
export { KrakenValidationError } from './KrakenValidationError.js'
