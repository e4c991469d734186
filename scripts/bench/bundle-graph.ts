import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Manifest } from 'vite'

/**
 * The chunk graph of a build, read from Vite's build manifest (`build.manifest: true`): which chunk
 * comes from which source file, and what each chunk imports statically and lazily. Parsing the
 * minified output instead would break with every change of the bundler's output format.
 */

export function readManifest(outDir: string): Manifest {
  const file = resolve(outDir, '.vite/manifest.json')
  if (!existsSync(file)) {
    throw new Error(`No build manifest at ${file}: build with \`build.manifest: true\` (see scripts/bench/build-app.ts).`)
  }
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest
}

/** What index.html loads itself: module scripts, modulepreload links and stylesheets (paths below outDir). */
export function htmlReferences(outDir: string): { scripts: string[]; styles: string[] } {
  const html = readFileSync(resolve(outDir, 'index.html'), 'utf8')
  const scripts: string[] = []
  const styles: string[] = []
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
    const src = attribute(tag, 'src') ?? attribute(tag, 'href')
    if (!src || /^(?:[a-z]+:)?\/\//i.test(src)) continue
    const rel = attribute(tag, 'rel')
    const path = src.replace(/^\//, '')
    if (tag.startsWith('<script') || rel === 'modulepreload') scripts.push(path)
    else if (rel === 'stylesheet') styles.push(path)
  }
  return { scripts, styles }
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}=["']([^"']*)["']`, 'i').exec(tag)?.[1]
}

/** The manifest key of the chunk written to `file`, if the bundler made it. */
export function keyOfFile(manifest: Manifest, file: string): string | undefined {
  return Object.keys(manifest).find((key) => manifest[key]?.file === file)
}

/**
 * The chunks a page needs when it starts from `startKeys`: their static imports, transitively, and
 * the chunks they load lazily (e.g. a chart), except `skipLazy` targets — other routes' views and
 * other questionnaires are loaded only when the user goes there.
 */
export function chunksNeeded(manifest: Manifest, startKeys: string[], skipLazy: (key: string) => boolean): Set<string> {
  const needed = new Set<string>()
  const queue = [...startKeys]
  while (queue.length > 0) {
    const key = queue.pop()!
    if (needed.has(key)) continue
    const chunk = manifest[key]
    if (!chunk) throw new Error(`${key} is not in the build manifest`)
    needed.add(key)
    queue.push(...(chunk.imports ?? []))
    queue.push(...(chunk.dynamicImports ?? []).filter((target) => !skipLazy(target)))
  }
  return needed
}

/** The JS and CSS files of a set of chunks. */
export function filesOfChunks(manifest: Manifest, keys: Iterable<string>): { js: Set<string>; css: Set<string> } {
  const js = new Set<string>()
  const css = new Set<string>()
  for (const key of keys) {
    const chunk = manifest[key]!
    if (chunk.file.endsWith('.js')) js.add(chunk.file)
    else if (chunk.file.endsWith('.css')) css.add(chunk.file)
    for (const file of chunk.css ?? []) css.add(file)
  }
  return { js, css }
}
