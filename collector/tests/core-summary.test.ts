import { describe, expect, it } from 'vitest'
import { Histogram, summarise } from '../src/core/summary.ts'

function histogramOf(entries: [score: number, level: number][]): Histogram {
  const histogram = new Histogram()
  for (const [score, level] of entries) histogram.add(score, level)
  return histogram
}

describe('summary figures', () => {
  it('rounds mean, median and quartiles to whole scores and level shares to whole percent', () => {
    const histogram = histogramOf([[10, 1], [20, 1], [30, 2], [41, 3], [55, 3], [60, 3], [70, 4], [80, 4], [90, 5], [99, 5], [100, 5]])
    expect(summarise(histogram, false)).toEqual({ mean: 60, median: 60, q1: 36, q3: 85, levels: [18, 9, 27, 18, 27] })
  })

  it('interpolates quartiles like QUARTILE.INC (R type 7)', () => {
    const histogram = histogramOf([[1, 1], [2, 1], [3, 1], [4, 1]])
    expect(histogram.quantile(0.25)).toBeCloseTo(1.75)
    expect(histogram.quantile(0.5)).toBeCloseTo(2.5)
    expect(histogram.quantile(0.75)).toBeCloseTo(3.25)
  })

  it('adds the count when asked (per dimension)', () => {
    expect(summarise(histogramOf([[50, 3]]), true)).toMatchObject({ n: 1, mean: 50, median: 50, q1: 50, q3: 50, levels: [0, 0, 100, 0, 0] })
  })
})
