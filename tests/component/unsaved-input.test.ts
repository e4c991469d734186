import { describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import ProfileForm from '@/components/profile/ProfileForm.vue'
import { flushUnsavedInput } from '@/stores/unsaved-input'
import { mountWithI18n } from './mount-helpers'

// An app update reloads the page only when flushUnsavedInput() says everything is saved.
describe('unsaved input before an app update', () => {
  it('a changed, not yet submitted profile form counts as unsaved until it is gone', async () => {
    const wrapper = mountWithI18n(ProfileForm, { props: { profile: { state: 'DE-NI' }, busy: false, asked: ['state', 'sector'] } })
    expect(await flushUnsavedInput()).toBe(true)
    await wrapper.get('#field-state').setValue('DE-BY')
    await flushPromises()
    expect(await flushUnsavedInput()).toBe(false)
    wrapper.unmount()
    expect(await flushUnsavedInput()).toBe(true)
  })
})
