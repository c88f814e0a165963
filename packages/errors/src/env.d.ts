/** Injected by tsup (and vitest): "<package>@<version>", shown in error messages. */
declare const __K_VERSION__: string
