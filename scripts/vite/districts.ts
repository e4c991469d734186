import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { tsImport } from 'tsx/esm/api'
import type { Plugin } from 'vite'
import type * as DistrictsFile from '../../src/domain/districts/districts-file.ts'

/**
 * The official list of Kreise (questionnaires/districts.json), shipped as one small chunk per
 * state: the profile form shows the Kreise of the chosen state only, so it downloads a few hundred
 * bytes instead of the whole list. `virtual:districts` names the list's source and date and holds a
 * loader per state; each chunk is `[code, name][]`. The file is validated here: an invalid list
 * fails the build.
 */
const REGISTRY = 'virtual:districts'
const RESOLVED_REGISTRY = `\0${REGISTRY}`
const STATE_PART = /^(.*[\\/]questionnaires[\\/]districts\.json)\?state=(DE-[A-Z]{2})$/

let domain: Promise<typeof DistrictsFile> | undefined
const loadDomain = () => (domain ??= tsImport('../../src/domain/districts/districts-file.ts', import.meta.url) as Promise<typeof DistrictsFile>)

export function shippedDistricts({ root }: { root: string }): Plugin {
  const file = resolve(root, 'questionnaires/districts.json')
  return {
    name: 'reifegrad-districts',
    enforce: 'pre',
    resolveId(id) {
      return id === REGISTRY ? RESOLVED_REGISTRY : null
    },
    async load(id) {
      const match = STATE_PART.exec(id)
      if (id !== RESOLVED_REGISTRY && !match) return null
      this.addWatchFile(file)
      const { loadDistrictsFile, districtsOfState } = await loadDomain()
      const loaded = loadDistrictsFile(JSON.parse(readFileSync(file, 'utf8')))
      if (!loaded.ok) return this.error(`questionnaires/districts.json cannot be shipped: ${loaded.issues.map((found) => `${found.path} ${found.code}`).join('; ')}`)
      const list = loaded.value
      if (match) {
        const entries = districtsOfState(list, match[2] as Parameters<typeof districtsOfState>[1]).map((district) => [district.code, district.name])
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(entries))})\n`
      }
      const states = [...new Set(list.districts.map((district) => district.state))]
      const loaders = states.map((state) => `${JSON.stringify(state)}: () => import(${JSON.stringify(`${file}?state=${state}`)})`).join(',\n  ')
      const source = { title: list.source.title, publisher: list.source.publisher, url: list.source.url }
      return [
        `export const DISTRICTS_AS_OF = ${JSON.stringify(list.asOf)}`,
        `export const DISTRICTS_SOURCE = ${JSON.stringify(source)}`,
        `export const DISTRICT_LOADERS = {\n  ${loaders}\n}`,
        '',
      ].join('\n')
    },
  }
}
