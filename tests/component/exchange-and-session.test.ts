import { afterEach, describe, expect, it, vi } from 'vitest'
import ExchangeImportErrors from '@/components/exchange/ExchangeImportErrors.vue'
import ExchangeImportPreview from '@/components/exchange/ExchangeImportPreview.vue'
import SessionQuestionNotes from '@/components/session/SessionQuestionNotes.vue'
import ResultsActions from '@/components/results/ResultsActions.vue'
import { parseImportFile } from '@/domain/exchange/parse-import'
import { planImport } from '@/domain/exchange/plan-import'
import { companyRecord, completedRecord } from '../unit/assessment/fixtures'
import { readFixture } from '../unit/exchange/exchange-test-helpers'
import { mountWithI18n } from './mount-helpers'

afterEach(() => vi.restoreAllMocks())

describe('ExchangeImportErrors', () => {
  it('says nothing changed, lists every problem with its path in words, shows values from the file as text, and takes focus', async () => {
    const wrapper = mountWithI18n(ExchangeImportErrors, {
      attachTo: document.body,
      props: {
        fileName: '<img src=x onerror=alert(1)>.json',
        errors: [
          { path: '$.companies[0].name', code: 'too-long', params: { length: 100_025, max: 200 } },
          { path: '$.companies[0].state', code: 'not-allowed', params: { value: '<script>alert(1)</script>', allowed: 'DE-BW, DE-BY' } },
          { path: '$.assessments[0].currentStep', code: 'wrong-type', params: { expected: 'number', found: 'string' } },
        ],
      },
    })
    // The words for issues are their own chunk, loaded when the list is first shown.
    await vi.waitFor(() => expect(wrapper.get('li').text()).not.toContain('issues.'))
    expect(wrapper.get('h2').text()).toBe('Diese Datei kann nicht importiert werden. Es wurde nichts geändert.')
    expect(wrapper.findAll('li').map((li) => li.text())).toEqual([
      '$.companies[0].name: Zu lang: 100.025 Zeichen, erlaubt sind höchstens 200',
      '$.companies[0].state: „<script>alert(1)</script>“ ist nicht erlaubt; erlaubt: DE-BW, DE-BY',
      // Kinds are named in words (issueWords), not as codes.
      '$.assessments[0].currentStep: Falscher Typ: erwartet Zahl, gefunden Text',
    ])
    expect(wrapper.find('script').exists()).toBe(false)
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.get('[role=alert]').element).toBe(document.activeElement)
    wrapper.unmount()
  })
})

describe('ExchangeImportPreview', () => {
  it('names what is added, updated and skipped (with the reason)', () => {
    const parsed = parseImportFile(readFixture('company-export.json'))
    if (!parsed.ok) throw new Error('fixture')
    const stored = parsed.file.assessments[0]!
    const plan = planImport(parsed.file, {
      companies: new Map(),
      assessments: new Map([[stored.id, { updatedAt: stored.updatedAt, status: stored.status, companyId: stored.companyId, record: stored }]]),
      plans: new Map(),
    })
    const wrapper = mountWithI18n(ExchangeImportPreview, { props: { file: parsed.file, plan, targets: [], storedCompanies: {} } })
    const groups = wrapper.findAll('.import-preview > li').map((li) => li.get('strong').text())
    expect(groups).toEqual([
      'Neu: 1 Betriebe, 1 Checks, 0 Maßnahmenpläne',
      'Aktualisiert: 0 Betriebe, 0 Checks, 0 Maßnahmenpläne',
      'Schon vorhanden, bleibt unverändert: 0 Betriebe, 1 Checks, 0 Maßnahmenpläne',
    ])
    const items = wrapper.findAll('.import-preview__items li').map((li) => li.text())
    expect(items[0]).toBe(parsed.file.companies[0]!.name)
    expect(items.at(-1)).toMatch(/\(gleich\)$/)
  })

  it('shows a check stored under another business as a conflict that stays where it is, naming that business', () => {
    const parsed = parseImportFile(readFixture('company-export.json'))
    if (!parsed.ok) throw new Error('fixture')
    const [draft, done] = parsed.file.assessments
    const plan = planImport(parsed.file, {
      companies: new Map(),
      assessments: new Map([
        [draft!.id, { updatedAt: draft!.updatedAt, status: draft!.status, companyId: 'c-other' }],
        [done!.id, { updatedAt: done!.updatedAt, status: done!.status, companyId: null }],
      ]),
      plans: new Map(),
    })
    const wrapper = mountWithI18n(ExchangeImportPreview, { props: { file: parsed.file, plan, targets: [], storedCompanies: { 'c-other': 'Tischlerei Meyer' } } })
    const conflict = wrapper.get('.import-preview__conflict')
    expect(conflict.get('strong').text()).toBe('Konflikt, wird nicht übernommen: 2 Checks gibt es hier schon bei einem anderen Betrieb. Sie bleiben dort unverändert.')
    const items = conflict.findAll('li').map((li) => li.text())
    expect(items).toHaveLength(2)
    expect(items[0]).toMatch(/\(hier beim Betrieb „Tischlerei Meyer“\)$/)
    expect(items[1]).toMatch(/\(hier ohne Betrieb \(eigener Check\)\)$/)
  })
})

describe('SessionQuestionNotes', () => {
  it('groups note and follow-up under the question number and reports changes', async () => {
    const wrapper = mountWithI18n(SessionQuestionNotes, { props: { questionId: 'q7', number: 12, note: 'alt', followUp: false } })
    expect(wrapper.get('legend').text()).toBe('Beratung zu Frage 12')
    expect(wrapper.get('label[for="note-q7"]').text()).toBe('Notiz')
    expect((wrapper.get('#note-q7').element as HTMLTextAreaElement).value).toBe('alt')
    expect(wrapper.get('input[type=checkbox]').element.closest('label')?.textContent?.trim()).toBe('Wiedervorlage')
    await wrapper.get('#note-q7').setValue('Glasfaser bestellt')
    await wrapper.get('#follow-up-q7').setValue(true)
    expect(wrapper.emitted('note')).toEqual([['Glasfaser bestellt']])
    expect(wrapper.emitted('followUp')).toEqual([[true]])
  })
})

describe('ResultsActions', () => {
  function captureDownload() {
    const blobs: Blob[] = []
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob)
      return 'blob:test'
    })
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined)
    const names: string[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download)
    })
    return { blobs, names }
  }

  it('lets a business save its own check as a self-assessment file for its consultant', async () => {
    const { blobs, names } = captureDownload()
    const record = completedRecord({ id: 'own', companyId: null })
    const wrapper = mountWithI18n(ResultsActions, { props: { record } })
    const button = wrapper.findAll('button').find((item) => item.text() === 'Datei für Ihre Beraterin / Ihren Berater speichern')!
    await button.trigger('click')
    expect(names[0]).toMatch(/^reifegrad-selbsteinschaetzung-\d{4}-\d{2}-\d{2}\.json$/)
    const parsed = parseImportFile(await blobs[0]!.text())
    expect(parsed.ok && parsed.file.scope).toBe('self-assessment')
    // The file for the consultant carries the check without this business's own notes.
    expect(parsed.ok && parsed.file.assessments[0]).toEqual({ ...record, notes: {}, followUps: [] })
    expect(wrapper.get('[role=status]').text()).toContain(names[0])
  })

  it('does not offer it for a consultant’s check of a client business', () => {
    const wrapper = mountWithI18n(ResultsActions, { props: { record: completedRecord({ companyId: companyRecord().id }) } })
    expect(wrapper.text()).not.toContain('Beraterin')
  })
})
