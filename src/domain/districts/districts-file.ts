import { isoDate } from '../schema/fields'
import { array, object, oneOf, optional, parse, refine, string, type Infer, type ParseResult } from '../schema/kit'
import { quote } from '../schema/issue'
import { DISTRICT_CODE, STATE_CODES, STATE_OF_AGS_PREFIX, type StateCode } from '../shapes/profile'

/**
 * The official list of Kreise and kreisfreie Städte (`questionnaires/districts.json`): a business
 * picks its district from it, matching uses its codes, and the anonymous payload sends a code,
 * never free text. The list names its source and the date of its territorial status.
 */

const sourceFields = {
  title: string({ min: 1, max: 500 }),
  url: string({ min: 1, max: 1000 }),
  publisher: string({ min: 1, max: 300 }),
  seen: isoDate(),
}

const districtSchema = object({
  code: string({ pattern: DISTRICT_CODE, format: 'district-code' }),
  name: string({ min: 1, max: 120, nonBlank: true }),
  state: oneOf(STATE_CODES),
  kind: oneOf(['landkreis', 'kreisfreie-stadt'] as const),
})

export const districtsFileSchema = refine(
  object({
    $schema: optional(string({ max: 500 })),
    asOf: isoDate(),
    source: object({ ...sourceFields, checkedAgainst: optional(object({ ...sourceFields, note: optional(string({ max: 4000 })) })) }),
    districts: array(districtSchema, { min: 1, max: 1000 }),
  }),
  (file, problem) => {
    const seen = new Map<string, number>()
    file.districts.forEach((district, index) => {
      const at = `$.districts[${index}]`
      const first = seen.get(district.code)
      if (first !== undefined) problem(`${at}.code`, 'duplicate', { value: district.code, first: `$.districts[${first}]` })
      seen.set(district.code, index)
      if (STATE_OF_AGS_PREFIX[district.code.slice(0, 2)] !== district.state) {
        problem(`${at}.state`, 'district-outside-state', { district: quote(district.code), state: district.state })
      }
    })
  },
)

export type DistrictsFile = Omit<Infer<typeof districtsFileSchema>, '$schema'>
export type District = DistrictsFile['districts'][number]

/** Checks a districts file (parsed JSON). */
export function loadDistrictsFile(input: unknown): ParseResult<DistrictsFile> {
  return parse(districtsFileSchema, input)
}

/** The districts of one state, in the list's order (by code). */
export function districtsOfState(file: Pick<DistrictsFile, 'districts'>, state: StateCode): District[] {
  return file.districts.filter((district) => district.state === state)
}
