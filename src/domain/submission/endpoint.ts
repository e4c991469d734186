/**
 * Checks the configured collector URL: https, or plain http only on the loopback host (for tests
 * and local collectors). Returns the normalised base URL without a trailing slash, or null.
 */
export function parseSubmissionEndpoint(raw: string | undefined): URL | null {
  if (!raw) return null
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return null
  }
  const loopback = url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]'
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) return null
  if (url.username || url.password || url.search || url.hash) return null
  url.pathname = url.pathname.replace(/\/+$/, '')
  return url
}

/** A path below the collector's base URL, e.g. `submissions` → `https://collector.example/api/submissions`. */
export function collectorUrl(base: URL, path: 'submissions' | 'benchmarks' | 'v2/snapshot'): URL {
  const url = new URL(base.href)
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/${path}`
  return url
}
