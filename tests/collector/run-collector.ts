// Runs the reference collector by hand: npx tsx tests/collector/run-collector.ts [port] [data-file]
import { startCollector } from './collector'

const port = Number(process.argv[2] ?? 8787)
const dataFile = process.argv[3] ?? 'collector-data.json'
const collector = await startCollector({ port, dataFile })
console.log(`Reifegrad reference collector on ${collector.url}, storing to ${dataFile}`)
