/**
 * Polls `check` every `intervalMs` (bounded by `attempts`) until it returns true; otherwise throws naming `what`
 * (a function is called only then, so it can describe the final state).
 */
export async function waitFor(
  check: () => boolean | Promise<boolean>,
  what: string | (() => string),
  attempts = 1_000,
  intervalMs = 10,
): Promise<void> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (await check()) return
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
  throw new Error(`timed out waiting for ${typeof what === 'function' ? what() : what}`)
}
