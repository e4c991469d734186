import type { AnswerValue } from '@/domain/shapes/answers'

/** How long typing may wait before it is written: short enough that a killed tab loses at most this. */
export const TYPING_DEBOUNCE_MS = 300

type WriteAnswer<V> = (questionId: string, value: V | undefined) => Promise<void>

/**
 * Queues answer writes in order: choices at once, typed input after up to TYPING_DEBOUNCE_MS.
 * `flush()` writes everything pending now (used on pagehide, visibilitychange, step change and
 * before finishing); `hasPending()` also counts writes still in flight. Neither `set()` nor
 * `flush()` ever rejects: every failure is handed to `onSettled`, which shows it. The value type defaults to
 * answers; session notes use the same queue.
 */
export function createAnswerWriter<V = AnswerValue>(write: WriteAnswer<V>, onSettled: (error: unknown | null) => void) {
  const pending = new Map<string, V | undefined>()
  let timer: ReturnType<typeof setTimeout> | null = null
  let chain: Promise<void> = Promise.resolve()
  let queued = 0

  function run(task: () => Promise<void>): Promise<void> {
    queued += 1
    const done = chain.then(task).finally(() => {
      queued -= 1
    })
    chain = done.then(
      () => onSettled(null),
      (error: unknown) => onSettled(error),
    )
    return done
  }

  function drain(): Promise<void> {
    if (timer) {
      clearTimeout(timer)
      timer = null
    }
    const batch = [...pending.entries()]
    pending.clear()
    // Each write's failure reaches `onSettled` (the page's save state); the returned chain never rejects.
    for (const [questionId, value] of batch) void run(() => write(questionId, value)).catch(() => undefined)
    return chain
  }

  return {
    /** Records an answer; `debounce` for typed input. */
    set(questionId: string, value: V | undefined, debounce: boolean): Promise<void> {
      pending.set(questionId, value)
      if (!debounce) return drain()
      if (timer) clearTimeout(timer)
      timer = setTimeout(() => void drain(), TYPING_DEBOUNCE_MS)
      return chain
    },
    flush: drain,
    hasPending: () => pending.size > 0 || queued > 0,
  }
}
