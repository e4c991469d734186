import { describe, expect, it } from 'vitest'
import { MAX_BACKOFF_MS, classifyResponse, nextAttemptDelay } from '@/domain/submission/backoff'
import { collectorUrl, parseSubmissionEndpoint } from '@/domain/submission/endpoint'

describe('retry policy', () => {
  it('doubles from 5 s and never waits more than 5 minutes', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 20].map((attempts) => nextAttemptDelay(attempts))).toEqual([
      5_000, 10_000, 20_000, 40_000, 80_000, 160_000, 300_000, 300_000, 300_000,
    ])
    expect(nextAttemptDelay(1, 60)).toBe(60_000)
    expect(nextAttemptDelay(1, 86_400)).toBe(MAX_BACKOFF_MS)
  })

  it('accepts 2xx, retries 429 and 5xx, gives up on other 4xx', () => {
    expect(classifyResponse(201, '', null)).toEqual({ kind: 'accepted' })
    expect(classifyResponse(200, '', null)).toEqual({ kind: 'accepted' })
    expect(classifyResponse(429, 'slow down', '30')).toEqual({ kind: 'retry', error: 'HTTP 429: slow down', retryAfterSeconds: 30 })
    expect(classifyResponse(503, '', null)).toEqual({ kind: 'retry', error: 'HTTP 503' })
    expect(classifyResponse(400, 'invalid', null)).toEqual({ kind: 'rejected', error: 'HTTP 400: invalid' })
    expect(classifyResponse(409, '', null).kind).toBe('rejected')
  })
})

describe('collector endpoint configuration', () => {
  it('takes https anywhere and http only on loopback', () => {
    expect(parseSubmissionEndpoint('https://collector.example/api/')?.href).toBe('https://collector.example/api')
    expect(parseSubmissionEndpoint('http://127.0.0.1:8787')?.origin).toBe('http://127.0.0.1:8787')
    expect(parseSubmissionEndpoint('http://localhost:8787/x')?.href).toBe('http://localhost:8787/x')
    expect(parseSubmissionEndpoint('http://collector.example')).toBeNull()
    expect(parseSubmissionEndpoint('https://user:pw@collector.example')).toBeNull()
    expect(parseSubmissionEndpoint('javascript:alert(1)')).toBeNull()
    expect(parseSubmissionEndpoint('')).toBeNull()
    expect(parseSubmissionEndpoint(undefined)).toBeNull()
  })

  it('builds the contract paths below the base, with or without a path', () => {
    expect(collectorUrl(parseSubmissionEndpoint('http://127.0.0.1:8787')!, 'submissions').href).toBe('http://127.0.0.1:8787/submissions')
    expect(collectorUrl(parseSubmissionEndpoint('https://c.example/api/v1/')!, 'benchmarks').href).toBe('https://c.example/api/v1/benchmarks')
  })
})
