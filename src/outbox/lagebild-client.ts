import { readSnapshot, type LagebildSnapshot } from '@/domain/lagebild/snapshot'
import { collectorUrl } from '@/domain/submission/endpoint'

/**
 * Fetches the collector's latest published snapshot of one questionnaire version (the Lagebild).
 * Null when the collector has none yet, cannot be reached, or answers with something that is not a
 * snapshot: the app then shows the last snapshot it kept, or says there is none.
 */
export async function fetchSnapshot(endpoint: URL, questionnaire: string, fetchImpl: typeof fetch = fetch): Promise<LagebildSnapshot | null> {
  const url = collectorUrl(endpoint, 'v2/snapshot')
  url.searchParams.set('questionnaire', questionnaire)
  try {
    // Revalidated every time: the device keeps its own copy for offline use (storage/lagebild-cache.ts),
    // so the browser's HTTP cache must not hide that the collector cannot be reached.
    const response = await fetchImpl(url, { credentials: 'omit', cache: 'no-cache' })
    if (!response.ok) return null
    return readSnapshot(await response.json())
  } catch {
    return null
  }
}
