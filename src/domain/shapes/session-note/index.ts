import { MAX_TEXT_LENGTH } from '../../schema/fields'
import { boolean, object, string, type Infer } from '../../schema/kit'

/**
 * The consultant's note and follow-up flag on one question (session mode), as written by one save.
 * Stored inside the assessment (its `notes` and `followUps`), so it has no version of its own: the
 * assessment's version covers it.
 */
export const sessionNoteSchema = object({
  /** The whole note; empty removes it. */
  note: string({ max: MAX_TEXT_LENGTH }),
  followUp: boolean(),
})

export type SessionNote = Infer<typeof sessionNoteSchema>
