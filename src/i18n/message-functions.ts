/**
 * Turns the UI texts into vue-i18n message functions. The build drops vue-i18n's message compiler
 * (`__INTLIFY_DROP_MESSAGE_COMPILER__`, about 7 kB gzipped on every page); our texts only ever use
 * one piece of its syntax, the named placeholder `{name}`, and this small step supports exactly
 * that. Every other character (`@`, `|`, …) is plain text here.
 */

/** What vue-i18n hands a message function; only named parameters are used. */
interface MessageContext {
  named(key: string): unknown
}
type MessageFunction = (context: MessageContext) => string
export type MessageTree = { [key: string]: string | MessageFunction | MessageTree }

const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g

/** One text as a message function; a placeholder without a value stays visible as `{name}`. */
export function messageFunction(text: string): MessageFunction {
  if (!text.includes('{')) return () => text
  return (context) =>
    text.replace(PLACEHOLDER, (placeholder, name: string) => {
      const value = context.named(name)
      return value === undefined || value === null ? placeholder : String(value)
    })
}

/** Every text of a message tree as a function (functions already made stay as they are). */
export function toMessageFunctions<T extends object>(messages: T): T {
  const converted: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(messages)) {
    converted[key] = typeof value === 'string' ? messageFunction(value) : typeof value === 'function' ? value : toMessageFunctions(value as object)
  }
  return converted as T
}
