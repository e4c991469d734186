import { describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import ProfileForm from '@/components/profile/ProfileForm.vue'
import { mountWithI18n } from './mount-helpers'

// vee-validate validates asynchronously (yup schemas return promises); let it settle.
async function settle() {
  for (let i = 0; i < 5; i += 1) {
    await flushPromises()
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

describe('ProfileForm', () => {
  it('on an empty submit shows an error summary with links and inline errors, and emits nothing', async () => {
    const wrapper = mountWithI18n(ProfileForm, { props: { profile: {}, busy: false }, attachTo: document.body })
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

  it('rejects a headcount that does not fit the size class', async () => {
    const wrapper = mountWithI18n(ProfileForm, {
      props: { profile: { state: 'DE-BY', sector: 'hw-bau', employees: '10-49', turnover: 'le2m', apprentices: false }, busy: false },
    })
    await wrapper.get('#field-headcount').setValue('60')
    await wrapper.get('form').trigger('submit')
    await settle()
    expect(wrapper.get('#error-headcount').text()).toBe('Die genaue Zahl passt nicht zur gewählten Größenklasse.')
    expect(wrapper.emitted('submit')).toBeUndefined()
  })

  it('emits a clean profile without empty optional fields', async () => {
    const wrapper = mountWithI18n(ProfileForm, {
      props: { profile: { state: 'DE-NI', sector: 'hw-kfz', employees: '10-49', turnover: 'le10m', apprentices: true }, busy: false },
    })
    await wrapper.get('#field-headcount').setValue(' 12 ')
    await wrapper.get('form').trigger('submit')
    await settle()
    expect(wrapper.emitted('submit')).toEqual([[{ state: 'DE-NI', sector: 'hw-kfz', employees: '10-49', turnover: 'le10m', apprentices: true, headcount: 12 }]])
  })
})
