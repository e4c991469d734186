import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** Paths and readers shared by the questionnaire tests. */
export const ROOT = join(import.meta.dirname, '../../..')
export const FIXTURES = join(ROOT, 'tests/fixtures/questionnaires')
export const BROKEN = join(FIXTURES, 'broken')
export const QUESTIONNAIRES = join(ROOT, 'questionnaires')

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'))
}

/** A fresh, mutable copy of the minimal valid questionnaire file. */
export function minimalValid(): Record<string, unknown> & { questions: Record<string, unknown>[] } {
  return readJson(join(FIXTURES, 'minimal-valid.json')) as Record<string, unknown> & { questions: Record<string, unknown>[] }
}
