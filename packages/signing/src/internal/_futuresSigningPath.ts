/** Kraken signs Futures requests over the path without the `/derivatives` prefix the URL carries. */
export function _futuresSigningPath(path: string): string {
  return path.startsWith('/derivatives') ? path.slice('/derivatives'.length) : path
}
