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

const BLUE = '#0b5394'
const ORANGE = '#a34700'
const GREY = '#4a4a4a'

/**
 * Draws the radar or bar chart. Series differ by line style and point shape as well as colour, so
 * nothing depends on colour alone; animation is off (reduced motion, and print renders at once).
 */
export function renderChart(canvas: HTMLCanvasElement, kind: 'radar' | 'bar', rows: ChartRow[], labels: SeriesLabels): Chart {
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
  const config: ChartConfiguration<'radar' | 'bar'> = {
    type: kind,
    data: { labels: rows.map((row) => row.label), datasets },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: true,
      aspectRatio: kind === 'radar' ? 1.2 : 1.6,
      plugins: { legend: { position: 'bottom', labels: { usePointStyle: true } } },
      scales: kind === 'radar' ? { r: scale } : { y: scale },
    },
  } as ChartConfiguration<'radar' | 'bar'>
  return new Chart(canvas, config)
}
