import {
  DIMENSION_IDS,
  MAX_ENTRIES,
  MAX_ID_LENGTH,
  MAX_TEXT_LENGTH,
  isAnswerValue,
  isLevelNumber,
  isPlainObject,
  isSafeKey,
} from '../assessment/record-fields'
import { issue, type ValidationIssue } from '../validation-issue'
import { MAX_NOTE_LENGTH } from './export-file'
import { childPath, notAnObject, tooLong, unsafeKey } from './field-rules'

/**
 * Checks of the dictionaries inside an imported assessment (answers, notes, follow-ups, targets).
 * Stricter than the checks of stored records, which drop what they do not know: an import file
 * with anything unexpected is refused with the place of the problem, so nothing is lost silently.
 */

function tooManyEntries(path: string): ValidationIssue {
  return issue(path, `Mehr als ${MAX_ENTRIES} Einträge`, `More than ${MAX_ENTRIES} entries`)
}

// The safe entries of a dictionary; unsafe keys and the entry cap are reported on the way.
function entriesOf(value: Record<string, unknown>, path: string, out: ValidationIssue[]): [string, unknown][] {
  const entries = Object.entries(value)
  if (entries.length > MAX_ENTRIES) {
    out.push(tooManyEntries(path))
    return []
  }
  return entries.filter(([key]) => {
    if (isSafeKey(key)) return true
    out.push(unsafeKey(path, key))
    return false
  })
}

/** Answers by question id: each a valid answer value; `{ "na": true }` with nothing else. */
export function answersIssues(value: unknown, path: string): ValidationIssue[] {
  if (!isPlainObject(value)) return [notAnObject(path, { de: 'Antworten je Frage-ID', en: 'answers by question id' })]
  const out: ValidationIssue[] = []
  for (const [questionId, answer] of entriesOf(value, path, out)) {
    const answerPath = childPath(path, questionId)
    if (typeof answer === 'string' && answer.length > MAX_TEXT_LENGTH) out.push(tooLong(answerPath, answer.length, MAX_TEXT_LENGTH))
    // `{ "na": true }` with further keys passes isAnswerValue (stored data drops them); an import may not carry them.
    else if (!isAnswerValue(answer) || (typeof answer === 'object' && !Array.isArray(answer) && Object.keys(answer).length !== 1)) {
      out.push(
        issue(
          answerPath,
          'Keine gültige Antwort: erwartet wird eine Options-ID, eine Liste von Options-IDs, true/false, eine Zahl, ein Text oder {"na": true}',
          'Not a valid answer: expected an option id, a list of option ids, true/false, a number, a text or {"na": true}',
        ),
      )
    }
  }
  return out
}

/** Notes by question id: texts of at most `MAX_NOTE_LENGTH` characters. */
export function notesIssues(value: unknown, path: string): ValidationIssue[] {
  if (!isPlainObject(value)) return [notAnObject(path, { de: 'Notizen je Frage-ID', en: 'notes by question id' })]
  const out: ValidationIssue[] = []
  for (const [questionId, note] of entriesOf(value, path, out)) {
    const notePath = childPath(path, questionId)
    if (typeof note !== 'string') out.push(issue(notePath, 'Eine Notiz muss ein Text sein', 'A note must be a text'))
    else if (note.length > MAX_NOTE_LENGTH) out.push(tooLong(notePath, note.length, MAX_NOTE_LENGTH))
  }
  return out
}

/** Question ids marked for follow-up: a list of distinct ids. */
export function followUpsIssues(value: unknown, path: string): ValidationIssue[] {
  if (!Array.isArray(value)) return [issue(path, 'Erwartet wird eine Liste von Frage-IDs', 'Expected a list of question ids')]
  if (value.length > MAX_ENTRIES) return [tooManyEntries(path)]
  const out: ValidationIssue[] = []
  value.forEach((item: unknown, index) => {
    if (typeof item !== 'string' || !isSafeKey(item)) {
      out.push(issue(`${path}[${index}]`, `Keine gültige Frage-ID (1 bis ${MAX_ID_LENGTH} Zeichen)`, `Not a valid question id (1 to ${MAX_ID_LENGTH} characters)`))
    }
  })
  return out
}

/** Target levels by dimension: only the seven dimension ids, each with a level 1..5. */
export function targetsIssues(value: unknown, path: string): ValidationIssue[] {
  if (!isPlainObject(value)) return [notAnObject(path, { de: 'Zielstufen je Dimension', en: 'target levels by dimension' })]
  const out: ValidationIssue[] = []
  for (const [key, level] of Object.entries(value).slice(0, MAX_ENTRIES)) {
    const targetPath = childPath(path, key)
    if (!(DIMENSION_IDS as readonly string[]).includes(key)) {
      out.push(issue(targetPath, `Unbekannte Dimension „${key.slice(0, 40)}“`, `Unknown dimension “${key.slice(0, 40)}”`))
    } else if (!isLevelNumber(level)) {
      out.push(issue(targetPath, 'Die Zielstufe muss 1, 2, 3, 4 oder 5 sein', 'The target level must be 1, 2, 3, 4 or 5'))
    }
  }
  return out
}
