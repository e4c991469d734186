import { describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import ProfileForm from '@/components/profile/ProfileForm.vue'
import { PROFILE_FIELD_IDS } from '@/domain/questionnaire/file-format'
import { mountWithI18n } from './mount-helpers'

/** Every field a questionnaire may ask (the hidden district name is never rendered). */
const ALL = [...PROFILE_FIELD_IDS]
/** What the flagship 1.0.0 asks. */
const FLAGSHIP = ['state', 'district', 'sector', 'employees', 'headcount', 'turnover', 'apprentices', 'role']

// vee-validate validates asynchronously (yup schemas return promises), and the district list of a
// state is loaded as its own chunk; let both settle. A few rounds, not a fixed wait for a result.
async function settle() {
  for (let i = 0; i < 5; i += 1) {
    await flushPromises()
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

/** Waits until the district list of the chosen state is there (loaded as its own chunk). */
async function districtsLoaded(wrapper: ReturnType<typeof mountWithI18n>) {
  await expect.poll(() => wrapper.find('#field-district').attributes('disabled'), { timeout: 10_000 }).toBeUndefined()
}

describe('ProfileForm', () => {
  it('on an empty submit shows an error summary with links and inline errors, and emits nothing', async () => {
    const wrapper = mountWithI18n(ProfileForm, { props: { profile: {}, busy: false, asked: ALL }, attachTo: document.body })
    await wrapper.get('form').trigger('submit')
    await settle()
    const summary = wrapper.get('[role=alert]')
    expect(summary.text()).toContain('Bitte korrigieren Sie 5 Angaben')
    expect(summary.findAll('a').map((link) => link.attributes('href'))).toEqual([
      '#field-state', '#field-sector', '#field-employees', '#field-turnover', '#field-apprentices',
    ])
    expect(wrapper.get('#field-state').attributes('aria-invalid')).toBe('true')
    expect(wrapper.get('#error-state').text()).toBe('Bitte wählen Sie das Bundesland.')
    expect(wrapper.emitted('submit')).toBeUndefined()
    wrapper.unmount()
  })

  it('asks the fields the questionnaire lists, in the order of the profile version, never the hidden district name', () => {
    const wrapper = mountWithI18n(ProfileForm, { props: { profile: {}, busy: false, asked: ['apprentices', 'state', 'districtName', 'sector'] } })
    expect(wrapper.findAll('[id^=field-]').map((field) => field.attributes('id'))).toEqual(['field-state', 'field-sector', 'field-apprentices'])
    const all = mountWithI18n(ProfileForm, { props: { profile: {}, busy: false, asked: ALL } })
    expect(all.findAll('[id^=field-]').map((field) => field.attributes('id'))).toEqual([
      'field-state', 'field-district', 'field-sector', 'field-employees', 'field-headcount', 'field-fte', 'field-turnover', 'field-tradeTax', 'field-apprentices', 'field-role',
    ])
    // Code names come from the messages (`profile.codes.<list>.<code>`).
    expect(all.get('#field-sector').findAll('option').map((option) => option.text())).toContain('Handwerk: Holz (Tischler und Schreiner, Drechsler, Bootsbau)')
  })

  it('rejects a headcount that does not fit the size class', async () => {
    const wrapper = mountWithI18n(ProfileForm, {
      props: { profile: { state: 'DE-BY', sector: 'hw-bau', employees: '10-49', turnover: 'le2m', apprentices: false }, busy: false, asked: FLAGSHIP },
    })
    await wrapper.get('#field-headcount').setValue('60')
    await wrapper.get('form').trigger('submit')
    await settle()
    expect(wrapper.get('#error-headcount').text()).toBe('Die genaue Zahl passt nicht zur gewählten Größenklasse.')
    expect(wrapper.emitted('submit')).toBeUndefined()
  })

  it('rejects more full-time equivalents than people, and accepts a decimal comma', async () => {
    const profile = { state: 'DE-NI', sector: 'hw-holz', employees: '10-49', turnover: 'le2m', apprentices: false } as const
    const wrapper = mountWithI18n(ProfileForm, { props: { profile, busy: false, asked: ALL } })
    await wrapper.get('#field-headcount').setValue('12')
    await wrapper.get('#field-fte').setValue('12,5')
    await wrapper.get('form').trigger('submit')
    await settle()
    expect(wrapper.get('#error-fte').text()).toBe('Es kann nicht mehr Vollzeitstellen als Beschäftigte geben.')
    expect(wrapper.emitted('submit')).toBeUndefined()
    await wrapper.get('#field-fte').setValue('10,5')
    await wrapper.get('form').trigger('submit')
    await settle()
    expect(wrapper.emitted('submit')).toEqual([[{ ...profile, headcount: 12, fte: 10.5 }]])
  })

  it('emits a clean profile without empty optional fields', async () => {
    const wrapper = mountWithI18n(ProfileForm, {
      props: { profile: { state: 'DE-NI', sector: 'hw-kfz', employees: '10-49', turnover: 'le10m', apprentices: true }, busy: false, asked: FLAGSHIP },
    })
    await wrapper.get('#field-headcount').setValue(' 12 ')
    await wrapper.get('form').trigger('submit')
    await settle()
    expect(wrapper.emitted('submit')).toEqual([[{ state: 'DE-NI', sector: 'hw-kfz', employees: '10-49', turnover: 'le10m', apprentices: true, headcount: 12 }]])
  })

  it('offers the Kreise of the chosen state, and a district of version 1 as a hint until one is chosen', async () => {
    const profile = { state: 'DE-NI', districtName: 'Landkreis Celle', sector: 'hw-holz', employees: '1-9', turnover: 'le2m', apprentices: true } as const
    const wrapper = mountWithI18n(ProfileForm, { props: { profile, busy: false, asked: FLAGSHIP } })
    await districtsLoaded(wrapper)
    const options = wrapper.get('#field-district').findAll('option')
    expect(options.map((option) => option.attributes('value'))).toContain('03351')
    expect(options.find((option) => option.attributes('value') === '03351')?.text()).toBe('Celle')
    expect(options.every((option) => option.attributes('value') === '' || option.attributes('value')!.startsWith('03'))).toBe(true)
    expect(wrapper.text()).toContain('Bisher eingetragen: „Landkreis Celle“. Bitte wählen Sie den Kreis aus der Liste.')

    await wrapper.get('#field-district').setValue('03351')
    await wrapper.get('form').trigger('submit')
    await settle()
    // The code replaces the name of version 1.
    const { districtName: _name, ...withoutName } = profile
    expect(wrapper.emitted('submit')).toEqual([[{ ...withoutName, district: '03351' }]])
  })

  it('clears the district when another state is chosen', async () => {
    const profile = { state: 'DE-NI', district: '03351', sector: 'hw-holz', employees: '1-9', turnover: 'le2m', apprentices: true } as const
    const wrapper = mountWithI18n(ProfileForm, { props: { profile, busy: false, asked: FLAGSHIP } })
    await districtsLoaded(wrapper)
    expect((wrapper.get('#field-district').element as HTMLSelectElement).value).toBe('03351')
    await wrapper.get('#field-state').setValue('DE-BY')
    await districtsLoaded(wrapper)
    expect((wrapper.get('#field-district').element as HTMLSelectElement).value).toBe('')
    expect(wrapper.get('#field-district').findAll('option').some((option) => option.attributes('value') === '09162')).toBe(true)
    await wrapper.get('form').trigger('submit')
    await settle()
    const { district: _district, ...rest } = profile
    expect(wrapper.emitted('submit')).toEqual([[{ ...rest, state: 'DE-BY' }]])
  })
})
