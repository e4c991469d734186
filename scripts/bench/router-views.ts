import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { ROOT } from './paths'

/**
 * Route path → source file of its lazily loaded view, read from the hand-written routes in
 * src/router/index.ts (`{ path: '/x', …, component: () => import('@/views/X.vue') }`). Read as text
 * because the router module needs a browser to import.
 */
export function routeViews(routerFile = resolve(ROOT, 'src/router/index.ts')): Map<string, string> {
  const source = readFileSync(routerFile, 'utf8')
  const views = new Map<string, string>()
  // From each `path:` to the first lazy import before the next `path:`.
  for (const match of source.matchAll(/path:\s*'([^']+)'(?:(?!path:)[\s\S])*?import\(\s*'@\/([^']+)'\s*\)/g)) {
    views.set(match[1]!, `src/${match[2]!}`)
  }
  return views
}
