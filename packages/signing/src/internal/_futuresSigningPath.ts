/**
 * Kraken quirk: Futures URLs carry `/derivatives/api/v3/...`, but the `Authent` is computed over `/api/v3/...`
 * (python-kraken-sdk `removeprefix("/derivatives")`; ccxt signs `'/api/' + endpoint`).
 */
export function _futuresSigningPath(path: string): string {
  return path.startsWith('/derivatives/') ? path.slice('/derivatives'.length) : path
}
