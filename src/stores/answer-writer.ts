import type { AnswerValue } from '@/domain/questionnaire/types'

/** How long typing may wait before it is written: short enough that a killed tab loses at most this. */
export const TYPING_DEBOUNCE_MS = 300

type WriteAnswer = (questionId: string, value: AnswerValue | undefined) => Promise<void>

/**
 * Queues answer writes in order. Choices are written at once; typed input waits up to
 * TYPING_DEBOUNCE_MS for the next keystroke. `flush()` writes everything pending now
 * (used on pagehide, visibilitychange, step change and before finishing).
 */
export function createAnswerWriter(write: WriteAnswer, onSettled: (error: unknown | null) => void) {
  const pending = new Map<string, AnswerValue | undefined>()
  let timer: ReturnType<typeof setTimeout> | null = null
  let chain: Promise<void> = Promise.resolve()

  function drain(): Promise<void> {
    if (timer) {
      clearTimeout(timer)
      timer = null
    }
    const batch = [...pending.entries()]
    pending.clear()
    for (const [questionId, value] of batch) {
      chain = chain
        .then(() => write(questionId, value))
        .then(
          () => onSettled(null),
          (error: unknown) => onSettled(error),
        )
    }
    return chain
  }

  return {
    /** Records an answer; `debounce` for typed input. */
    set(questionId: string, value: AnswerValue | undefined, debounce: boolean): Promise<void> {
      pending.set(questionId, value)
      if (!debounce) return drain()
      if (timer) clearTimeout(timer)
      timer = setTimeout(() => void drain(), TYPING_DEBOUNCE_MS)
      return chain
    },
    flush: drain,
    hasPending: () => pending.size > 0,
  }
}
