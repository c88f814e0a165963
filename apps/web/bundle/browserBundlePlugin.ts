import { existsSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Plugin } from 'esbuild'

const HERE = dirname(fileURLToPath(import.meta.url))
const PACKAGES = resolve(HERE, '../../../packages')

/**
 * Modules of other packages that the browser bundle swaps for a smaller stand-in of the same shape, by the path they
 * resolve to (a target ending in `/` covers every module of that folder). Why each one: README "Size budget".
 */
const SUBSTITUTES: ReadonlyArray<readonly [target: string, substitute: string]> = (
  [
    // ky + signing + rate limiter + the 54-endpoint table (~11 KB gzip) for nine public GETs: a fetch client.
    ['spot-rest/src/SpotClient.ts', 'SpotClient.ts'],
    // ~150 Kraken error strings → ~60 classes with hints (~5 KB gzip).
    ['errors/src/toKrakenError.ts', 'toKrakenError.ts'],
    // A hand-written number-preserving tokenizer, fast in Node (~2 KB gzip): JSON.parse after quoting does the same.
    ['orderbook/src/parseBookFrame.ts', 'parseBookFrame.ts'],
    // Trading over WS and tokens from key/secret are private (~2 KB gzip): they reject without sending.
    ['spot-ws/src/trading/', 'trading.ts'],
    ['spot-ws/src/internal/_fetchWsToken.ts', 'trading.ts'],
    ['spot-ws/src/internal/_TokenProvider.ts', 'trading.ts'],
    ['spot-ws/src/internal/_isTokenError.ts', 'trading.ts'],
    // stream(), the async-iterator style (~0.35 KB gzip): events and the callback remain.
    ['spot-ws/src/internal/_streamFilter.ts', 'stream.ts'],
    ['spot-ws/src/internal/_AsyncQueue.ts', 'stream.ts'],
  ] as const
).map(([target, substitute]) => [
  resolve(PACKAGES, target) + (target.endsWith('/') ? '/' : ''),
  resolve(HERE, 'substitutes', substitute),
])

/** The stand-in for a resolved module path, if there is one. */
function substituteFor(path: string): string | undefined {
  return SUBSTITUTES.find(([target]) => (target.endsWith('/') ? path.startsWith(target) : path === target))?.[1]
}

/**
 * esbuild plugin of the browser bundle:
 * 1. `@k/<pkg>` resolves to the package's TypeScript source — `src/index.browser.ts` when the package has a browser
 *    entry (`@k/signing`'s WebCrypto build, which its published `dist` selects with the `browser` export condition) —
 *    so the bundle needs no prior `tsup` build and always matches the checkout;
 * 2. `isomorphic-ws` is the browser's own `WebSocket` (what its `browser` build exports, without old fallbacks), and
 *    `valibot` is the 17-function subset in `substitutes/valibot.ts` (~1.2 KB gzip less);
 * 3. the modules listed in `SUBSTITUTES` are swapped for the stand-ins in `bundle/substitutes/`.
 *
 * @example
 * await esbuild.build({ entryPoints: ['bundle/index.ts'], bundle: true, plugins: [browserBundlePlugin()] })
 */
export function browserBundlePlugin(): Plugin {
  return {
    name: 'k-browser-bundle',
    setup(build) {
      build.onResolve({ filter: /^@k\/[a-z-]+$/ }, (args) => {
        const source = resolve(PACKAGES, args.path.slice('@k/'.length), 'src')
        const browser = resolve(source, 'index.browser.ts')
        return { path: existsSync(browser) ? browser : resolve(source, 'index.ts') }
      })
      build.onResolve({ filter: /^isomorphic-ws$/ }, () => ({ path: resolve(HERE, 'substitutes/isomorphicWs.ts') }))
      build.onResolve({ filter: /^valibot$/ }, () => ({ path: resolve(HERE, 'substitutes/valibot.ts') }))
      build.onResolve({ filter: /^\.\.?\// }, (args) => {
        if (!args.importer.startsWith(PACKAGES)) return undefined
        const substitute = substituteFor(resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts')))
        return substitute ? { path: substitute } : undefined
      })
    },
  }
}
