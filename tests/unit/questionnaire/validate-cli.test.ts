import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { addDays } from '@/domain/iso-date'
import { defaultFiles, validateFiles, type ValidateOptions } from '../../../scripts/lib/validate-files'
import { BROKEN, FIXTURES, QUESTIONNAIRES, ROOT, readJson } from './fixtures'

const work = mkdtempSync(join(tmpdir(), 'reifegrad-validate-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** The checks of `npm run validate:questionnaires`, in-process; the day is fixed so the catalogue's freshness is too. */
function validate(files: string[], options: Partial<ValidateOptions> = {}) {
  const outcome = validateFiles({ files, language: 'both', publish: false, lockFile: join(QUESTIONNAIRES, 'published.json'), today: '2026-11-29', cwd: ROOT, ...options })
  return { ...outcome, output: outcome.lines.join('\n') }
}

describe('npm run validate:questionnaires (its checks, in-process)', () => {
  it('fails on a broken file and prints the path of the problem with its words in both languages', () => {
    const { exitCode, lines } = validate([join(BROKEN, 'duplicate-question-id.json')])
    expect(exitCode).toBe(1)
    expect(lines).toEqual([
      '✗ tests/fixtures/questionnaires/broken/duplicate-question-id.json',
      '  $.questions[3].id: „website“ kommt doppelt vor (zuerst bei $.questions[0]) (“website” occurs twice (first at $.questions[0]))',
    ])
  })

  it('prints one language when asked, and a file that is no JSON as such', () => {
    const file = join(work, 'not-json.json')
    writeFileSync(file, '{ "id": ')
    const { exitCode, lines } = validate([join(BROKEN, 'duplicate-question-id.json'), file], { language: 'de', cwd: work })
    expect(exitCode).toBe(1)
    expect(lines).toContain('  $.questions[3].id: „website“ kommt doppelt vor (zuerst bei $.questions[0])')
    expect(lines.slice(-2)).toEqual(['✗ not-json.json', '  $: Die Datei ist kein gültiges JSON.'])
  })

  it('passes on a valid file and prints its id, version, size and hash', () => {
    const { exitCode, output } = validate([join(FIXTURES, 'minimal-valid.json')], { language: 'en' })
    expect(exitCode).toBe(0)
    expect(output).toMatch(/^✓ tests\/fixtures\/questionnaires\/minimal-valid\.json \(minimal@1\.0\.0, 6 questions, sha256-[0-9a-f]{64}\)$/m)
    expect(output).toContain('  note: not yet published: add it with `--publish`')
  })

  it('checks every questionnaire version and the data files by default, and all of them pass', () => {
    const files = defaultFiles(QUESTIONNAIRES)
    const names = files.map((file) => file.slice(QUESTIONNAIRES.length + 1))
    expect(names).toEqual(expect.arrayContaining(['digitalisierungsgrad-check/1.0.0.json', 'districts.json', 'measures.json', 'schnellcheck-handwerk/1.0.0.json']))
    // Not the lock, the JSON Schemas or the drafts in development.
    expect(names.filter((name) => name === 'published.json' || name.startsWith('schema/') || name.startsWith('drafts/'))).toEqual([])
    const { exitCode, output } = validate(files, { language: 'en' })
    expect(exitCode, output).toBe(0)
    expect(output).toMatch(/^✓ questionnaires\/districts\.json \(districts list, 400 districts\)$/m)
    expect(output).toMatch(/^✓ questionnaires\/measures\.json \(measures catalogue, \d+ entries, as of 2026-11-29\)$/m)
  })

  it('judges the catalogue’s freshness on the given day: an entry not verified for too long is a note, not a failure', () => {
    const catalogue = readJson(join(QUESTIONNAIRES, 'measures.json')) as { measures: { lastVerified: string }[] }
    const file = join(work, 'measures.json')
    copyFileSync(join(QUESTIONNAIRES, 'measures.json'), file)
    const verified = catalogue.measures[0]!.lastVerified
    const fresh = validate([file], { language: 'en', today: addDays(verified, 180) })
    expect(fresh.output).not.toContain('$.measures[0].lastVerified')
    const stale = validate([file], { language: 'en', today: addDays(verified, 181) })
    expect(stale.exitCode).toBe(0)
    expect(stale.output).toContain(`  note: $.measures[0].lastVerified: `)
    expect(stale.output).toContain(`${verified}, 181 days ago`)
  })

  it('publishes once, then refuses an edit of the published version', () => {
    const file = join(work, 'minimal.json')
    const lock = join(work, 'published.json')
    copyFileSync(join(FIXTURES, 'minimal-valid.json'), file)
    writeFileSync(lock, '{}\n')

    const first = validate([file], { language: 'en', lockFile: lock, publish: true })
    expect(first.exitCode).toBe(0)
    expect(first.output).toContain('note: minimal@1.0.0 added to published.json')
    const published = JSON.parse(readFileSync(lock, 'utf8')) as Record<string, string>
    expect(Object.keys(published)).toEqual(['minimal@1.0.0'])

    const edited = JSON.parse(readFileSync(file, 'utf8')) as { title: { de: string } }
    edited.title.de = 'Geändert'
    writeFileSync(file, JSON.stringify(edited))
    const { exitCode, output } = validate([file], { language: 'en', lockFile: lock, publish: true })
    expect(exitCode).toBe(1)
    expect(output).toMatch(/^ {2}\$: Published version minimal@1\.0\.0 was edited \(locked: sha256-[0-9a-f]{64}\); please bump the version$/m)
    expect(JSON.parse(readFileSync(lock, 'utf8'))).toEqual(published)
  })
})

describe('npm run validate:questionnaires (the command, end to end)', () => {
  // One real run of the script through tsx: its arguments, output and exit code. Spawning tsx takes
  // seconds on a busy machine, so the test waits far longer than the run should take.
  it('validates the given files on the given day and exits with 1 on a problem', { timeout: 120_000 }, () => {
    const result = spawnSync(
      'npx',
      ['tsx', 'scripts/validate-questionnaires.ts', '--lang', 'en', '--today', '2026-11-29', join(FIXTURES, 'minimal-valid.json'), join(BROKEN, 'duplicate-question-id.json')],
      { cwd: ROOT, encoding: 'utf8', timeout: 100_000 },
    )
    expect(result.error).toBeUndefined()
    expect(result.status, result.stderr).toBe(1)
    expect(result.stdout).toMatch(/^✓ tests\/fixtures\/questionnaires\/minimal-valid\.json \(minimal@1\.0\.0, 6 questions, sha256-[0-9a-f]{64}\)$/m)
    expect(result.stdout).toContain('✗ tests/fixtures/questionnaires/broken/duplicate-question-id.json\n  $.questions[3].id: “website” occurs twice (first at $.questions[0])')
  })
})
