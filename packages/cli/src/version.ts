/** The package version (`0.1.0`), injected at build time; what `kraken --version` prints. */
export const VERSION: string = __K_VERSION__.replace(/^.*@/, '')
