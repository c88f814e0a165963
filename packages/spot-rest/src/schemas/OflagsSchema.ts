import * as v from 'valibot'

const OFLAGS = ['post', 'fcib', 'fciq', 'nompp', 'viqc'] as const

/**
 * Order flags: `'post,fciq'` or `['post', 'fciq']` → sent comma-joined. `fcib` and `fciq` exclude each other.
 */
export const OflagsSchema = v.pipe(
  v.union([v.string(), v.array(v.string())], 'Expected a comma-separated string or a list of flags'),
  v.transform((value) => (Array.isArray(value) ? value : value.split(',').map((flag) => flag.trim()))),
  v.check(
    (flags) => flags.length > 0 && flags.every((flag) => (OFLAGS as readonly string[]).includes(flag)),
    `Expected flags from ${OFLAGS.join(', ')}`,
  ),
  v.check((flags) => !(flags.includes('fcib') && flags.includes('fciq')), 'fcib and fciq cannot be combined'),
  v.transform((flags) => flags.join(',')),
)
