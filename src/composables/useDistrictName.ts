import { shallowRef, watch, type Ref } from 'vue'
import { DISTRICT_LOADERS } from 'virtual:districts'
import type { Profile } from '@/domain/shapes/profile'

/**
 * The official name of the profile's district (loaded with its state's list), or the name typed
 * into an older version of the form; null when there is none. People recognise "Landkreis
 * Vechta", not "03460".
 */
export function useDistrictName(profile: () => Profile): Ref<string | null> {
  const name = shallowRef<string | null>(null)
  watch(
    () => [profile().state, profile().district, profile().districtName] as const,
    async ([state, district, typed]) => {
      name.value = district ? null : typed ?? null
      const load = state ? DISTRICT_LOADERS[state] : undefined
      if (!district || !load) return
      const list = (await load()).default
      if (profile().district === district) name.value = list.find(([code]) => code === district)?.[1] ?? district
    },
    { immediate: true },
  )
  return name
}
