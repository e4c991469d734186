/**
 * Where JSON text first breaks the grammar. Engines word `JSON.parse` errors differently and V8
 * often names no position at all, so an import file that is not JSON is scanned once more here to
 * tell the user the line and column. Iterative (an explicit stack), so deep nesting cannot
 * overflow the call stack; only called after `JSON.parse` has failed.
 */

/** The first offending character (`atEnd`: the text stops where more was expected). */
export interface JsonErrorLocation {
  /** Offset in UTF-16 code units from the start of the text. */
  offset: number
  /** 1-based. */
  line: number
  /** 1-based. */
  column: number
  atEnd: boolean
}

type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end'

const WHITESPACE = new Set([' ', '\t', '\n', '\r'])
const LITERALS = ['true', 'false', 'null']

/** The location of the first syntax error in `text`, or null when it is valid JSON. */
export function locateJsonError(text: string): JsonErrorLocation | null {
  const stack: string[] = []
  let expect: Expect = 'value'
  let i = 0
  const afterValue = (): Expect => (stack.length === 0 ? 'end' : 'comma-or-close')
  for (;;) {
    while (i < text.length && WHITESPACE.has(text.charAt(i))) i++
    if (i >= text.length) return expect === 'end' ? null : locate(text, i)
    const c = text.charAt(i)
    const top = stack[stack.length - 1]
    if (expect === 'end') return locate(text, i)
    if (expect === 'colon') {
      if (c !== ':') return locate(text, i)
      i++
      expect = 'value'
    } else if (expect === 'comma-or-close') {
      if (c === ',') {
        i++
        expect = top === '{' ? 'key' : 'value'
      } else if ((c === '}' && top === '{') || (c === ']' && top === '[')) {
        stack.pop()
        i++
        expect = afterValue()
      } else return locate(text, i)
    } else if ((expect === 'key-or-close' && c === '}') || (expect === 'value-or-close' && c === ']')) {
      stack.pop()
      i++
      expect = afterValue()
    } else if (expect === 'key' || expect === 'key-or-close') {
      if (c !== '"') return locate(text, i)
      const end = scanString(text, i)
      if (end < 0) return locate(text, -end - 1)
      i = end
      expect = 'colon'
    } else if (c === '{' || c === '[') {
      stack.push(c)
      i++
      expect = c === '{' ? 'key-or-close' : 'value-or-close'
    } else {
      const end = scanScalar(text, i)
      if (end < 0) return locate(text, -end - 1)
      i = end
      expect = afterValue()
    }
  }
}

// Scanners return the offset after the token, or `-(offset of the error) - 1`.

function scanScalar(text: string, start: number): number {
  const c = text.charAt(start)
  if (c === '"') return scanString(text, start)
  if (c === '-' || isDigit(c)) return scanNumber(text, start)
  for (const literal of LITERALS) {
    if (c !== literal.charAt(0)) continue
    for (let k = 1; k < literal.length; k++) {
      if (text.charAt(start + k) !== literal.charAt(k)) return -(start + k) - 1
    }
    return start + literal.length
  }
  return -start - 1
}

function scanString(text: string, start: number): number {
  let j = start + 1
  while (j < text.length) {
    const code = text.charCodeAt(j)
    if (code === 0x22) return j + 1
    if (code < 0x20) return -j - 1
    if (code !== 0x5c) {
      j++
      continue
    }
    const escape = text.charAt(j + 1)
    if (escape === 'u') {
      for (let k = 2; k < 6; k++) if (!/[0-9a-fA-F]/.test(text.charAt(j + k))) return -Math.min(j + k, text.length) - 1
      j += 6
    } else if ('"\\/bfnrt'.includes(escape) && escape !== '') {
      j += 2
    } else return -(j + 1) - 1
  }
  return -text.length - 1
}

function scanNumber(text: string, start: number): number {
  let j = start
  if (text.charAt(j) === '-') j++
  if (text.charAt(j) === '0') j++
  else if (isDigit(text.charAt(j))) while (isDigit(text.charAt(j))) j++
  else return -j - 1
  if (text.charAt(j) === '.') {
    j++
    if (!isDigit(text.charAt(j))) return -j - 1
    while (isDigit(text.charAt(j))) j++
  }
  if (text.charAt(j) === 'e' || text.charAt(j) === 'E') {
    j++
    if (text.charAt(j) === '+' || text.charAt(j) === '-') j++
    if (!isDigit(text.charAt(j))) return -j - 1
    while (isDigit(text.charAt(j))) j++
  }
  return j
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9'
}

function locate(text: string, offset: number): JsonErrorLocation {
  let line = 1
  let lineStart = 0
  for (let k = text.indexOf('\n'); k !== -1 && k < offset; k = text.indexOf('\n', k + 1)) {
    line++
    lineStart = k + 1
  }
  return { offset, line, column: offset - lineStart + 1, atEnd: offset >= text.length }
}
