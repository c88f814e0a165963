/** Options of {@link SpotWsClient.stream}. */
export type StreamOptions = {
  /** Messages buffered for a slow consumer before the stream fails. Default: the client's `streamHighWaterMark`. */
  highWaterMark?: number
  /** Subscribe when the stream starts and unsubscribe when it ends. Default true. */
  subscribe?: boolean
}
