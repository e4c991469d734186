import type { SectorCode } from '.'

/**
 * Coarse sector groups for the anonymous payload and the regional figures (docs/interfaces-v2.md
 * §1): a sector code together with a district and a size class could point at one business, a group
 * of sectors does not.
 */
export const SECTOR_GROUPS = [
  'handwerk-bau', 'handwerk-produktion', 'handwerk-personen', 'industrie', 'handel', 'dienstleistung', 'gastgewerbe', 'sonstige',
] as const
export type SectorGroup = (typeof SECTOR_GROUPS)[number]

const GROUP_OF: Readonly<Record<SectorCode, SectorGroup>> = {
  'hw-bau': 'handwerk-bau',
  'hw-ausbau': 'handwerk-bau',
  'hw-gebaeudetechnik': 'handwerk-bau',
  'hw-holz': 'handwerk-produktion',
  'hw-metall': 'handwerk-produktion',
  'hw-kfz': 'handwerk-produktion',
  'hw-textil-leder': 'handwerk-produktion',
  'hw-sonstige': 'handwerk-produktion',
  'hw-lebensmittel': 'handwerk-personen',
  'hw-gesundheit': 'handwerk-personen',
  'hw-koerperpflege-reinigung': 'handwerk-personen',
  industrie: 'industrie',
  handel: 'handel',
  logistik: 'handel',
  dienstleistung: 'dienstleistung',
  'it-kreativ': 'dienstleistung',
  'freie-berufe': 'dienstleistung',
  gastgewerbe: 'gastgewerbe',
  'gesundheit-soziales': 'sonstige',
  landwirtschaft: 'sonstige',
  sonstige: 'sonstige',
}

/** The sector group of a sector code. */
export function sectorGroupOf(sector: SectorCode): SectorGroup {
  return GROUP_OF[sector]
}
