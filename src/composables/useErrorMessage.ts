import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { StorageError } from '@/storage/errors'
import { QuestionnaireUnavailableError } from '@/stores/questionnaires'
import { DraftLockedError } from '@/stores/draft-lock'
import { useLocalized } from './useLocalized'

/** Turns any error from stores into one translated sentence for the user. */
export function useErrorMessage() {
  const { t } = useI18n()
  const { localized } = useLocalized()
  const errorMessage = ref<string | null>(null)

  function messageFor(error: unknown): string {
    if (error instanceof StorageError) return localized(error.userMessage)
    if (error instanceof QuestionnaireUnavailableError) return t('errors.questionnaireUnavailable')
    if (error instanceof DraftLockedError) return t('tabs.saveRefused')
    if (error instanceof Error && error.message === 'not-found') return t('errors.checkNotFound')
    return t('errors.unexpected')
  }

  function showError(error: unknown) {
    errorMessage.value = messageFor(error)
  }

  return { errorMessage, showError, messageFor, clearError: () => (errorMessage.value = null) }
}

/**
 * Runs a user action (save, start, finish, send) with the button disabled while it runs, and shows
 * any error as one translated sentence; the page keeps what it had.
 */
export function useBusyAction() {
  const { errorMessage, showError } = useErrorMessage()
  const busy = ref(false)

  async function run(action: () => Promise<void>): Promise<void> {
    busy.value = true
    try {
      await action()
    } catch (error) {
      showError(error)
    } finally {
      busy.value = false
    }
  }

  return { busy, run, errorMessage, showError }
}
