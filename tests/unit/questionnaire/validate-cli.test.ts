import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { BROKEN, FIXTURES, ROOT } from './fixtures'

function cli(...args: string[]) {
  const result = spawnSync('npx', ['tsx', 'scripts/validate-questionnaires.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 })
  return { status: result.status, output: `${result.stdout}${result.stderr}` }
}

const work = mkdtempSync(join(tmpdir(), 'reifegrad-validate-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('npm run validate:questionnaires', () => {
  it('fails on a broken file and prints the path of the problem', () => {
    const { status, output } = cli(join(BROKEN, 'duplicate-question-id.json'))
    expect(status).toBe(1)
    expect(output).toContain('✗ ')
    expect(output).toContain('  $.questions[3].id: Fragen-ID „website“ kommt doppelt vor')
    expect(output).toContain('(Question id “website” occurs twice')
  })

  it('passes on a valid file and prints its id, version, size and hash', () => {
    const { status, output } = cli('--lang', 'en', join(FIXTURES, 'minimal-valid.json'))
    expect(status).toBe(0)
    expect(output).toMatch(/✓ .*minimal-valid\.json \(minimal@1\.0\.0, 6 questions, sha256-[0-9a-f]{64}\)/)
    expect(output).toContain('not yet published: add it with `--publish`')
  })

  it('publishes once, then refuses an edit of the published version', () => {
    const file = join(work, 'minimal.json')
    const lock = join(work, 'published.json')
    copyFileSync(join(FIXTURES, 'minimal-valid.json'), file)
    writeFileSync(lock, '{}\n')

    expect(cli('--lang', 'en', '--lock', lock, '--publish', file).status).toBe(0)
    const published = JSON.parse(readFileSync(lock, 'utf8')) as Record<string, string>
    expect(Object.keys(published)).toEqual(['minimal@1.0.0'])

    const edited = JSON.parse(readFileSync(file, 'utf8')) as { title: { de: string } }
    edited.title.de = 'Geändert'
    writeFileSync(file, JSON.stringify(edited))
    const { status, output } = cli('--lang', 'en', '--lock', lock, '--publish', file)
    expect(status).toBe(1)
    expect(output).toContain('published version minimal@1.0.0 was edited')
    expect(output).toContain('bump the version')
    expect(JSON.parse(readFileSync(lock, 'utf8'))).toEqual(published)
  })
})
