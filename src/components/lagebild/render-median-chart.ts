// Only the chart.js parts the Lagebild uses; its own chunk, loaded on that page.
import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js'

Chart.register(BarController, BarElement, CategoryScale, LinearScale)

/** Horizontal bars, one per group, so long group names stay readable on a phone. */
export function renderMedianChart(canvas: HTMLCanvasElement, bars: { label: string; median: number }[], seriesLabel: string): Chart {
  return new Chart(canvas, {
    type: 'bar',
    data: { labels: bars.map((bar) => bar.label), datasets: [{ label: seriesLabel, data: bars.map((bar) => bar.median), backgroundColor: '#0b5394' }] },
    options: {
      indexAxis: 'y',
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      plugins: { legend: { display: false } },
      scales: { x: { min: 0, max: 100, ticks: { stepSize: 20 } } },
    },
  })
}
