import type { MeasureSummary } from './types.ts'

/**
 * Scores are integers 0..100 and levels 1..5, so a histogram holds everything a group's figures
 * need; 100,000 submissions cost no more memory than 10.
 */
export class Histogram {
  readonly scores = new Uint32Array(101)
  readonly levels = new Uint32Array(5)
  count = 0

  add(score: number, level: number): void {
    this.scores[score]! += 1
    this.levels[level - 1]! += 1
    this.count += 1
  }

  /** The k-th smallest score (0-based). */
  orderStatistic(k: number): number {
    let seen = 0
    for (let score = 0; score <= 100; score += 1) {
      seen += this.scores[score]!
      if (seen > k) return score
    }
    return 100
  }

  /** Quantile by linear interpolation between order statistics (R type 7, Excel QUARTILE.INC). */
  quantile(p: number): number {
    const position = (this.count - 1) * p
    const below = Math.floor(position)
    const low = this.orderStatistic(below)
    const high = this.orderStatistic(Math.min(below + 1, this.count - 1))
    return low + (position - below) * (high - low)
  }

  mean(): number {
    let sum = 0
    this.scores.forEach((count, score) => (sum += count * score))
    return sum / this.count
  }
}

/** Rounded figures of a non-empty histogram: scores to integers, shares to whole percent. */
export function summarise(histogram: Histogram, withCount: boolean): MeasureSummary {
  const percent = (count: number) => Math.round((100 * count) / histogram.count)
  return {
    ...(withCount ? { n: histogram.count } : {}),
    mean: Math.round(histogram.mean()),
    median: Math.round(histogram.quantile(0.5)),
    q1: Math.round(histogram.quantile(0.25)),
    q3: Math.round(histogram.quantile(0.75)),
    levels: [percent(histogram.levels[0]!), percent(histogram.levels[1]!), percent(histogram.levels[2]!), percent(histogram.levels[3]!), percent(histogram.levels[4]!)],
  }
}
