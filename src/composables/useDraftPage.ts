import { useDraftEditing } from './useDraftEditing'
import { useOpenAssessment } from './useOpenAssessment'

/**
 * What every page of a draft (profile, steps, review) starts with: the check named in the route
 * loaded (`ready`, or `errorMessage`), this tab's edit lock held while the draft's pages are open
 * (`readOnly`, `editState`), and the way to take the draft over from another tab.
 */
export function useDraftPage(id: () => string) {
  const { assessment, ready, errorMessage } = useOpenAssessment(id)
  const { readOnly, editState, takeOver } = useDraftEditing(id)
  return { assessment, ready, errorMessage, readOnly, editState, takeOver }
}
