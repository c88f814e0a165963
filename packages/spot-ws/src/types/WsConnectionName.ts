/** Which of the (up to) two sockets of a client: the public one or the authenticated one. */
export type WsConnectionName = 'public' | 'private'
