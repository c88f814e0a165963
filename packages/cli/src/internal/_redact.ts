const MIN_SECRET_LENGTH = 6

/**
 * Collects every credential value the CLI can see (flags and environment) and returns a function that replaces each
 * occurrence with `***`. All output goes through it, so even a typo like `--secret-kye=<secret>` echoed by the argument
 * parser never shows the secret.
 */
export function _createRedactor(argv: readonly string[], env: Readonly<Record<string, string | undefined>>) {
  const secrets = new Set<string>()
  const add = (value: string | undefined) => {
    if (value !== undefined && value.length >= MIN_SECRET_LENGTH) secrets.add(value)
  }
  for (const name of Object.keys(env)) {
    if (/^KRAKEN_.*(KEY|SECRET)/.test(name)) add(env[name])
  }
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] ?? ''
    const match = /^--?[\w-]*(key|secret)[\w-]*=(.*)$/i.exec(argument)
    if (match) add(match[2])
    else if (/^--?[\w-]*(key|secret)[\w-]*$/i.test(argument)) add(argv[index + 1])
  }
  return {
    add,
    redact(text: string): string {
      let result = text
      for (const secret of secrets) result = result.split(secret).join('***')
      return result
    },
  }
}

/** The redactor of one run: `add` a value learnt later, `redact` text before it is written. */
export type Redactor = ReturnType<typeof _createRedactor>
