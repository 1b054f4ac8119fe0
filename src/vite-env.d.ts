/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_API_BASE_URL?: string
  readonly VITE_API_MOCKING?: 'on' | 'off'
}

interface ImportMeta {
  readonly env: ImportMetaEnv
}
