import { readdirSync, readFileSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import { versionFiles } from '../vite/shipped-questionnaires'
import { ROOT } from './paths'
import { gzipSync } from 'node:zlib'
import type { Manifest } from 'vite'
import { BYTE_BUDGETS, BYTE_CEILINGS_WHILE_OVER_BUDGET, KB } from './budgets'
import { chunksNeeded, filesOfChunks, htmlReferences, keyOfFile, readManifest } from './bundle-graph'
import { routeViews } from './router-views'

/**
 * Gzipped bytes a user downloads, per situation, computed from a build with a manifest. Shared by
 * `npm run bench` and the budget test, so both report the same figures.
 */

/** The routes a user passes to answer a questionnaire, from "Check starten" to the review. */
export const QUESTIONNAIRE_ROUTES = ['/check/neu', '/check/:id/profil', '/check/:id/schritt/:step', '/check/:id/pruefen']
export const RESULTS_ROUTE = '/check/:id/ergebnis'
export const START_ROUTE = '/'
/** Consultant mode: routes about client businesses (Betriebe), whatever they end up being called. */
const CONSULTANT_ROUTE = /betrieb|kunde|mandant|compan|client|berat/i
/**
 * The latest version of the flagship questionnaire (FLAGSHIP_QUESTIONNAIRE in
 * src/stores/questionnaires.ts; new checks use it) with German texts, its own chunk (one per
 * version and language: scripts/vite/shipped-questionnaires.ts).
 */
export const FLAGSHIP_SOURCE = `${relative(ROOT, versionFiles(ROOT, 'digitalisierungsgrad-check').at(-1)!)}?lang=de`
/**
 * The profile form loads the Kreise of the chosen state only (scripts/vite/districts.ts): the path
 * counts the largest state's list, Bayern's 96.
 */
export const DISTRICTS_SOURCE = 'questionnaires/districts.json?state=DE-BY'
/** Its texts only the results show (what each level means, advice per field), German, loaded there. */
export const FLAGSHIP_REPORT_SOURCE = `${FLAGSHIP_SOURCE}&part=report`
const MEASURES_CATALOGUE = 'questionnaires/measures.json'

export interface ByteFigure {
  /** Gzipped bytes (zlib default level). */
  js: number
  css: number
  /** Every file counted, largest first, with its gzipped size. */
  files: { file: string; gzip: number }[]
}

export interface BundleFigures {
  /** index.html's scripts, preloads and styles plus the start page's view. */
  firstLoad: ByteFigure
  /** First load of a check route plus every route and the flagship questionnaire needed to answer it. */
  questionnaire: ByteFigure
  /** The results page opened directly: entry, its view, lazy chunks (chart, catalogue) and the questionnaire. */
  results: ByteFigure
  /** Consultant routes (companies), or null while the app has none. */
  consultant: ByteFigure | null
  /** Every JS and CSS file the page can load. */
  total: ByteFigure
  /** Scripts outside assets/ (service worker, workbox): run by the service worker, not by the page. */
  serviceWorker: ByteFigure
}

export function measureBundle(outDir: string): BundleFigures {
  const manifest = readManifest(outDir)
  const views = routeViews()
  const gzip = gzipSizer(outDir)
  const html = htmlReferences(outDir)
  const htmlChunks = html.scripts.map((file) => keyOfFile(manifest, file)).filter((key) => key !== undefined)
  // Files index.html loads that the bundler did not make (e.g. an injected registration script).
  const htmlExtras = { js: html.scripts.filter((file) => !keyOfFile(manifest, file)), css: html.styles }

  const viewOf = (path: string) => {
    const source = views.get(path)
    if (!source || !manifest[source]) throw new Error(`Route ${path} has no view chunk in the build (src/router/index.ts changed?)`)
    return source
  }
  if (!manifest[FLAGSHIP_SOURCE]) throw new Error(`${FLAGSHIP_SOURCE} is not its own chunk in the build`)

  const routeSources = new Set(views.values())
  // A visit loads the texts of the language it shows (German by default); the English chunk only on a switch.
  const skipLazy = (key: string) => routeSources.has(key) || isQuestionnaire(key) || isDistrictList(key) || isOtherLocaleMessages(key)
  const figure = (startKeys: string[]): ByteFigure => {
    const files = filesOfChunks(manifest, chunksNeeded(manifest, [...htmlChunks, ...startKeys], skipLazy))
    return sizes(gzip, [...files.js, ...htmlExtras.js], [...files.css, ...htmlExtras.css])
  }

  const consultantPaths = [...views.keys()].filter((path) => CONSULTANT_ROUTE.test(path))
  return {
    firstLoad: figure([viewOf(START_ROUTE)]),
    // Counted from the start page: a visitor arrives there, then starts a check.
    questionnaire: figure([viewOf(START_ROUTE), ...QUESTIONNAIRE_ROUTES.map(viewOf), FLAGSHIP_SOURCE, DISTRICTS_SOURCE]),
    results: figure([viewOf(RESULTS_ROUTE), FLAGSHIP_SOURCE, FLAGSHIP_REPORT_SOURCE]),
    consultant: consultantPaths.length > 0 ? figure(consultantPaths.map(viewOf)) : null,
    total: totalOf(manifest, gzip, htmlExtras),
    serviceWorker: serviceWorkerOf(outDir, gzip, html.scripts),
  }
}

/** English texts (the global ones and each page's): a German visit loads them only on a language switch. */
function isOtherLocaleMessages(key: string): boolean {
  return key === 'src/i18n/messages/en.ts' || /^src\/i18n\/messages\/[a-z-]+-en\.ts$/.test(key)
}

function isQuestionnaire(key: string): boolean {
  return /^questionnaires\/[^/]+\/\d+\.\d+\.\d+\.json(?:\?lang=[a-z]+(?:&part=report)?)?$/.test(key) && key !== MEASURES_CATALOGUE
}

/** One state's list of Kreise: the profile form loads only the chosen state's. */
function isDistrictList(key: string): boolean {
  return key.startsWith('questionnaires/districts.json?state=')
}

function totalOf(manifest: Manifest, gzip: (file: string) => number, extras: { js: string[]; css: string[] }): ByteFigure {
  const files = filesOfChunks(manifest, Object.keys(manifest))
  return sizes(gzip, [...files.js, ...extras.js], [...files.css, ...extras.css])
}

function serviceWorkerOf(outDir: string, gzip: (file: string) => number, pageScripts: string[]): ByteFigure {
  const scripts = readdirSync(outDir).filter((name) => name.endsWith('.js') && !pageScripts.includes(name))
  return sizes(gzip, scripts, [])
}

function sizes(gzip: (file: string) => number, js: string[], css: string[]): ByteFigure {
  const sum = (files: string[]) => [...new Set(files)].reduce((total, file) => total + gzip(file), 0)
  const files = [...new Set([...js, ...css])].map((file) => ({ file, gzip: gzip(file) }))
  return { js: sum(js), css: sum(css), files: files.sort((a, b) => b.gzip - a.gzip || a.file.localeCompare(b.file)) }
}

/** Gzipped size per file (zlib's default level, what most servers use), each file read once. */
function gzipSizer(outDir: string): (file: string) => number {
  const cache = new Map<string, number>()
  return (file) => {
    let size = cache.get(file)
    if (size === undefined) {
      size = gzipSync(readFileSync(resolve(outDir, file))).length
      cache.set(file, size)
    }
    return size
  }
}

export interface BudgetCheck {
  key: keyof typeof BYTE_BUDGETS
  metric: string
  bytes: number
  budget: number
  ok: boolean
  /** Set while the budget is not met: the limit the figure must still stay under. */
  ceiling?: number
}

/** The hard byte budgets, checked against a build's figures. */
export function checkByteBudgets(figures: BundleFigures): BudgetCheck[] {
  return [
    { key: 'firstLoadJs', metric: 'JS on first load of the start page (gzip)', figure: figures.firstLoad },
    { key: 'questionnaireJs', metric: 'JS to answer the flagship questionnaire (gzip)', figure: figures.questionnaire },
  ].map(({ key, metric, figure }) => {
    const budget = BYTE_BUDGETS[key as keyof typeof BYTE_BUDGETS]
    const ceiling = BYTE_CEILINGS_WHILE_OVER_BUDGET[key as keyof typeof BYTE_BUDGETS]
    return { key: key as keyof typeof BYTE_BUDGETS, metric, bytes: figure.js, budget, ok: figure.js <= budget, ...(ceiling ? { ceiling } : {}) }
  })
}

export function formatKb(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} kB`
}
