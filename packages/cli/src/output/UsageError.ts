/**
 * A usage error: bad flag, bad JSON in `-d`/`-q`, missing argument, refused confirmation without a terminal. Thrown
 * by the CLI before anything is sent; exit code 2. Kept free of imports so the start-up path stays small.
 */
export class UsageError extends Error {
  override name = 'UsageError'
}
