import type { FastifyInstance } from 'fastify'
import type { Database } from '../db/database.ts'
import { latestSnapshot, snapshotCell, snapshotCells } from '../db/snapshots.ts'
import { isEmployeeClass, isStateCode, QUESTIONNAIRE_PATTERN, sectorGroupOf } from '../payload/codes.ts'
import { sendError } from './errors.ts'

/**
 * The published aggregates, answered only from the latest stored snapshot, never from a live query
 * over submissions: GET {base}/v2/snapshot (contract v2) and GET {base}/benchmarks (contract v1).
 */
export function registerSnapshotRoutes(app: FastifyInstance, db: Database): void {
  const cacheFor = (seconds: number) => `public, max-age=${seconds}`

  app.get('/v2/snapshot', async (request, reply) => {
    const questionnaire = questionnaireParameter(request.query)
    if (typeof questionnaire !== 'string') return sendError(reply, 400, questionnaire.code, questionnaire.message)
    const snapshot = await latestSnapshot(db)
    if (!snapshot) return sendError(reply, 404, 'no-snapshot', 'Nothing has been published yet')
    const cells = await snapshotCells(db, snapshot.id, questionnaire)
    return reply.header('cache-control', cacheFor(300)).send({ snapshot, questionnaire, cells })
  })

  app.get('/benchmarks', async (request, reply) => {
    const questionnaire = questionnaireParameter(request.query)
    if (typeof questionnaire !== 'string') return sendError(reply, 400, questionnaire.code, questionnaire.message)
    const query = request.query as Record<string, unknown>
    const filters = Object.fromEntries(['state', 'sector', 'employees'].flatMap((name) => (typeof query[name] === 'string' && query[name] ? [[name, query[name] as string]] : [])))
    const place = v1Cell(filters)
    const snapshot = await latestSnapshot(db)
    const cell = place && snapshot ? await snapshotCell(db, snapshot.id, questionnaire, place.breakdown, place.group, 'all') : null
    if (!snapshot || !cell) {
      return sendError(reply, 404, 'group-too-small', `No published figures for this group (fewer than ${snapshot?.minGroupSize ?? 10} submissions, or not a published breakdown)`, { minGroupSize: snapshot?.minGroupSize ?? 10 })
    }
    const dimensions = Object.fromEntries(Object.entries(cell.dimensions).map(([id, summary]) => [id, summary.mean]))
    return reply.header('cache-control', cacheFor(300)).send({ questionnaire, filters, groupSize: cell.n, overall: cell.overall.mean, dimensions, snapshot: { id: snapshot.id, publishedAt: snapshot.publishedAt } })
  })
}

function questionnaireParameter(query: unknown): string | { code: string; message: string } {
  const value = (query as Record<string, unknown>).questionnaire
  if (value === undefined || value === '') return { code: 'missing-questionnaire', message: 'questionnaire (id@version) is required' }
  if (typeof value !== 'string' || value.length > 100 || !QUESTIONNAIRE_PATTERN.test(value)) return { code: 'invalid-questionnaire', message: 'questionnaire must be id@version, e.g. digitalisierungsgrad-check@2.0.0' }
  return value
}

/**
 * The published cell a v1 query names: its filters choose the breakdown (state → state, state and
 * sector → state-sector, …). A v1 or v2 sector code is read as its sector group. Null when the
 * combination is not a published breakdown (e.g. all three filters) or a value is unknown.
 */
export function v1Cell(filters: Record<string, string>): { breakdown: string; group: Record<string, string> } | null {
  const group: Record<string, string> = {}
  if (filters.state !== undefined) {
    if (!isStateCode(filters.state)) return null
    group.state = filters.state
  }
  if (filters.sector !== undefined) {
    const sectorGroup = sectorGroupOf(filters.sector)
    if (!sectorGroup) return null
    group.sectorGroup = sectorGroup
  }
  if (filters.employees !== undefined) {
    if (!isEmployeeClass(filters.employees)) return null
    group.employees = filters.employees
  }
  const breakdown = BREAKDOWN_BY_FILTERS[Object.keys(group).sort().join('+')]
  return breakdown ? { breakdown, group } : null
}

const BREAKDOWN_BY_FILTERS: Record<string, string> = {
  '': 'national',
  state: 'state',
  sectorGroup: 'sector',
  employees: 'size',
  'sectorGroup+state': 'state-sector',
  'employees+state': 'state-size',
}
