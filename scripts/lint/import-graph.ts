import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'

/**
 * The import graph of the app's source (`src/`): every `import … from` / `export … from` and
 * dynamic `import()` of a module in src, type-only imports included (a type cycle ties modules as
 * tightly as a runtime one). Paths are resolved like Vite does here: the `@/` alias, relative
 * paths, and the extensions `.ts`, `.vue` and `index.ts`.
 */

const SOURCE_EXTENSIONS = ['.ts', '.vue']
const SPECIFIER = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm

export type ImportGraph = Map<string, Set<string>>

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return SOURCE_EXTENSIONS.some((extension) => name.endsWith(extension)) && !name.endsWith('.d.ts') ? [path] : []
  })
}

function resolveSpecifier(from: string, specifier: string, srcRoot: string): string | null {
  let base: string
  if (specifier.startsWith('@/')) base = join(srcRoot, specifier.slice(2))
  else if (specifier.startsWith('.')) base = resolve(dirname(from), specifier)
  else return null
  const candidates = [base, ...SOURCE_EXTENSIONS.map((extension) => base + extension), join(base, 'index.ts')]
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile()) ?? null
}

/** The graph of `srcRoot`, keyed by paths relative to it. */
export function importGraph(srcRoot: string): ImportGraph {
  const graph: ImportGraph = new Map()
  for (const file of sourceFiles(srcRoot)) {
    const text = readFileSync(file, 'utf8')
    const targets = new Set<string>()
    for (const match of text.matchAll(SPECIFIER)) {
      const specifier = match[1] ?? match[2] ?? match[3]
      const target = specifier ? resolveSpecifier(file, specifier, srcRoot) : null
      if (target && !target.endsWith('.json')) targets.add(relative(srcRoot, target))
    }
    graph.set(relative(srcRoot, file), targets)
  }
  return graph
}

/** Every cycle's modules (strongly connected components of more than one module, or a self-import). */
export function importCycles(graph: ImportGraph): string[][] {
  // Tarjan's algorithm, iterative so a deep graph cannot overflow the stack.
  let counter = 0
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const onStack = new Set<string>()
  const stack: string[] = []
  const cycles: string[][] = []
  for (const start of graph.keys()) {
    if (index.has(start)) continue
    const work: { node: string; edges: string[]; next: number }[] = []
    const enter = (node: string) => {
      index.set(node, counter)
      low.set(node, counter)
      counter++
      stack.push(node)
      onStack.add(node)
      work.push({ node, edges: [...(graph.get(node) ?? [])], next: 0 })
    }
    enter(start)
    while (work.length > 0) {
      const frame = work[work.length - 1]!
      if (frame.next < frame.edges.length) {
        const target = frame.edges[frame.next++]!
        if (!index.has(target)) enter(target)
        else if (onStack.has(target)) low.set(frame.node, Math.min(low.get(frame.node)!, index.get(target)!))
        continue
      }
      work.pop()
      const parent = work[work.length - 1]
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!))
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = []
        let member: string
        do {
          member = stack.pop()!
          onStack.delete(member)
          component.push(member)
        } while (member !== frame.node)
        if (component.length > 1 || graph.get(frame.node)?.has(frame.node)) cycles.push(component.sort())
      }
    }
  }
  return cycles
}
