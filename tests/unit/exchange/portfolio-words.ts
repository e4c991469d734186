import { createApp } from 'vue'
import { PORTFOLIO_COLUMNS, type PortfolioWords } from '@/domain/exchange/portfolio-csv'
import { createAppI18n, type UiLocale } from '@/i18n'
import { useI18n } from '@/i18n/translator'
import { uiMessages } from '../../component/ui-messages'

/**
 * The portfolio table's words from the real message files, as the export page words them
 * (ExchangeExportActions.vue): one title per column, and the name of the own business.
 */
export function portfolioWords(locale: UiLocale): PortfolioWords {
  const app = createApp({})
  app.use(createAppI18n(locale, uiMessages))
  const { t } = app.runWithContext(() => useI18n())
  const header = PORTFOLIO_COLUMNS.map((column) => {
    if (column.kind === 'field-score') return t(`indicatorFields.${column.dimension}`)
    if (column.kind === 'field-level') return t('portfolio.levelOf', { field: t(`indicatorFields.${column.dimension}`) })
    return t(`portfolio.${column.kind}`)
  })
  return { header, ownBusiness: t('portfolio.ownBusiness'), locale }
}
