import { resolve } from 'node:path'

/** Where the bench reads the app from and writes its builds and figures (all under .bench/, git-ignored). */
export const ROOT = resolve(import.meta.dirname, '../..')
export const BENCH_DIR = resolve(ROOT, '.bench')
/** The app as shipped, plus a build manifest for the chunk graph. */
export const APP_DIST = resolve(BENCH_DIR, 'dist')
/** The app with the flagship questionnaire swapped for a synthetic one with a 100-question step. */
export const SYNTHETIC_DIST = resolve(BENCH_DIR, 'dist-synthetic')
/** The bench-only page that exposes the app's storage module to the runner. */
export const BENCH_PAGE_DIST = resolve(BENCH_DIR, 'bench-page')
/** A page with the questionnaire path's libraries and nothing else (scripts/bench/stack-floor). */
export const STACK_FLOOR_DIST = resolve(BENCH_DIR, 'stack-floor')
/** The SurveyJS peer page (scripts/bench/surveyjs-peer): the flagship rendered by SurveyJS, the yardstick. */
export const SURVEYJS_PEER_DIST = resolve(BENCH_DIR, 'surveyjs-peer')
/** URL path the bench page is served under, on the same origin as the app (so both share IndexedDB). */
export const BENCH_PAGE_PATH = '/__bench/'
export const CHROMIUM_PROFILE = resolve(BENCH_DIR, 'chromium-profile')
export const RESULTS_FILE = resolve(BENCH_DIR, 'results.json')
