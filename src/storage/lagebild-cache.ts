import { CACHE_VERSION, cachedSnapshotSchema, type CachedSnapshot, type LagebildSnapshot } from '@/domain/lagebild/snapshot'
import { parseOrNull } from '@/domain/schema/kit'
import { getSetting, setSetting } from './settings-repository'

/** The last snapshot of the regional figures seen for a questionnaire version, kept for offline use. */
const keyOf = (questionnaire: string) => `lagebild:${questionnaire}`

/** The kept snapshot, or null (none yet, or not readable by this version). */
export async function readCachedSnapshot(questionnaire: string): Promise<CachedSnapshot | null> {
  const stored = await getSetting<unknown>(keyOf(questionnaire))
  return stored === undefined ? null : parseOrNull(cachedSnapshotSchema, stored)
}

/** Keeps a snapshot just fetched. */
export async function keepSnapshot(snapshot: LagebildSnapshot, fetchedAt: string): Promise<CachedSnapshot> {
  const cached: CachedSnapshot = { schemaVersion: CACHE_VERSION, fetchedAt, snapshot }
  await setSetting(keyOf(snapshot.questionnaire), cached)
  return cached
}
