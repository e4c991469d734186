/**
 * CSV as German spreadsheet programs read it: semicolon-separated (the comma is the decimal
 * separator there), CRLF line ends, fields quoted as RFC 4180 says.
 */

/** The field separator German spreadsheet programs expect. */
export const CSV_SEPARATOR = ';'
/** The line end RFC 4180 asks for. */
export const CSV_LINE_END = '\r\n'

/** A field as written: quoted when it holds the separator, a quote, CR or LF; quotes doubled. */
export function csvField(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

/**
 * A text field (a name typed by a user or read from an imported file) made safe against CSV
 * formula injection: spreadsheets run a cell that starts with `=`, `+`, `-` or `@` (and some a
 * leading tab or CR) as a formula, which can read other cells or start programs. A leading
 * apostrophe makes the spreadsheet show the text as text. Numbers we write ourselves stay as they are.
 */
export function csvText(value: string): string {
  return csvField(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value)
}

/** One line: the (already written) fields joined by the separator, ended by CRLF. */
export function csvLine(fields: readonly string[]): string {
  return fields.join(CSV_SEPARATOR) + CSV_LINE_END
}
