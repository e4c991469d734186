import type { LocalizedText } from '@/domain/questionnaire/types'

/** Problems with the device's storage as a whole; the app shows them in one place (a banner). */
export type StorageProblemKind =
  | 'blocked'
  | 'blocking'
  | 'terminated'
  | 'quota'
  | 'unavailable'
  | 'outdated'
  | 'corrupt'

/** Every way a storage call can fail; the last four concern one call and are handled by its caller. */
export type StorageErrorKind = StorageProblemKind | 'not-found' | 'invalid' | 'conflict' | 'failed'

/** What the user reads for each kind: what happened, and what to do about it. */
export const STORAGE_MESSAGES: Record<StorageErrorKind, LocalizedText> = {
  blocked: {
    de: 'Reifegrad ist noch in einem anderen Tab oder Fenster mit einer älteren Version geöffnet. Bitte schließen Sie die anderen Reifegrad-Tabs und laden Sie diese Seite neu.',
    en: 'Reifegrad is still open in another tab or window with an older version. Please close the other Reifegrad tabs and reload this page.',
  },
  blocking: {
    de: 'Reifegrad wurde in einem anderen Tab auf eine neue Version aktualisiert. Bitte laden Sie diese Seite neu, um weiterzuarbeiten. Bereits gespeicherte Eingaben bleiben erhalten.',
    en: 'Reifegrad was updated to a new version in another tab. Please reload this page to continue. Everything already saved is kept.',
  },
  terminated: {
    de: 'Der Browser hat die Verbindung zum Speicher unerwartet beendet, zum Beispiel weil Websitedaten gelöscht wurden. Bitte laden Sie die Seite neu.',
    en: 'The browser closed the connection to the storage unexpectedly, for example because site data was cleared. Please reload the page.',
  },
  quota: {
    de: 'Auf diesem Gerät ist nicht genug Speicherplatz frei. Die letzte Änderung wurde nicht gespeichert. Bitte geben Sie Speicherplatz frei, zum Beispiel indem Sie alte Checks exportieren und löschen, und versuchen Sie es erneut.',
    en: 'There is not enough free storage on this device. The last change was not saved. Please free some space, for example by exporting and deleting old checks, and try again.',
  },
  unavailable: {
    de: 'In diesem Browser können keine Daten gespeichert werden. Im privaten Modus oder wenn Websitedaten blockiert sind, ist Speichern nicht möglich. Bitte öffnen Sie Reifegrad in einem normalen Fenster und erlauben Sie Websitedaten für diese Seite.',
    en: 'This browser cannot store data. Saving does not work in private mode or when site data is blocked. Please open Reifegrad in a normal window and allow site data for this page.',
  },
  outdated: {
    de: 'Die gespeicherten Daten wurden von einer neueren Version von Reifegrad angelegt. Bitte laden Sie die Seite neu, um die neue Version zu verwenden.',
    en: 'The stored data was written by a newer version of Reifegrad. Please reload the page to use the new version.',
  },
  corrupt: {
    de: 'Ein gespeicherter Eintrag ist beschädigt und konnte nicht gelesen werden. Er wurde übersprungen; alle anderen Daten sind nicht betroffen.',
    en: 'A stored entry is damaged and could not be read. It was skipped; all other data is unaffected.',
  },
  'not-found': {
    de: 'Der Eintrag wurde nicht gefunden. Vielleicht wurde er in einem anderen Tab gelöscht.',
    en: 'The entry was not found. It may have been deleted in another tab.',
  },
  invalid: {
    de: 'Die Daten sind unvollständig oder fehlerhaft und wurden nicht gespeichert.',
    en: 'The data is incomplete or faulty and was not saved.',
  },
  conflict: {
    de: 'Die Änderung passt nicht zum gespeicherten Stand, zum Beispiel weil der Check schon abgeschlossen ist. Es wurde nichts geändert.',
    en: 'The change does not fit the stored state, for example because the check is already completed. Nothing was changed.',
  },
  failed: {
    de: 'Speichern oder Laden ist fehlgeschlagen. Bitte versuchen Sie es erneut. Wenn der Fehler bleibt, laden Sie die Seite neu und exportieren Sie eine Sicherung.',
    en: 'Saving or loading failed. Please try again. If the error persists, reload the page and export a backup.',
  },
}

const PROBLEM_KINDS: ReadonlySet<StorageErrorKind> = new Set<StorageProblemKind>([
  'blocked', 'blocking', 'terminated', 'quota', 'unavailable', 'outdated', 'corrupt',
])

/** True for kinds that concern the storage as a whole rather than one call. */
export function isStorageProblemKind(kind: StorageErrorKind): kind is StorageProblemKind {
  return PROBLEM_KINDS.has(kind)
}
