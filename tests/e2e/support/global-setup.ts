import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import type { TestProject } from 'vitest/node'
import { serveDirectory } from './static-server'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}

/** Serves the production build (made by `npm run build` before the browser tests) for all e2e files. */
export default async function setup(project: TestProject) {
  const dist = resolve(import.meta.dirname, '../../../dist')
  if (!existsSync(resolve(dist, 'index.html'))) {
    throw new Error('No production build in dist/. Run `npm run build` first (npm test and npm run test:e2e do).')
  }
  const server = await serveDirectory(dist)
  project.provide('baseUrl', server.url)
  return async () => {
    await server.close()
  }
}
