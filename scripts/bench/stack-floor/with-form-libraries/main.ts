/**
 * The stack floor as DESIGN.md's "Tooling" names it for the questionnaire's path: the shared floor
 * plus a vee-validate form with a yup schema (the app's profile form). Its bytes are the floor under
 * the questionnaire budget.
 */
import { useForm } from 'vee-validate'
import { h } from 'vue'
import { object, string } from 'yup'
import { mountFloor } from '../floor-app'

mountFloor({
  render(label, save) {
    const { defineField, errors, handleSubmit } = useForm({ validationSchema: object({ name: string().required() }) })
    const [name, nameAttrs] = defineField('name')
    const submit = handleSubmit((values) => save(values.name))
    return () =>
      h('form', { onSubmit: submit }, [
        h('label', [label, h('input', { ...nameAttrs.value, value: name.value, onInput: (event: { target: unknown }) => (name.value = (event.target as { value: string }).value) })]),
        h('p', errors.value.name ?? ''),
      ])
  },
})
