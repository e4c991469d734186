import { issue, type ValidationIssue } from '../validation-issue'

/** More than this many problems are not listed one by one (a hostile file could yield millions). */
export const MAX_LISTED_ISSUES = 100

/**
 * Collects the problems of one import file, at most `MAX_LISTED_ISSUES`. Checkers stop early once
 * it is `full`, so a file with a million broken entries costs no more than one with a hundred.
 */
export class IssueList {
  private readonly issues: ValidationIssue[] = []

  /** True once no further problem will be listed. */
  get full(): boolean {
    return this.issues.length >= MAX_LISTED_ISSUES
  }

  /** True when no problem has been found. */
  get empty(): boolean {
    return this.issues.length === 0
  }

  /** Adds one problem. */
  add(path: string, de: string, en: string): void {
    this.push(issue(path, de, en))
  }

  /** Adds ready-made problems; those beyond the cap are dropped. */
  push(...found: ValidationIssue[]): void {
    for (const one of found) {
      if (this.full) return
      this.issues.push(one)
    }
  }

  /** The problems found, with a closing note when the list reached its cap. */
  list(): ValidationIssue[] {
    if (!this.full) return [...this.issues]
    return [
      ...this.issues,
      issue(
        '$',
        `Es wurden mindestens ${MAX_LISTED_ISSUES} Fehler gefunden; weitere sind nicht aufgeführt.`,
        `At least ${MAX_LISTED_ISSUES} errors were found; any further ones are not listed.`,
      ),
    ]
  }
}
