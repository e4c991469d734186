/**
 * Where keyboard focus goes when the page changes: to the new page's main heading, also when that
 * heading appears only after the page has loaded its data, and again when the element holding
 * focus disappears (a re-render, a step change) so focus never falls back to the page body. It
 * stops steering as soon as the user moves focus on purpose (a key or pointer press).
 */
export function createPageFocus(main: () => HTMLElement | null) {
  let wanted = false
  let observer: MutationObserver | null = null

  function focusHeading(): boolean {
    const heading = main()?.querySelector<HTMLElement>('h1')
    if (!heading) return false
    heading.setAttribute('tabindex', '-1')
    heading.focus()
    return document.activeElement === heading
  }

  const lost = () => {
    const active = document.activeElement
    return active === null || active === document.body || !active.isConnected
  }

  function settle() {
    if (!wanted) return
    if (lost()) focusHeading()
  }

  function stop() {
    wanted = false
    observer?.disconnect()
    observer = null
  }

  if (typeof document !== 'undefined') {
    // A press means the user is steering now; focus is theirs from here.
    const userMoves = () => stop()
    document.addEventListener('keydown', userMoves, true)
    document.addEventListener('pointerdown', userMoves, true)
    // Outside a page change: when the focused element is removed by a re-render, keep the user in
    // the page rather than at its very top.
    document.addEventListener('focusout', (event) => {
      const target = event.target as Element | null
      if ((event as FocusEvent).relatedTarget !== null || !target) return
      queueMicrotask(() => {
        if (!target.isConnected && lost()) focusHeading()
      })
    })
  }

  return {
    /** After a page change: focus the heading now, or as soon as it appears. */
    pageChanged() {
      stop()
      wanted = true
      const root = main()
      if (!root) return
      focusHeading()
      observer = new MutationObserver(settle)
      observer.observe(root, { childList: true, subtree: true })
    },
  }
}
