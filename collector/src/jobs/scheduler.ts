import type { FastifyBaseLogger } from 'fastify'
import type { Database } from '../db/database.ts'
import { latestSnapshot } from '../db/snapshots.ts'
import { publishSnapshot, type PublishReport } from './publish-job.ts'

/** The longest delay a Node timer takes (about 24.8 days). */
const MAX_TIMER_MS = 2 ** 31 - 1

export interface Scheduler {
  /** Publishes now (waits for a run already going). */
  publishNow(): Promise<PublishReport>
  /** Resolves when the first run (at start, if any) is done. */
  ready: Promise<void>
  /** Stops the timer and waits for a run that is going. */
  stop(): Promise<void>
}

/**
 * Publishes a snapshot every `hours` (0: never on its own) and once at start when none exists yet.
 * Runs one at a time; a failed run is logged and the next one tries again.
 */
export function schedulePublishing(db: Database, options: { hours: number; publishOnStart: boolean; retentionMonths: number | null; log: FastifyBaseLogger; now: () => Date }): Scheduler {
  let timer: NodeJS.Timeout | undefined
  let stopped = false
  let running: Promise<PublishReport> | undefined

  const publishNow = async (): Promise<PublishReport> => {
    while (running) await running.catch(() => undefined)
    running = publishSnapshot(db, { now: options.now(), retentionMonths: options.retentionMonths })
    try {
      const report = await running
      const { snapshot, ...figures } = report
      options.log.info({ snapshot: snapshot?.id ?? null, ...figures, durationMs: Math.round(report.durationMs) }, report.created ? 'snapshot published' : snapshot ? 'snapshot unchanged' : 'nothing to publish yet')
      return report
    } finally {
      running = undefined
    }
  }
  const runLogged = () => publishNow().then(
    () => undefined,
    (error: unknown) => options.log.error({ err: error }, 'publishing failed'),
  )
  const scheduleNext = () => {
    if (stopped || options.hours <= 0) return
    timer = setTimeout(() => void runLogged().finally(scheduleNext), Math.min(options.hours * 3_600_000, MAX_TIMER_MS))
    timer.unref()
  }

  const ready = (async () => {
    try {
      if (options.publishOnStart && !(await latestSnapshot(db))) await runLogged()
    } catch (error) {
      options.log.error({ err: error }, 'publishing at start failed')
    }
    scheduleNext()
  })()
  return {
    publishNow,
    ready,
    stop: async () => {
      stopped = true
      if (timer) clearTimeout(timer)
      await ready
      while (running) await running.catch(() => undefined)
    },
  }
}
