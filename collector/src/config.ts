import type { CollectorOptions } from './collector.ts'

/**
 * The collector's environment variables (README.md lists them) → options for startCollector.
 * Throws with a message naming the variable when a value makes no sense.
 */
export function optionsFromEnvironment(env: NodeJS.ProcessEnv): CollectorOptions {
  const text = (name: string) => {
    const value = env[name]?.trim()
    return value ? value : undefined
  }
  const integer = (name: string, fallback: number, min: number, max: number) => {
    const value = text(name)
    if (value === undefined) return fallback
    const number = Number(value)
    if (!Number.isInteger(number) || number < min || number > max) throw new Error(`${name} must be a whole number from ${min} to ${max}, not "${value}"`)
    return number
  }
  const origins = (text('COLLECTOR_ALLOWED_ORIGINS') ?? '').split(',').map((origin) => origin.trim().replace(/\/+$/, '')).filter(Boolean)
  for (const origin of origins) {
    let parsed: URL
    try {
      parsed = new URL(origin)
    } catch {
      throw new Error(`COLLECTOR_ALLOWED_ORIGINS: "${origin}" is not an origin like https://app.example`)
    }
    if (parsed.origin !== origin) throw new Error(`COLLECTOR_ALLOWED_ORIGINS: "${origin}" must be scheme, host and port only (${parsed.origin})`)
  }
  const rateLimitMax = integer('COLLECTOR_RATE_LIMIT_MAX', 60, 0, 1_000_000)
  const retention = integer('COLLECTOR_RETENTION_MONTHS', 0, 0, 1200)
  const trustProxy = text('COLLECTOR_TRUST_PROXY')
  return {
    host: text('COLLECTOR_HOST') ?? '127.0.0.1',
    port: integer('COLLECTOR_PORT', 8787, 0, 65535),
    databaseUrl: text('DATABASE_URL'),
    dataDir: text('COLLECTOR_DATA_DIR'),
    poolSize: integer('COLLECTOR_DB_POOL_SIZE', 10, 2, 1000),
    allowedOrigins: origins,
    basePath: text('COLLECTOR_BASE_PATH') ?? '/api',
    rateLimit: rateLimitMax === 0 ? false : { max: rateLimitMax, windowSeconds: integer('COLLECTOR_RATE_LIMIT_WINDOW_SECONDS', 60, 1, 86_400) },
    trustProxy: trustProxy === undefined || trustProxy === 'false' ? false : trustProxy === 'true' ? true : /^\d+$/.test(trustProxy) ? Number(trustProxy) : trustProxy,
    snapshotHours: integer('COLLECTOR_SNAPSHOT_HOURS', 24, 0, 24 * 366),
    retentionMonths: retention === 0 ? null : retention,
    logLevel: text('COLLECTOR_LOG_LEVEL') ?? 'info',
  }
}
