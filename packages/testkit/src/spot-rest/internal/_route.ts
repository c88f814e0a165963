import type { SimState } from '../../state/SimState.js'
import type { SimAccountInit, SimHttpRequest, SimHttpResponse } from '../../types.js'

export type SpotPermission = NonNullable<SimAccountInit['permissions']>[number]

/** What a private route handler receives. */
export type SpotPrivateContext = {
  state: SimState
  key: string
  params: Record<string, unknown>
  request: SimHttpRequest
}

/** A private route: the permission it needs and its handler (returns `result`, or a {@link RawAnswer}). */
export type SpotPrivateRoute = { permission: SpotPermission; handler: (context: SpotPrivateContext) => unknown }

/** A public route handler: params come from the query (GET) or the body (POST). */
export type SpotPublicRoute = (params: Record<string, unknown>, state: SimState) => unknown

/** Wraps an answer that is not `{ error: [], result }` (binary export, dropped response). */
export class RawAnswer {
  constructor(readonly response: SimHttpResponse) {}
}
