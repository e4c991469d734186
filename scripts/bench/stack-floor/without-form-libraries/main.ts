/**
 * The stack floor without vee-validate and yup: what the questionnaire's path would need if its
 * forms (the profile) were checked by hand. For the decision on the questionnaire budget (issue 10).
 */
import { h, ref } from 'vue'
import { mountFloor } from '../floor-app'

mountFloor({
  render(label, save) {
    const name = ref('')
    const error = ref('')
    const submit = (event: { preventDefault(): void }) => {
      event.preventDefault()
      error.value = name.value.trim() === '' ? 'required' : ''
      if (!error.value) void save(name.value)
    }
    return () =>
      h('form', { onSubmit: submit }, [
        h('label', [label, h('input', { value: name.value, onInput: (event: { target: unknown }) => (name.value = (event.target as { value: string }).value) })]),
        h('p', error.value),
      ])
  },
})
