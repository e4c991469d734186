/** Median and 95th percentile of timings (nearest-rank), in the unit they were taken. */
export interface Timing {
  median: number
  p95: number
  runs: number
}

export function summarize(samples: number[]): Timing {
  if (samples.length === 0) throw new Error('no samples')
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!
  return { median: rank(0.5), p95: rank(0.95), runs: sorted.length }
}

/**
 * Times `run` with performance.now(): `warmup` untimed calls first (so the JIT has compiled the hot
 * paths, as in an app that has been open a while), then `runs` timed ones.
 */
export function timeSync(run: () => unknown, runs: number, warmup = 50): Timing {
  for (let i = 0; i < warmup; i += 1) run()
  const samples: number[] = []
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now()
    run()
    samples.push(performance.now() - start)
  }
  return summarize(samples)
}
