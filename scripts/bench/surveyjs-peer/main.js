// The SurveyJS peer page of the bench (not part of the app): the flagship questionnaire rendered by
// SurveyJS (survey-core + survey-vue3-ui, default theme) doing what the app's pages do. `/` is the
// survey's start page, `/schritt/N` the draft at step N (the app's /check/:id/schritt/N),
// `/ergebnis` the completed check's result: score in `completedHtml`, then the chart.js charts.
// Plain JavaScript because it runs in the browser, and scripts/ is type-checked for Node.
import 'survey-core/survey-core.fontless.css'
import './peer.css'
import { Model } from 'survey-core'
import 'survey-core/i18n/german'
import { SurveyComponent, surveyPlugin } from 'survey-vue3-ui'
import { createApp, h, nextTick } from 'vue'
import content from 'virtual:surveyjs-peer-content'
import { PEER_STORAGE } from './peer-types'
import { resultHtml, scoreSurvey } from './score.js'

const survey = new Model(content.survey)
const read = (key) => JSON.parse(localStorage.getItem(key) ?? '{}')

// Saved as the user answers, as the app saves a draft.
survey.onValueChanged.add((sender) => localStorage.setItem(PEER_STORAGE.draft, JSON.stringify(sender.data)))
survey.onComplete.add(async (sender) => {
  localStorage.setItem(PEER_STORAGE.completed, JSON.stringify(sender.data))
  const result = scoreSurvey(content.scoring, sender)
  sender.completedHtml = resultHtml(result)
  const { drawCharts } = await import('./charts.js')
  await nextTick()
  drawCharts(result)
})

const step = /^\/schritt\/(\d+)/.exec(location.pathname)
if (step) {
  survey.data = read(PEER_STORAGE.draft)
  survey.start()
  // Page 0 is the profile; the app's step N is the Nth dimension.
  survey.currentPageNo = Number(step[1])
} else if (location.pathname.startsWith('/ergebnis')) {
  survey.data = read(PEER_STORAGE.completed)
  survey.start()
  survey.doComplete()
}

createApp({ render: () => h(SurveyComponent, { model: survey }) })
  .use(surveyPlugin)
  .mount('#app')
