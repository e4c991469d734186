// The peer's charts: the same chart.js parts and options as the app's render-chart.ts, loaded only
// when a result is shown.
import {
  BarController, BarElement, CategoryScale, Chart, Filler, Legend, LinearScale, LineElement,
  PointElement, RadarController, RadialLinearScale,
} from 'chart.js'

Chart.register(BarController, BarElement, CategoryScale, Filler, Legend, LinearScale, LineElement, PointElement, RadarController, RadialLinearScale)

const BLUE = '#0b5394'
const ORANGE = '#a34700'

function draw(canvas, kind, result) {
  if (!canvas) return
  const labels = result.dimensions.map((row) => row.title)
  const scale = { min: 0, max: 100, ticks: { stepSize: 20 } }
  new Chart(canvas, {
    type: kind,
    data: {
      labels,
      datasets: [
        { label: 'Heute', data: result.dimensions.map((row) => row.score), borderColor: BLUE, backgroundColor: kind === 'bar' ? BLUE : 'rgba(11, 83, 148, 0.15)', pointStyle: 'circle', borderWidth: 3, fill: kind === 'radar' },
        { label: 'Ziel', data: result.dimensions.map((row) => row.target), borderColor: ORANGE, backgroundColor: kind === 'bar' ? 'rgba(163, 71, 0, 0.25)' : 'transparent', pointStyle: 'triangle', borderDash: [8, 4], borderWidth: 2, fill: false },
      ],
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: true,
      aspectRatio: kind === 'radar' ? 1.2 : 1.6,
      plugins: { legend: { position: 'bottom', labels: { usePointStyle: true } } },
      scales: kind === 'radar' ? { r: scale } : { y: scale },
    },
  })
}

export function drawCharts(result) {
  draw(document.getElementById('peer-radar'), 'radar', result)
  draw(document.getElementById('peer-bar'), 'bar', result)
}
