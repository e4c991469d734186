// Evaluated in a question step of the app by scripts/bench/rendering-bench.ts (an expression, so
// page.evaluate can take the file's text). Clicks unanswered radio buttons one at a time and
// measures, with performance.now(), the time from the click until the DOM shows the answer checked
// and the save status has changed, i.e. the app's whole synchronous reaction plus Vue's re-render.
globalThis.benchAnswerReaction = async function benchAnswerReaction(maxSamples) {
  const status = document.querySelector('.save-status')
  if (!status) throw new Error('no .save-status on this page')
  const settled = async () => {
    // Each sample starts from a stored answer, so the status has something to change to.
    for (let waited = 0; status.matches('.save-status--saving') && waited < 5000; waited += 5) {
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
  }
  const samples = []
  for (const fieldset of document.querySelectorAll('fieldset.question')) {
    if (samples.length >= maxSamples) break
    const radio = fieldset.querySelector('input[type="radio"]:not(:checked):not([value="__na__"])')
    if (!radio || fieldset.querySelector('input[type="radio"]:checked')) continue
    await settled()
    const before = status.textContent
    const reacted = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (radio.checked && status.textContent !== before) {
          observer.disconnect()
          resolve(performance.now())
        }
      })
      observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true })
    })
    const start = performance.now()
    radio.click()
    samples.push((await reacted) - start)
  }
  await settled()
  return samples
}
