import { ref } from 'vue'
import { useI18n } from '@/i18n/translator'
import { isAppError } from '@/domain/app-error'

/** Turns any error from stores into one translated sentence for the user (by its kind, never its text). */
export function useErrorMessage() {
  const { t } = useI18n()
  const errorMessage = ref<string | null>(null)

  function messageFor(error: unknown): string {
    if (isAppError(error)) return t(`errors.${error.kind}`, { ...error.params })
    // Not one of ours: a bug. Say so plainly, and keep the details for the developer console.
    console.error(error)
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
