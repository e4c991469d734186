// Only the chart.js parts the results page uses; this module is its own chunk, loaded on that page.
import {
  BarController, BarElement, CategoryScale, Chart, Filler, Legend, LinearScale, LineElement,
  PointElement, RadarController, RadialLinearScale, type ChartConfiguration,
} from 'chart.js'
import type { ChartRow } from './chart-data'

Chart.register(BarController, BarElement, CategoryScale, Filler, Legend, LinearScale, LineElement, PointElement, RadarController, RadialLinearScale)

export interface SeriesLabels {
  today: string
  target: string
  before: string
}

export interface ChartLayout {
  /** Bars run sideways (field names on the left, in full): for a phone, where the radar is hidden. */
  horizontal?: boolean
}

/** A field name in lines of about `width` characters, so it fits beside sideways bars. */
function wrapLabel(label: string, width = 18): string[] {
  const lines: string[] = []
  for (const word of label.split(/\s+/)) {
    const last = lines.length - 1
    if (last >= 0 && lines[last]!.length + 1 + word.length <= width) lines[last] += ` ${word}`
    else lines.push(word)
  }
  return lines
}

const BLUE = '#0b5394'
const ORANGE = '#a34700'
const GREY = '#4a4a4a'

/**
 * Draws the radar or bar chart. Series differ by line style and point shape as well as colour, so
 * nothing depends on colour alone; animation is off (reduced motion, and print renders at once).
 */
export function renderChart(canvas: HTMLCanvasElement, kind: 'radar' | 'bar', rows: ChartRow[], labels: SeriesLabels, layout: ChartLayout = {}): Chart {
  const hasBefore = rows.some((row) => row.before !== null)
  const data = (pick: (row: ChartRow) => number | null) => rows.map(pick)
  const datasets = [
    { label: labels.today, data: data((row) => row.today), borderColor: BLUE, backgroundColor: kind === 'bar' ? BLUE : 'rgba(11, 83, 148, 0.15)', pointStyle: 'circle', borderWidth: 3, fill: kind === 'radar' },
    { label: labels.target, data: data((row) => row.target), borderColor: ORANGE, backgroundColor: kind === 'bar' ? 'rgba(163, 71, 0, 0.25)' : 'transparent', pointStyle: 'triangle', borderDash: [8, 4], borderWidth: 2, fill: false },
    ...(hasBefore
      ? [{ label: labels.before, data: data((row) => row.before), borderColor: GREY, backgroundColor: kind === 'bar' ? '#ffffff' : 'transparent', pointStyle: 'rect', borderDash: [2, 3], borderWidth: 2, fill: false }]
      : []),
  ]
  const scale = { min: 0, max: 100, ticks: { stepSize: 20 } }
  // Every field is named: no label may be skipped for lack of room.
  const fields = { ticks: { autoSkip: false } }
  const horizontal = kind === 'bar' && layout.horizontal === true
  const scales = kind === 'radar' ? { r: scale } : horizontal ? { x: scale, y: fields } : { x: fields, y: scale }
  const config: ChartConfiguration<'radar' | 'bar'> = {
    type: kind,
    data: { labels: rows.map((row) => (horizontal ? wrapLabel(row.label) : row.label)), datasets },
    options: {
      animation: false,
      responsive: true,
      // Sideways bars fill the height their box is given (CSS), enough for every field's name.
      maintainAspectRatio: !horizontal,
      aspectRatio: kind === 'radar' ? 1.2 : 1.6,
      ...(horizontal ? { indexAxis: 'y' } : {}),
      plugins: { legend: { position: 'bottom', labels: { usePointStyle: true } } },
      scales,
    },
  } as ChartConfiguration<'radar' | 'bar'>
  return new Chart(canvas, config)
}
