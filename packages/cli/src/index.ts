export { createProgram, type ProgramDeps, type ProgramState } from './createProgram.js'
export { EXIT_CODES, exitCodeFor } from './exitCodes.js'
export { renderError } from './output/renderError.js'
export { renderOutput } from './output/renderOutput.js'
export { renderTable } from './output/renderTable.js'
export { type ErrorEnvelope, toErrorEnvelope } from './output/toErrorEnvelope.js'
export { UsageError } from './output/UsageError.js'
export { runCli } from './runCli.js'
export type {
  CliIo,
  CliUrls,
  Column,
  Command,
  CommandContext,
  CommandOutput,
  Credentials,
  OutputFormat,
} from './types.js'
export { VERSION } from './version.js'
