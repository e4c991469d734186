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

/**
 * The minimal valid questionnaire in file format 2: the same content, every question firm
 * practice, no author's duration. Tests add context questions, steps and sources to it.
 */
export function minimalValidV2(): Record<string, unknown> & { questions: Record<string, unknown>[] } {
  const { estimatedMinutes: _minutes, ...file } = minimalValid()
  return { ...file, formatVersion: 2, questions: file.questions.map((question) => ({ ...question, scope: 'firm' })) }
}
