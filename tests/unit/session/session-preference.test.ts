// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { rememberSessionMode, SESSION_MODE_KEY, sessionModeOn } from '@/storage/session-preference'
import { routes } from '@/router'

afterEach(() => {
  vi.unstubAllGlobals()
  localStorage.clear()
})

describe('the session-mode preference', () => {
  it('is off until switched on, and is remembered until switched off', () => {
    expect(sessionModeOn()).toBe(false)
    rememberSessionMode(true)
    expect(localStorage.getItem(SESSION_MODE_KEY)).toBe('on')
    expect(sessionModeOn()).toBe(true)
    rememberSessionMode(false)
    expect(sessionModeOn()).toBe(false)
    expect(localStorage.getItem(SESSION_MODE_KEY)).toBeNull()
  })

  it('with blocked site data the pages still work, only without remembering', () => {
    const blocked = () => {
      throw new DOMException('blocked', 'SecurityError')
    }
    vi.stubGlobal('localStorage', { getItem: blocked, setItem: blocked, removeItem: blocked })
    expect(() => rememberSessionMode(true)).not.toThrow()
    expect(sessionModeOn()).toBe(false)
  })

  it('is the kind of step page: a session-mode page turns it on, its switch to the plain page turns it off', () => {
    const guardOf = (name: string) => routes.find((route) => route.name === name)!.beforeEnter as (to: unknown, from: unknown) => unknown
    const to = { name: 'check-step', params: { id: 'a-1', step: '3' }, hash: '#frage-q7' }
    expect(guardOf('check-step')(to, { name: 'check-review' })).toBe(true)
    guardOf('check-session')({ name: 'check-session', params: to.params }, { name: 'company' })
    expect(sessionModeOn()).toBe(true)
    // Any other way to a plain step (review, profile, resume, a link) leads to its session-mode page, anchor kept.
    expect(guardOf('check-step')(to, { name: 'check-review' })).toEqual({ name: 'check-session', params: { id: 'a-1', step: '3' }, hash: '#frage-q7', replace: true })
    // The switch on the session-mode page goes to the plain page: that is switching it off.
    expect(guardOf('check-step')(to, { name: 'check-session' })).toBe(true)
    expect(sessionModeOn()).toBe(false)
  })
})
