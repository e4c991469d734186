import { parseSubmissionEndpoint } from '@/domain/submission/endpoint'
import { startAutoSend } from './auto-send'

/** Starts the outbox for this tab when the build configured a valid collector. */
export function startSending(): void {
  const endpoint = parseSubmissionEndpoint(import.meta.env.VITE_SUBMISSION_URL)
  if (endpoint) startAutoSend(endpoint)
}
