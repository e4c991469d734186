import { createServer } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { BENCH_PAGE_DIST, BENCH_PAGE_PATH } from './paths'
import { MIME_TYPES } from '../lib/mime'


export interface BenchServer {
  /** http://127.0.0.1:port, an origin of its own, so each server has its own empty IndexedDB. */
  url: string
  close: () => Promise<void>
}

/**
 * Serves an app build on 127.0.0.1 like a production static host: gzip, long caching for hashed
 * assets, index.html for unknown paths (history mode). Lighthouse's performance score depends on
 * transfer sizes and caching, so a plain dev-style server would understate the app. The bench page
 * is served under BENCH_PAGE_PATH on the same origin, so it shares the app's IndexedDB.
 */
export async function serveApp(appDir: string): Promise<BenchServer> {
  const compressed = new Map<string, Buffer>()
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    const [base, relative] = path.startsWith(BENCH_PAGE_PATH)
      ? [resolve(BENCH_PAGE_DIST), path.slice(BENCH_PAGE_PATH.length - 1)]
      : [resolve(appDir), path]
    let file = normalize(join(base, relative))
    if (!file.startsWith(base)) return void res.writeHead(403).end()
    const info = await stat(file).catch(() => null)
    if (info?.isDirectory()) file = join(file, 'index.html')
    else if (!info) {
      if (extname(relative)) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
      file = join(base, 'index.html')
    }
    const body = await readFile(file).catch(() => null)
    if (!body) return void res.writeHead(404).end()
    const type = MIME_TYPES[extname(file)] ?? 'application/octet-stream'
    const headers: Record<string, string> = {
      'content-type': type,
      // Vite puts a content hash in every file name under assets/; everything else may change.
      'cache-control': relative.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    }
    const gzip = /gzip/.test(String(req.headers['accept-encoding'])) && /text|javascript|json|svg/.test(type)
    if (!gzip) return void res.writeHead(200, headers).end(body)
    let packed = compressed.get(file)
    if (!packed) compressed.set(file, (packed = gzipSync(body)))
    res.writeHead(200, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' }).end(packed)
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('server has no port')
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections()
        server.close(() => done())
      }),
  }
}
