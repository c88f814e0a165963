import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

/** One operation of Kraken's Spot REST OpenAPI spec with its (resolved) 200 example. */
export type SpecOperation = { method: 'GET' | 'POST'; path: string; operationId: string; example: unknown }

/** Where the spec lives: `KRAKEN_SPECS_DIR` or the workspace's shared copy (read, not vendored: its license asks so). */
export function _specDir(): string {
  const here = dirname(fileURLToPath(import.meta.url))
  return process.env.KRAKEN_SPECS_DIR ?? resolve(here, '../../../../../../shared/kraken-api-specs/spot-rest')
}

function deref(node: unknown, file: string, depth = 0): unknown {
  if (depth > 40) return node
  if (Array.isArray(node)) return node.map((item) => deref(item, file, depth + 1))
  if (!node || typeof node !== 'object') return node
  const { $ref, ...rest } = node as Record<string, unknown>
  const own = Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, deref(value, file, depth + 1)]))
  if (typeof $ref !== 'string' || $ref.startsWith('#')) return own
  const target = resolve(dirname(file), $ref.split('#')[0] as string)
  const base = deref(parse(readFileSync(target, 'utf8')), target, depth + 1)
  // Siblings of a $ref (an `example` next to a `schema` $ref) win over the referenced file.
  return base && typeof base === 'object' ? { ...(base as object), ...own } : base
}

/** Parses `openapi_v3.yaml` and returns every operation with its example response. */
export function _loadSpotSpec(): SpecOperation[] {
  const root = resolve(_specDir(), 'openapi_v3.yaml')
  const spec = parse(readFileSync(root, 'utf8')) as { paths: Record<string, Record<string, unknown>> }
  const operations: SpecOperation[] = []
  for (const [path, methods] of Object.entries(spec.paths)) {
    for (const [method, raw] of Object.entries(methods)) {
      const operation = deref(raw, root) as {
        operationId: string
        responses?: Record<string, { content?: Record<string, Record<string, unknown>> }>
      }
      const content = Object.values(operation.responses?.['200']?.content ?? {})[0] ?? {}
      const schema = content.schema as Record<string, unknown> | undefined
      const examples = content.examples as Record<string, { value?: unknown }> | undefined
      const example = content.example ?? schema?.example ?? Object.values(examples ?? {})[0]?.value
      operations.push({
        method: method.toUpperCase() as 'GET' | 'POST',
        path: `/0${path}`,
        operationId: operation.operationId,
        example,
      })
    }
  }
  return operations
}
