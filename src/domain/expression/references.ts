import type { Expr, ReferenceExpr } from './ast'
import type { ReferenceScope } from './tokenize'

/** A reference as consumers need it: which scope and which field or question id. */
export interface ExpressionReference {
  scope: ReferenceScope
  name: string
}

/** Calls `visit` on every node of the tree, parents before children, in source order. */
export function forEachNode(ast: Expr, visit: (node: Expr) => void): void {
  visit(ast)
  switch (ast.kind) {
    case 'not':
      forEachNode(ast.operand, visit)
      break
    case 'and':
    case 'or':
      for (const operand of ast.operands) forEachNode(operand, visit)
      break
    case 'compare':
      forEachNode(ast.left, visit)
      forEachNode(ast.right, visit)
      break
    case 'list':
      for (const item of ast.items) forEachNode(item, visit)
      break
    default:
      break
  }
}

/** Every reference node in source order, with positions (duplicates kept), for validators. */
export function referenceNodes(ast: Expr): ReferenceExpr[] {
  const found: ReferenceExpr[] = []
  forEachNode(ast, (node) => {
    if (node.kind === 'reference') found.push(node)
  })
  return found
}

/** The distinct references of an expression, in order of first appearance. */
export function collectReferences(ast: Expr): ExpressionReference[] {
  const seen = new Set<string>()
  const references: ExpressionReference[] = []
  for (const node of referenceNodes(ast)) {
    const key = `${node.scope}.${node.name}`
    if (seen.has(key)) continue
    seen.add(key)
    references.push({ scope: node.scope, name: node.name })
  }
  return references
}
