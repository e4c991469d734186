import type { AnswerValue } from '@/domain/shapes/answers'

type WriteAnswer<V> = (key: string, value: V | undefined) => Promise<void>

/**
 * Writes answers (and notes, and the plan) in order, each as soon as the write before it has
 * finished: there is no typing delay, so text typed just before the browser dies is stored as
 * surely as a click. While a write is under way, further keystrokes of the same key are merged into
 * one next write of the latest value, so fast typing costs one small transaction at a time, never a
 * queue of them. (A synchronous copy in localStorage would not help: Chromium commits it to disk
 * seconds later, so a killed browser loses it, while a committed IndexedDB transaction survives.)
 * `flush()` resolves when everything set so far is written; `hasPending()` counts writes waiting or
 * under way. Neither `set()` nor `flush()` ever rejects: every outcome goes to `onSettled`.
 */
export function createAnswerWriter<V = AnswerValue>(write: WriteAnswer<V>, onSettled: (error: unknown | null) => void) {
  const pending = new Map<string, V | undefined>()
  let writing = false
  let running: Promise<void> | null = null

  async function drain(): Promise<void> {
    for (let next = pending.entries().next(); !next.done; next = pending.entries().next()) {
      const [key, value] = next.value
      pending.delete(key)
      writing = true
      let failure: unknown = null
      try {
        await write(key, value)
      } catch (error) {
        failure = error
      }
      writing = false
      onSettled(failure)
    }
  }

  function pump(): Promise<void> {
    running ??= drain().finally(() => {
      running = null
    })
    return running
  }

  return {
    /** Records a value for `key` and writes it as soon as the writer is free. */
    set(key: string, value: V | undefined): Promise<void> {
      pending.set(key, value)
      return pump()
    },
    flush: pump,
    hasPending: () => pending.size > 0 || writing,
  }
}
