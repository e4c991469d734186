import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import PwaUpdateBanner from '@/components/pwa/PwaUpdateBanner.vue'
import TabsDraftLockNotice from '@/components/tabs/TabsDraftLockNotice.vue'
import { useAppUpdateStore } from '@/stores/app-update'
import { mountWithI18n } from './mount-helpers'

describe('PwaUpdateBanner', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('is an empty live region until a new version waits, then offers to update now or later', async () => {
    const wrapper = mountWithI18n(PwaUpdateBanner)
    const region = wrapper.get('[role="status"]')
    expect(region.text()).toBe('')

    let applied = 0
    useAppUpdateStore().offer(() => (applied += 1))
    await nextTick()
    expect(region.text()).toContain('Neue Version verfügbar')
    const buttons = region.findAll('button').map((button) => button.text())
    expect(buttons).toEqual(['Jetzt aktualisieren', 'Später'])

    await region.findAll('button')[1]!.trigger('click')
    expect(region.text()).toBe('')
    expect(applied).toBe(0)
  })

  it('"Jetzt aktualisieren" applies the update (nothing pending here) and disables the buttons meanwhile', async () => {
    const wrapper = mountWithI18n(PwaUpdateBanner)
    let applied = 0
    useAppUpdateStore().offer(() => (applied += 1))
    await nextTick()
    await wrapper.get('button.button--primary').trigger('click')
    await expect.poll(() => applied).toBe(1)
    await nextTick()
    expect(wrapper.findAll('button').every((button) => button.attributes('disabled') !== undefined)).toBe(true)
  })
})

describe('TabsDraftLockNotice', () => {
  it('says nothing while this tab edits, explains the other tab and offers to take over', async () => {
    const wrapper = mountWithI18n(TabsDraftLockNotice, { props: { state: 'editing' } })
    expect(wrapper.get('[role="status"]').text()).toBe('')
    await wrapper.setProps({ state: 'elsewhere' })
    expect(wrapper.text()).toContain('Dieser Check ist in einem anderen Tab geöffnet.')
    await wrapper.get('button').trigger('click')
    expect(wrapper.emitted('takeOver')).toHaveLength(1)
    await wrapper.setProps({ state: 'lost' })
    expect(wrapper.text()).toContain('Dieser Check wird jetzt in einem anderen Tab bearbeitet.')
    expect(wrapper.get('button').text()).toBe('Hier weiterbearbeiten')
  })
})
