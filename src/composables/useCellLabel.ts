import { shallowReactive } from 'vue'
import { DISTRICT_LOADERS } from 'virtual:districts'
import type { LagebildCell } from '@/domain/lagebild/snapshot'
import { useI18n } from '@/i18n/translator'
import { useCodeLabel } from './useCodeLabel'

/**
 * Names a published group of the Lagebild ("Niedersachsen · Industrie"), district names included:
 * each state's list of Kreise is loaded the first time a district of it is named.
 */
export function useCellLabel() {
  const { t } = useI18n()
  const { codeLabel } = useCodeLabel()
  const districtNames = shallowReactive(new Map<string, string>())
  const requested = new Set<string>()

  function districtName(state: string, code: string): string {
    const load = DISTRICT_LOADERS[state]
    if (!requested.has(state) && load) {
      requested.add(state)
      void load().then((module) => module.default.forEach(([districtCode, name]) => districtNames.set(districtCode, name)), () => undefined)
    }
    return districtNames.get(code) ?? code
  }

  function cellLabel(cell: LagebildCell): string {
    const { state, district, sectorGroup, employees, campaign } = cell.group
    const parts: string[] = []
    if (cell.breakdown === 'national') parts.push(t('lagebild.groups.national'))
    if (cell.breakdown === 'campaign' && campaign) parts.push(t('lagebild.groups.campaign', { code: campaign }))
    if (district && state) parts.push(districtName(state, district))
    else if (state) parts.push(codeLabel('state', state) ?? state)
    if (sectorGroup) parts.push(t(`lagebild.sectorGroups.${sectorGroup}`))
    if (employees) parts.push(codeLabel('employees', employees) ?? employees)
    if (cell.period !== 'all') parts.push(cell.period.replace('-Q', ' Q'))
    return parts.join(' · ')
  }

  return { cellLabel }
}
