/**
 * Parameters in which every aliased key may be given under its alias instead (python-kraken-sdk errata such as
 * `subaccountId` for `subaccountUid`). The canonical key becomes optional in the type; the runtime schema still
 * requires one of the two.
 */
export type _WithAliases<P, A extends Record<string, keyof P>> = Omit<P, A[keyof A]> &
  Partial<Pick<P, A[keyof A]>> & { [K in keyof A]?: P[A[K]] }
