import { computed, watch } from 'vue'
import { onBeforeRouteLeave, type RouteLocationNormalized } from 'vue-router'
import { useAssessmentStore } from '@/stores/assessment'
import { useDraftLockStore } from '@/stores/draft-lock'

/** The routes on which a draft is edited; moving between them keeps the lock. */
const EDIT_ROUTES = new Set(['check-profile', 'check-step', 'check-session', 'check-presentation', 'check-review'])

function editsDraft(route: RouteLocationNormalized, id: string): boolean {
  return EDIT_ROUTES.has(String(route.name)) && route.params.id === id
}

/**
 * For the profile, step and review pages of a draft: holds the draft's edit lock while they are
 * open, tells whether this tab is read-only, and lets the user take the draft over from another tab.
 */
export function useDraftEditing(id: () => string) {
  const lock = useDraftLockStore()
  const assessment = useAssessmentStore()

  // Claimed during setup, so the page renders read-only until the lock is known.
  void lock.claim(id())
  watch(id, (next) => void lock.claim(next))
  onBeforeRouteLeave((to) => {
    if (!editsDraft(to, id())) lock.release()
  })
  // Losing the lock: write what was typed here at once, so the other tab sees it.
  watch(
    () => lock.state,
    (state) => {
      // Never rejects: a failed write shows in the page's save status.
      if (state === 'lost') void assessment.flush()
    },
  )

  const readOnly = computed(() => lock.draftId === id() && lock.state !== 'editing')

  /** "Hier weiterbearbeiten": take the lock from the other tab, then continue from what it stored. */
  async function takeOver(): Promise<void> {
    await lock.claim(id(), true)
    await assessment.reload()
  }

  return { readOnly, editState: computed(() => lock.state), takeOver }
}
