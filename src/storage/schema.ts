import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb'
import type { AssessmentRecord, AssessmentStatus } from '@/domain/shapes/assessment'
import type { AssessmentSummary } from '@/domain/assessment/assessment-summary'
import type { CompanyRecord } from '@/domain/shapes/company'
import type { OutboxEntry, OutboxStatus } from '@/domain/shapes/outbox-entry'
import type { PlanRecord } from '@/domain/shapes/plan'
import type { StateCode } from '@/domain/shapes/profile'

/**
 * The database schema and its version ladder. A version, once released, is never edited: a change
 * is a new version with a new step in `upgradeDatabase` that keeps every record, and a test that
 * runs the step on data written by the previous version.
 */

export const DATABASE_NAME = 'reifegrad'
export const DATABASE_VERSION = 3

/** A stored setting: any JSON-like value under a key. */
export interface SettingEntry {
  key: string
  value: unknown
}

/**
 * Lists are served from `summaries`, a copy of each assessment without its answers, written in the
 * same transaction as the assessment. Its indexes end in `updatedAt` and `id`, so "newest first"
 * and "the page after this entry" are plain key ranges, without sorting and without duplicates.
 * (A `null` companyId is not a valid index key: checks without a company are only in the indexes
 * that do not start with `companyId`.) `by-company-completed` (version 2) holds only completed checks
 * of companies, ordered by completion: the latest check of each company is one cursor step.
 */
export interface ReifegradSchema extends DBSchema {
  assessments: {
    key: string
    value: AssessmentRecord
    indexes: {
      'by-company': string
      'by-status': AssessmentStatus
      'by-updated': string
      'by-company-updated': [string, string]
    }
  }
  summaries: {
    key: string
    value: AssessmentSummary
    indexes: {
      'by-updated': [string, string]
      'by-company-updated': [string, string, string]
      'by-status-updated': [AssessmentStatus, string, string]
      'by-company-status-updated': [string, AssessmentStatus, string, string]
      'by-company-completed': [string, string, string]
    }
  }
  companies: {
    key: string
    value: CompanyRecord
    indexes: {
      'by-name': string
      'by-state': StateCode
      'by-updated': string
    }
  }
  settings: {
    key: string
    value: SettingEntry
  }
  outbox: {
    key: string
    value: OutboxEntry
    indexes: {
      /** Due entries are a key range: status, then the time of the next attempt. */
      'by-status-due': [OutboxStatus, string]
      'by-assessment': string
    }
  }
  /** Version 3: one Maßnahmenplan per completed check, keyed by the check's id. */
  plans: {
    key: string
    value: PlanRecord
    indexes: {
      'by-company': string
    }
  }
}

export type ReifegradDatabase = IDBPDatabase<ReifegradSchema>
export type ReifegradStoreName = StoreNames<ReifegradSchema>

type UpgradeTransaction = IDBPTransaction<ReifegradSchema, ReifegradStoreName[], 'versionchange'>

/**
 * Runs every upgrade step above `oldVersion` up to `newVersion`; called by IndexedDB inside the
 * versionchange transaction. (Only tests open an older version than the app's.)
 */
export function upgradeDatabase(database: ReifegradDatabase, oldVersion: number, transaction: UpgradeTransaction, newVersion = DATABASE_VERSION): void {
  const step = (version: number) => oldVersion < version && newVersion >= version
  if (step(1)) createVersion1(database)
  if (step(2)) addVersion2(transaction)
  if (step(3)) addVersion3(database)
}

function createVersion1(database: ReifegradDatabase): void {
  const assessments = database.createObjectStore('assessments', { keyPath: 'id' })
  assessments.createIndex('by-company', 'companyId')
  assessments.createIndex('by-status', 'status')
  assessments.createIndex('by-updated', 'updatedAt')
  assessments.createIndex('by-company-updated', ['companyId', 'updatedAt'])

  const summaries = database.createObjectStore('summaries', { keyPath: 'id' })
  summaries.createIndex('by-updated', ['updatedAt', 'id'])
  summaries.createIndex('by-company-updated', ['companyId', 'updatedAt', 'id'])
  summaries.createIndex('by-status-updated', ['status', 'updatedAt', 'id'])
  summaries.createIndex('by-company-status-updated', ['companyId', 'status', 'updatedAt', 'id'])

  const companies = database.createObjectStore('companies', { keyPath: 'id' })
  companies.createIndex('by-name', 'name')
  companies.createIndex('by-state', 'state')
  companies.createIndex('by-updated', 'updatedAt')

  database.createObjectStore('settings', { keyPath: 'key' })

  const outbox = database.createObjectStore('outbox', { keyPath: 'key' })
  outbox.createIndex('by-status-due', ['status', 'nextAttemptAt'])
  outbox.createIndex('by-assessment', 'assessmentId')
}

/**
 * Version 2: the company list shows each company's latest completed check. Drafts (completedAt null)
 * and checks without a company are not valid keys here, so the index holds only what the list needs.
 * The browser indexes the stored summaries itself; no record is read or rewritten.
 */
function addVersion2(transaction: UpgradeTransaction): void {
  transaction.objectStore('summaries').createIndex('by-company-completed', ['companyId', 'completedAt', 'id'])
}

/**
 * Version 3: the Maßnahmenplan, in its own store (it has its own schema and changes long after the
 * check is completed). No existing record changes; a check without a plan simply has none yet.
 */
function addVersion3(database: ReifegradDatabase): void {
  const plans = database.createObjectStore('plans', { keyPath: 'assessmentId' })
  plans.createIndex('by-company', 'companyId')
}
