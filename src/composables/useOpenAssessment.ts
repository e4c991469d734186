import { onMounted, ref } from 'vue'
import { useAssessmentStore } from '@/stores/assessment'
import { useErrorMessage } from './useErrorMessage'

/** Loads the check named in the route for a view; `ready` turns true once it is there. */
export function useOpenAssessment(id: () => string) {
  const assessment = useAssessmentStore()
  const ready = ref(false)
  const { errorMessage, showError } = useErrorMessage()

  onMounted(async () => {
    try {
      await assessment.open(id())
      ready.value = true
    } catch (error) {
      showError(error)
    }
  })

  return { assessment, ready, errorMessage }
}
