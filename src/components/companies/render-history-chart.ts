// Only the chart.js parts of the history line chart; its own chunk, loaded on the company page.
import { CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, type ChartConfiguration } from 'chart.js'

Chart.register(CategoryScale, Legend, LinearScale, LineController, LineElement, PointElement)

/** One line: a field (or the overall score) over the checks; null where a check has no score. */
export interface HistorySeries {
  label: string
  values: (number | null)[]
}

// Eight lines tell apart by point shape and dash pattern as well as colour (no meaning by colour
// alone); every colour has at least 4.5:1 contrast on white.
const STYLES = [
  { color: '#1a1a1a', pointStyle: 'circle', dash: [] },
  { color: '#0b5394', pointStyle: 'rect', dash: [6, 3] },
  { color: '#a34700', pointStyle: 'triangle', dash: [2, 2] },
  { color: '#1d6b2f', pointStyle: 'rectRot', dash: [10, 4] },
  { color: '#6a1b9a', pointStyle: 'star', dash: [4, 4, 1, 4] },
  { color: '#a1251b', pointStyle: 'crossRot', dash: [1, 3] },
  { color: '#00656b', pointStyle: 'rectRounded', dash: [12, 3, 3, 3] },
  { color: '#5c4a00', pointStyle: 'cross', dash: [8, 8] },
] as const

/** Draws the history as lines over T0, T1, …; the first series (overall) is drawn thickest. Animation is off. */
export function renderHistoryChart(canvas: HTMLCanvasElement, labels: string[], series: HistorySeries[]): Chart {
  const datasets = series.map((line, index) => {
    const style = STYLES[index % STYLES.length]!
    return {
      label: line.label,
      data: line.values,
      borderColor: style.color,
      backgroundColor: style.color,
      pointStyle: style.pointStyle,
      pointRadius: index === 0 ? 5 : 4,
      borderDash: [...style.dash],
      borderWidth: index === 0 ? 4 : 2,
      spanGaps: true,
    }
  })
  const config: ChartConfiguration<'line'> = {
    type: 'line',
    data: { labels, datasets },
    options: {
      animation: false,
      responsive: true,
      // The box's size comes from CSS: wide on a laptop, taller on a phone, where the legend of
      // eight lines takes several rows and would leave the lines no room.
      maintainAspectRatio: false,
      plugins: { legend: { position: 'bottom', labels: { usePointStyle: true } } },
      scales: { y: { min: 0, max: 100, ticks: { stepSize: 20 } } },
    },
  }
  return new Chart(canvas, config)
}
