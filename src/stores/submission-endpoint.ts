import { parseSubmissionEndpoint } from '@/domain/submission/endpoint'

/** The collector configured for this installation at build time, or null (the feature is off). */
export const SUBMISSION_ENDPOINT = parseSubmissionEndpoint(import.meta.env.VITE_SUBMISSION_URL)
