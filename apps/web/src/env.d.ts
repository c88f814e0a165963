/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_KRAKEN_REST_URL?: string
  readonly VITE_KRAKEN_WS_URL?: string
}
