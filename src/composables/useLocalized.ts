import { useI18n } from '@/i18n/translator'
import type { Locale, LocalizedText } from '@/domain/text'

/** Picks the current UI language from a questionnaire or catalogue text. */
export function useLocalized() {
  const { locale } = useI18n()
  const currentLocale = (): Locale => (locale.value === 'en' ? 'en' : 'de')
  const localized = (text: LocalizedText): string => text[currentLocale()]
  return { localized, currentLocale }
}
