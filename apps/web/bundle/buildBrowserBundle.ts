import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import * as esbuild from 'esbuild'
import { browserBundlePlugin } from './browserBundlePlugin.js'

const APP = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** The budget of each bundle file, gzip bytes (SI kilobytes, like the "15 KB" and ccxt's "1.31 MB"). */
export const BUNDLE_BUDGET_GZIP = 15_000

/** One built file: where, and its raw and gzip (level 9) sizes in bytes. */
export type BundleFile = {
  readonly format: 'esm' | 'iife'
  readonly path: string
  readonly raw: number
  readonly gzip: number
}

/** What {@link buildBrowserBundle} built: the files, the raw bytes per source group, and the output texts. */
export type BrowserBundle = {
  readonly files: readonly BundleFile[]
  /** Raw bytes in the ESM output per package (`@k/spot-ws`, `valibot`, `apps/web substitutes`, …), largest first. */
  readonly breakdown: ReadonlyArray<{ readonly group: string; readonly raw: number }>
  /** Raw bytes in the ESM output per source module, largest first. */
  readonly modules: ReadonlyArray<{ readonly module: string; readonly raw: number }>
  readonly texts: { readonly esm: string; readonly iife: string }
}

/** gzip size in bytes, level 9 (what `gzip -9`, gzip-size and size-limit's gzip mode measure). */
export function gzipBytes(text: string | Uint8Array): number {
  return gzipSync(text, { level: 9 }).length
}

/**
 * Builds the browser bundle of the public market-data path from `bundle/index.ts` with esbuild (platform browser,
 * `browser` export condition, ES2022, minified, tree-shaken) into `dist/k.esm.js` and `dist/k.iife.js` (which sets
 * `globalThis.Kraken`), and measures both. Pass `write: false` to only measure.
 *
 * @example
 * const { files } = await buildBrowserBundle()
 * for (const file of files) console.log(file.path, file.raw, file.gzip)
 */
export async function buildBrowserBundle(options: { write?: boolean; outdir?: string } = {}): Promise<BrowserBundle> {
  const outdir = options.outdir ?? resolve(APP, 'dist')
  const common: esbuild.BuildOptions = {
    absWorkingDir: APP,
    bundle: true,
    platform: 'browser',
    conditions: ['browser'],
    target: 'es2022',
    minify: true,
    treeShaking: true,
    legalComments: 'none',
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [browserBundlePlugin()],
    // The packages print "<package>@<version>" in error messages; tsup injects it, so does this build.
    define: { __K_VERSION__: JSON.stringify('@k/web-bundle') },
  }
  const [esm, iife] = await Promise.all([
    esbuild.build({
      ...common,
      entryPoints: [resolve(APP, 'bundle/index.ts')],
      format: 'esm',
      outfile: resolve(outdir, 'k.esm.js'),
    }),
    // The IIFE's entry assigns `globalThis.Kraken` itself (smaller than esbuild's `globalName` export getters).
    esbuild.build({
      ...common,
      entryPoints: [resolve(APP, 'bundle/iife.ts')],
      format: 'iife',
      outfile: resolve(outdir, 'k.iife.js'),
    }),
  ])
  const texts = { esm: outputText(esm), iife: outputText(iife) }
  if (options.write !== false) {
    await mkdir(outdir, { recursive: true })
    await writeFile(resolve(outdir, 'k.esm.js'), texts.esm)
    await writeFile(resolve(outdir, 'k.iife.js'), texts.iife)
  }
  const files: BundleFile[] = (['esm', 'iife'] as const).map((format) => ({
    format,
    path: relative(APP, resolve(outdir, `k.${format}.js`)),
    raw: Buffer.byteLength(texts[format]),
    gzip: gzipBytes(texts[format]),
  }))
  const inputs = Object.values(esm.metafile?.outputs ?? {})[0]?.inputs ?? {}
  const modules = Object.entries(inputs)
    .map(([module, info]) => ({ module, raw: info.bytesInOutput }))
    .filter((entry) => entry.raw > 0)
    .sort((a, b) => b.raw - a.raw)
  const groups = new Map<string, number>()
  for (const { module, raw } of modules) groups.set(groupOf(module), (groups.get(groupOf(module)) ?? 0) + raw)
  const breakdown = [...groups].map(([group, raw]) => ({ group, raw })).sort((a, b) => b.raw - a.raw)
  return { files, breakdown, modules, texts }
}

function outputText(result: esbuild.BuildResult): string {
  const file = result.outputFiles?.[0]
  if (!file) throw new Error('esbuild produced no output')
  return file.text
}

/** `../../packages/spot-ws/src/…` → `@k/spot-ws`; `…/node_modules/.pnpm/x@1/node_modules/valibot/…` → `valibot`. */
function groupOf(module: string): string {
  const pkg = /packages\/([^/]+)\//.exec(module)
  if (pkg) return `@k/${pkg[1]}`
  const dep = /.*node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(module)
  if (dep) return dep[1] ?? module
  return module.startsWith('bundle/substitutes/') ? 'apps/web substitutes' : `apps/web ${module}`
}
