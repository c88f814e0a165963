/**
 * ky's `TimeoutError` and `HTTPError` carry the `Request` and the ky options, i.e. the signed headers (`API-Key` /
 * `APIKey`, `API-Sign` / `Authent`). Kept as an error's `cause`, `util.inspect(error)` and `console.error(error)`
 * would print the API key. The cause keeps the name, message, stack and inner cause, without those objects.
 */
export function _redactCause(error: unknown): unknown {
  if (!(error instanceof Error) || !('request' in error || 'options' in error || 'response' in error)) return error
  const copy = new Error(error.message, error.cause === undefined ? undefined : { cause: error.cause })
  copy.name = error.name
  if (error.stack !== undefined) copy.stack = error.stack
  return copy
}
