// `@k/signing/lane`: no crypto here, so REST clients can import it at start-up and load the signers lazily.
export { SigningLane } from './SigningLane.js'
export { signingLaneFor } from './signingLaneFor.js'
