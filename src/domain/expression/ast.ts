import type { ComparisonOperator, ReferenceScope } from './tokenize'

/** A value a literal can have in the source. */
export type LiteralValue = string | number | boolean | null

/** Every node carries `position`, the 0-based offset where it starts in the source. */
export interface LiteralExpr {
  kind: 'literal'
  value: LiteralValue
  position: number
}

export interface ListExpr {
  kind: 'list'
  items: LiteralExpr[]
  position: number
}

export interface ReferenceExpr {
  kind: 'reference'
  scope: ReferenceScope
  name: string
  position: number
}

export type CompareOperator = ComparisonOperator | 'in' | 'not in'

export interface CompareExpr {
  kind: 'compare'
  operator: CompareOperator
  left: Expr
  right: Expr
  position: number
}

export interface NotExpr {
  kind: 'not'
  operand: Expr
  position: number
}

/** `and` / `or` chains are kept flat (n-ary) so long chains never make deep trees. */
export interface LogicalExpr {
  kind: 'and' | 'or'
  operands: Expr[]
  position: number
}

export type Expr = LiteralExpr | ListExpr | ReferenceExpr | CompareExpr | NotExpr | LogicalExpr
