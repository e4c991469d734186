import { createServer, type Server } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, resolve } from 'node:path'
import { MIME_TYPES } from '../../../scripts/lib/mime'


export interface RunningServer {
  url: string
  close: () => Promise<void>
}

export interface ServeOptions {
  /**
   * Serves changed bytes for a URL path instead of the file's (e.g. a changed /sw.js, so that a
   * new service worker version appears). Read on every request, so a test can change it while
   * the server runs.
   */
  overrides?: Map<string, (original: Buffer) => Buffer | string>
}

/**
 * Serves the production build on 127.0.0.1 at a free port, like a static host with a history-mode
 * fallback: unknown paths without a file extension get index.html.
 */
export async function serveDirectory(root: string, options: ServeOptions = {}): Promise<RunningServer> {
  const base = resolve(root)
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    let file = normalize(join(base, path))
    if (!file.startsWith(base)) {
      res.writeHead(403).end()
      return
    }
    try {
      const info = await stat(file).catch(() => null)
      if (info?.isDirectory()) file = join(file, 'index.html')
      else if (!info) {
        if (extname(path)) {
          res.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
          return
        }
        file = join(base, 'index.html')
      }
      const original = await readFile(file)
      const override = options.overrides?.get(path)
      const body = override ? override(original) : original
      res.writeHead(200, {
        'content-type': MIME_TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      })
      res.end(body)
    } catch {
      res.writeHead(500).end()
    }
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('server has no port')
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((done) => {
        server.close(() => done())
        // Browsers keep connections open; without this, close() waits until they time out.
        server.closeAllConnections()
      }),
  }
}
