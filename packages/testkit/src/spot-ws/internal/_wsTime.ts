/** RFC3339 with microseconds, as Kraken writes `time_in`/`time_out`/`timestamp` (e.g. `2023-09-24T14:10:23.799685Z`). */
export function _wsTime(ms: number = Date.now()): string {
  return `${new Date(ms).toISOString().slice(0, -1)}000Z`
}
