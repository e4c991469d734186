import { BYTE_BUDGETS, SURVEYJS_PAGE_GZIP_BYTES, SURVEYJS_SHARE } from './budgets'
import { FLAGSHIP_SOURCE, formatKb, measureBundle, type BundleFigures, type ByteFigure } from './bundle-size'
import { readManifest } from './bundle-graph'
import type { Row, SectionResult } from './report'
import type { PeerBytes } from './surveyjs-peer-page'

const SECTION = 'bytes (gzip)'

/** Gzipped JS of the two stack floors (buildStackFloor): pages with only libraries, no app code. */
export interface StackFloors {
  withFormLibraries: number
  withoutFormLibraries: number
}

/** The SurveyJS peer page as measured (buildSurveyJsPeer), with the versions of its libraries. */
export interface MeasuredPeer extends PeerBytes {
  libraries: string
}

/**
 * Byte figures of a build made by buildApp(), as table rows, with the stack floors for scale and the
 * SurveyJS peer page measured next to the fixed yardstick SURVEYJS_PAGE_GZIP_BYTES.
 */
export function benchBytes(
  outDir: string,
  floors: StackFloors,
  peer: MeasuredPeer,
): SectionResult<BundleFigures & { stackFloorJs: StackFloors; surveyJsPeer: MeasuredPeer & { fixedYardstick: number; appRatio: number; appRatioToFixed: number } }> {
  const figures = measureBundle(outDir)
  const flagshipFile = readManifest(outDir)[FLAGSHIP_SOURCE]!.file
  const flagship = figures.questionnaire.files.find((entry) => entry.file === flagshipFile)?.gzip ?? 0
  const row = (metric: string, bytes: number, budget?: number, detail = ''): Row => ({
    section: SECTION,
    metric,
    value: `${formatKb(bytes)}${detail}`,
    target: budget === undefined ? '' : `≤ ${formatKb(budget)}`,
    ok: budget === undefined ? null : bytes <= budget,
  })
  const floorRow = (metric: string, bytes: number) =>
    row(metric, bytes, undefined, ` (${formatKb(BYTE_BUDGETS.questionnaireJs - bytes)} of the questionnaire budget left for app code and content)`)
  const count = (figure: ByteFigure) => ` (${figure.files.length} files)`
  const rows: Row[] = [
    row('start page, first load: JS', figures.firstLoad.js, BYTE_BUDGETS.firstLoadJs, count(figures.firstLoad)),
    row('start page, first load: CSS', figures.firstLoad.css),
    row(
      `answer the flagship questionnaire from the start page: JS (${SURVEYJS_SHARE} × SurveyJS page ${formatKb(SURVEYJS_PAGE_GZIP_BYTES)})`,
      figures.questionnaire.js,
      BYTE_BUDGETS.questionnaireJs,
      ` (of which questionnaire content ${formatKb(flagship)})`,
    ),
    row(
      `SurveyJS peer page, measured (${peer.libraries}): JS to answer the flagship from its start page`,
      peer.questionnaireJs,
      undefined,
      ` (of which questionnaire content ${formatKb(peer.contentJs)}; the budget's yardstick stays ${formatKb(SURVEYJS_PAGE_GZIP_BYTES)})`,
    ),
    {
      section: SECTION,
      metric: `app ÷ SurveyJS peer: JS to answer the flagship (decided share ${SURVEYJS_SHARE})`,
      value: `${(figures.questionnaire.js / peer.questionnaireJs).toFixed(3)} of the measured peer, ${(figures.questionnaire.js / SURVEYJS_PAGE_GZIP_BYTES).toFixed(3)} of the fixed ${formatKb(SURVEYJS_PAGE_GZIP_BYTES)}`,
      target: '',
      ok: null,
    },
    row('SurveyJS peer page: results with chart.js: JS / CSS', peer.resultsJs, undefined, ` / ${formatKb(peer.css)}`),
    floorRow('stack floor: Vue, vue-router, pinia, vee-validate, yup, idb, no app code (for scale)', floors.withFormLibraries),
    floorRow('stack floor without vee-validate and yup (for scale)', floors.withoutFormLibraries),
    row('results page opened directly: JS (chart, catalogue, questionnaire included)', figures.results.js, undefined, count(figures.results)),
    figures.consultant
      ? row('consultant (company) routes: JS', figures.consultant.js, undefined, count(figures.consultant))
      : { section: SECTION, metric: 'consultant (company) routes: JS', value: 'n/a (not built yet)', target: '', ok: null },
    row('total: JS, every chunk', figures.total.js, undefined, count(figures.total)),
    row('total: CSS', figures.total.css),
    row('service worker scripts (not loaded by the page)', figures.serviceWorker.js),
  ]
  const surveyJsPeer = {
    ...peer,
    fixedYardstick: SURVEYJS_PAGE_GZIP_BYTES,
    appRatio: figures.questionnaire.js / peer.questionnaireJs,
    appRatioToFixed: figures.questionnaire.js / SURVEYJS_PAGE_GZIP_BYTES,
  }
  return { figures: { ...figures, stackFloorJs: floors, surveyJsPeer }, rows }
}
