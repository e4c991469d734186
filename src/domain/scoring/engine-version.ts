/**
 * Version of the scoring and matching rules. It is stored with every frozen result, so a result
 * computed by older rules can be recognised as such after the rules change.
 */
export const ENGINE_VERSION = '1.0.0'
