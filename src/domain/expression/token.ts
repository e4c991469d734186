/** The tokens of the expression language, shared by the tokenizer, the parser and their error messages. */

export type Keyword = 'and' | 'or' | 'not' | 'in' | 'true' | 'false' | 'null'
export type ComparisonOperator = '==' | '!=' | '<' | '<=' | '>' | '>='
export type Punctuation = '(' | ')' | '[' | ']' | ','
export type ReferenceScope = 'answers' | 'profile'

interface TokenBase {
  /** 0-based offset of the token's first character. */
  position: number
  /** The token as written, for messages. */
  text: string
}

export type Token = TokenBase &
  (
    | { kind: 'string'; value: string }
    | { kind: 'number'; value: number }
    | { kind: 'keyword'; value: Keyword }
    | { kind: 'reference'; scope: ReferenceScope; name: string }
    | { kind: 'operator'; value: ComparisonOperator }
    | { kind: 'punctuation'; value: Punctuation }
    | { kind: 'end' }
  )
