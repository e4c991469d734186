import { describe, expect, it } from 'vitest'
import QuestionField from '@/components/questionnaire/QuestionField.vue'
import type { MultipleChoiceQuestion, NumberQuestion, SingleChoiceQuestion, YesNoQuestion } from '@/domain/questionnaire/types'
import { mountWithI18n } from './mount-helpers'

const t = (de: string) => ({ de, en: de })

const single: SingleChoiceQuestion = {
  id: 'backup', dimension: 'reifegrad', scope: 'firm', type: 'single', text: t('Wie sichern Sie Ihre Daten?'), help: t('Sicherung heißt Kopie.'),
  options: [
    { id: 'none', text: t('Gar nicht'), points: 0 },
    { id: 'tested', text: t('Getestet und getrennt'), points: 4 },
  ],
}
const multiple: MultipleChoiceQuestion = {
  id: 'tools', dimension: 'reifegrad', scope: 'firm', type: 'multiple', maxPoints: 2, text: t('Welche Werkzeuge?'),
  options: [
    { id: 'cloud', text: t('Cloud'), points: 1 },
    { id: 'erp', text: t('ERP'), points: 1 },
    { id: 'none', text: t('Keines davon'), points: 0, exclusive: true },
  ],
}
const yesno: YesNoQuestion = { id: 'mfa', dimension: 'reifegrad', scope: 'firm', type: 'yesno', text: t('MFA?'), points: { yes: 1, no: 0 } }
const number: NumberQuestion = {
  id: 'down', dimension: 'breitband', scope: 'firm', type: 'number', text: t('Download?'), unit: t('Mbit/s'), min: 0, max: 100000,
  bands: [
    { min: 0, points: 0, label: t('unter 50 Mbit/s') },
    { min: 50, points: 1, label: t('ab 50 Mbit/s') },
  ],
}

describe('QuestionField', () => {
  it('is a fieldset with the question as legend, the help text linked, and a not-applicable choice', () => {
    const wrapper = mountWithI18n(QuestionField, { props: { question: single, value: undefined, number: 3 } })
    const fieldset = wrapper.get('fieldset')
    expect(wrapper.get('legend').text()).toContain('3. Wie sichern Sie Ihre Daten?')
    expect(fieldset.attributes('aria-describedby')).toBe('q-backup-help')
    expect(wrapper.get('#q-backup-help').text()).toBe('Sicherung heißt Kopie.')
    const labels = wrapper.findAll('label').map((label) => label.text())
    expect(labels).toEqual(['Gar nicht', 'Getestet und getrennt', 'Trifft nicht zu / keine Angabe'])
  })

  it('emits the option id, and { na: true } for not applicable', async () => {
    const wrapper = mountWithI18n(QuestionField, { props: { question: single, value: undefined, number: 1 } })
    const radios = wrapper.findAll('input[type=radio]')
    await radios[1]!.setValue(true)
    await radios[2]!.setValue(true)
    expect(wrapper.emitted('answer')).toEqual([['tested'], [{ na: true }]])
  })

  it('shows the stored answer as checked', () => {
    const wrapper = mountWithI18n(QuestionField, { props: { question: single, value: { na: true }, number: 1 } })
    const checked = wrapper.findAll('input[type=radio]').map((radio) => (radio.element as HTMLInputElement).checked)
    expect(checked).toEqual([false, false, true])
  })

  it('yes/no stores booleans', async () => {
    const wrapper = mountWithI18n(QuestionField, { props: { question: yesno, value: undefined, number: 1 } })
    await wrapper.findAll('input[type=radio]')[1]!.setValue(true)
    expect(wrapper.emitted('answer')).toEqual([[false]])
  })

  it('multiple choice: an exclusive option replaces the others and the last untick leaves it unanswered', async () => {
    const wrapper = mountWithI18n(QuestionField, { props: { question: multiple, value: ['cloud', 'erp'], number: 1 } })
    const boxes = wrapper.findAll('input[type=checkbox]')
    await boxes[2]!.setValue(true)
    expect(wrapper.emitted('answer')?.at(-1)).toEqual([['none']])
    await wrapper.setProps({ value: ['cloud'] })
    await boxes[0]!.setValue(false)
    expect(wrapper.emitted('answer')?.at(-1)).toEqual([undefined])
  })

  it('number: accepts a decimal comma, rejects text and out-of-range values with a message, and names the band', async () => {
    const wrapper = mountWithI18n(QuestionField, { props: { question: number, value: undefined, number: 1 } })
    const input = wrapper.get('input[type=text]')
    await input.setValue('abc')
    expect(wrapper.get('[role=alert]').text()).toBe('Bitte geben Sie eine Zahl ein, zum Beispiel 250.')
    expect(input.attributes('aria-invalid')).toBe('true')
    await input.setValue('200000')
    expect(wrapper.get('[role=alert]').text()).toBe('Bitte geben Sie eine Zahl zwischen 0 und 100000 ein.')
    expect(wrapper.emitted('answer')).toBeUndefined()
    await input.setValue('62,5')
    expect(wrapper.emitted('answer')).toEqual([[62.5]])
    await wrapper.setProps({ value: 62.5 })
    expect(wrapper.text()).toContain('Eingeordnet als: ab 50 Mbit/s')
  })
})
