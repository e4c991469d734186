import { describe, expect, it } from 'vitest'
import { RouterLinkStub, flushPromises } from '@vue/test-utils'
import CompanyListFilters from '@/components/companies/CompanyListFilters.vue'
import CompanyListTable from '@/components/companies/CompanyListTable.vue'
import CompanyForm from '@/components/companies/CompanyForm.vue'
import CompanyDeleteConfirm from '@/components/companies/CompanyDeleteConfirm.vue'
import CompanyHistoryTable from '@/components/companies/CompanyHistoryTable.vue'
import { emptyCompanyQuery, type CompanyQuery } from '@/domain/companies/company-list'
import { companyHistory } from '@/domain/companies/company-history'
import { at, companyRecord, completedRecord, sampleResult } from '../unit/assessment/fixtures'
import { mountWithI18n } from './mount-helpers'
import type { AssessmentResult } from '@/domain/shapes/result'

const stubs = { RouterLink: RouterLinkStub }

describe('CompanyListFilters', () => {
  it('labels every control and reports each change as a new query', async () => {
    const wrapper = mountWithI18n(CompanyListFilters, { props: { query: emptyCompanyQuery() } })
    for (const input of wrapper.findAll('input, select')) {
      expect(wrapper.find(`label[for="${input.attributes('id')}"]`).exists(), input.attributes('id')).toBe(true)
    }
    expect(wrapper.get('legend').text()).toBe('Filter')
    await wrapper.get('#company-search').setValue('meyer')
    await wrapper.get('#company-filter-level').setValue('none')
    const updates = wrapper.emitted('update:query') as [CompanyQuery][]
    expect(updates[0]![0]).toMatchObject({ search: 'meyer' })
    expect(updates[1]![0]).toMatchObject({ level: 'none' })
    expect(wrapper.get('#company-filter-level').findAll('option').map((option) => option.text())).toEqual([
      'Alle', 'Stufe 1', 'Stufe 2', 'Stufe 3', 'Stufe 4', 'Stufe 5', 'noch kein Check',
    ])
    await wrapper.get('button').trigger('click')
    expect(wrapper.emitted('reset')).toHaveLength(1)
  })
})

describe('CompanyListTable', () => {
  it('shows names as links, the profile fields in words and the latest check with date, score and level', () => {
    const wrapper = mountWithI18n(CompanyListTable, {
      global: { stubs },
      props: {
        entries: [
          {
            company: companyRecord({ id: 'c-1', name: 'Tischlerei <Meyer>', sector: 'hw-holz' }),
            lastCheck: { id: 'a', questionnaireId: 'q', questionnaireVersion: '1', companyId: 'c-1', status: 'completed', createdAt: at(0), updatedAt: at(0), completedAt: at(0), overallScore: 62.5, overallLevel: 4 },
          },
          { company: companyRecord({ id: 'c-2', name: 'Ärztehaus', state: null, sector: null, employees: null }), lastCheck: null },
        ],
      },
    })
    const rows = wrapper.findAll('tbody tr').map((row) => row.findAll('th, td').map((cell) => cell.text()))
    expect(rows).toEqual([
      ['Tischlerei <Meyer>', 'Niedersachsen', 'Handwerk: Holz (Tischler und Schreiner, Drechsler, Bootsbau)', '10 bis 49 Beschäftigte', '15.01.2025: 63 von 100, Stufe 4'],
      ['Ärztehaus', '–', '–', '–', 'noch kein Check'],
    ])
    // A name is text, never markup.
    expect(wrapper.find('tbody meyer').exists()).toBe(false)
    expect(wrapper.findAllComponents(RouterLinkStub)[0]!.props('to')).toEqual({ name: 'company', params: { id: 'c-1' } })
  })
})

describe('CompanyForm', () => {
  it('refuses an empty name with an announced error and focus on the field; sends empty choices as null', async () => {
    const wrapper = mountWithI18n(CompanyForm, { props: { company: null, busy: false }, attachTo: document.body })
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    const error = wrapper.get('#error-company-name')
    expect(error.text()).toBe('Bitte geben Sie den Namen des Betriebs ein.')
    expect(error.attributes('role')).toBe('alert')
    expect(wrapper.get('#field-company-name').attributes('aria-invalid')).toBe('true')
    expect(document.activeElement?.id).toBe('field-company-name')
    expect(wrapper.emitted('submit')).toBeUndefined()

    await wrapper.get('#field-company-name').setValue('  Bäckerei Brandt ')
    await wrapper.get('#field-company-state').setValue('DE-NI')
    await wrapper.get('#field-company-notes').setValue('Frau Brandt, vormittags')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.emitted('submit')).toEqual([[{ name: '  Bäckerei Brandt ', state: 'DE-NI', sector: null, employees: null, contactNotes: 'Frau Brandt, vormittags' }]])
    wrapper.unmount()
  })

  it('starts with the stored values when editing', () => {
    const wrapper = mountWithI18n(CompanyForm, { props: { company: companyRecord(), busy: false } })
    expect((wrapper.get('#field-company-name').element as HTMLInputElement).value).toBe('Tischlerei Meyer')
    expect((wrapper.get('#field-company-employees').element as HTMLSelectElement).value).toBe('10-49')
  })
})

describe('CompanyDeleteConfirm', () => {
  it('a company without checks is deleted after one confirmation', async () => {
    const wrapper = mountWithI18n(CompanyDeleteConfirm, { props: { name: 'Ärztehaus', checkCount: 0, busy: false } })
    await wrapper.get('button').trigger('click')
    expect(wrapper.text()).toContain('Den Betrieb „Ärztehaus“ löschen?')
    await wrapper.get('button.button--danger').trigger('click')
    expect(wrapper.emitted('remove')).toEqual([[false]])
  })

  it('a company with checks needs the explicit "with all checks" step and a second confirmation; cancel goes back', async () => {
    const wrapper = mountWithI18n(CompanyDeleteConfirm, { props: { name: 'Tischlerei Meyer', checkCount: 3, busy: false }, attachTo: document.body })
    await wrapper.get('button').trigger('click')
    await flushPromises()
    expect(wrapper.text()).toContain('Zu „Tischlerei Meyer“ gibt es 3 Checks')
    expect(document.activeElement?.getAttribute('role')).toBe('group')
    const buttons = () => wrapper.findAll('button').map((button) => button.text())
    expect(buttons()).toEqual(['Betrieb mit allen Checks löschen', 'Abbrechen'])
    await wrapper.get('button.button--danger').trigger('click')
    expect(wrapper.text()).toContain('„Tischlerei Meyer“ und alle 3 Checks endgültig löschen?')
    expect(wrapper.emitted('remove')).toBeUndefined()
    await wrapper.findAll('button')[1]!.trigger('click')
    await flushPromises()
    expect(buttons()).toEqual(['Betrieb löschen'])
    expect(document.activeElement?.textContent?.trim()).toBe('Betrieb löschen')
    await wrapper.get('button').trigger('click')
    await wrapper.get('button.button--danger').trigger('click')
    await wrapper.get('button.button--danger').trigger('click')
    expect(wrapper.emitted('remove')).toEqual([[true]])
    wrapper.unmount()
  })
})

describe('CompanyHistoryTable', () => {
  function result(overall: number, breitband: number): AssessmentResult {
    const base = sampleResult()
    return { ...base, overall: { ...base.overall, score: overall, level: 3 }, dimensions: [{ ...base.dimensions[0]!, score: breitband }] }
  }

  it('has a column per check with a link to its result, and each score with its signed change', () => {
    const points = companyHistory([
      completedRecord({ id: 'a', completedAt: at(0), result: result(50, 40) }),
      completedRecord({ id: 'b', completedAt: at(60 * 24 * 30), result: result(58.4, 40.2) }),
      completedRecord({ id: 'c', completedAt: at(60 * 24 * 60), result: result(52, 45) }),
    ])
    const wrapper = mountWithI18n(CompanyHistoryTable, { global: { stubs }, props: { points, questionnaireTitle: () => 'Digitalisierungsgrad-Check' } })
    expect(wrapper.findAll('thead th').map((th) => th.text().replace(/\s+/g, ' '))).toEqual(['Bereich', 'T0 15.01.2025', 'T1 14.02.2025', 'T2 16.03.2025'])
    const row = (title: string) => wrapper.findAll('tbody tr').find((tr) => tr.get('th').text() === title)!.findAll('td').map((td) => td.text().replace(/\s+/g, ' '))
    expect(row('Gesamt')).toEqual(['50 Stufe 3', '58 (+8) Stufe 3', '52 (-6) Stufe 3'])
    expect(row('Breitband gewerblich')).toEqual(['40', '40 (±0)', '45 (+5)'])
    expect(row('Bildungseinrichtungen')).toEqual(['–', '–', '–'])
    expect(wrapper.findAllComponents(RouterLinkStub).map((link) => link.attributes('aria-label'))).toEqual([
      'Ergebnis von T0 ansehen', 'Ergebnis von T1 ansehen', 'Ergebnis von T2 ansehen',
    ])
    // The scrollable table can be reached and scrolled by keyboard.
    expect(wrapper.get('.table-scroll').attributes('tabindex')).toBe('0')
  })
})
