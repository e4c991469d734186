/**
 * The small safe expression language used by `visibleIf` (and measure triggers): parsed by our
 * own recursive-descent parser and evaluated over plain data, never by generating JavaScript code.
 */
export type { CompareExpr, CompareOperator, Expr, ListExpr, LiteralExpr, LiteralValue, LogicalExpr, NotExpr, ReferenceExpr } from './ast'
export type { ExpressionError } from './errors'
export { parseExpression, MAX_EXPRESSION_LENGTH, MAX_NESTING_DEPTH, type ParseResult } from './parse'
export { evaluateExpression, type EvaluationContext, type Value } from './evaluate'
export { collectReferences, forEachNode, referenceNodes, type ExpressionReference } from './references'
export { tokenize, type Token, type ReferenceScope, type ComparisonOperator } from './tokenize'
