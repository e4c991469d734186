/**
 * Runs `work` after the next paint, when the browser is idle (at the latest after a second), and
 * returns a function that cancels it. For work the page can show a moment later (charts, the lower
 * parts of a long page), so it neither delays the first paint nor blocks input right after it.
 */
export function afterPaintWhenIdle(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  let idle: number | undefined
  // A frame callback runs before that frame's paint; a task queued from it runs after the paint.
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(() => {
      if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(work, { timeout: 1000 })
      else work()
    })
  })
  return () => {
    cancelAnimationFrame(frame)
    clearTimeout(timer)
    if (idle !== undefined) cancelIdleCallback(idle)
  }
}
