/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Base URL of the regional collector for anonymous submissions (https, or http on loopback). */
  readonly VITE_SUBMISSION_URL?: string
}
