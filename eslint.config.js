// ESLint flat config: Vue recommended rules, typescript-eslint, and the layer boundaries of DESIGN.md.
import pluginVue from 'eslint-plugin-vue'
import tseslint from 'typescript-eslint'
import vueParser from 'vue-eslint-parser'

const FRAMEWORK_IMPORTS = ['vue', 'vue-*', '@vue/*', 'pinia', 'idb', 'vue-router', 'chart.js', 'chart.js/*', 'vue-i18n', 'vee-validate']

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.bench/**', '.tmp/**'] },
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: {
      parser: vueParser,
      parserOptions: { parser: tseslint.parser, ecmaVersion: 'latest', sourceType: 'module' },
    },
  },
  {
    rules: {
      'vue/no-v-html': 'error',
      // Layout of template markup is a matter of taste, not correctness.
      'vue/singleline-html-element-content-newline': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/html-self-closing': 'off',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The domain is pure TypeScript: no UI framework, no storage, no router, no charts.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: FRAMEWORK_IMPORTS, message: 'src/domain must stay pure: no Vue, pinia, idb, vue-router or chart.js.' },
            { group: ['@/stores/*', '@/storage/*', '@/views/*', '@/components/*', '../../stores/*', '../../storage/*'], message: 'src/domain must not depend on outer layers.' },
          ],
        },
      ],
    },
  },
  {
    // Only src/storage talks to IndexedDB.
    files: ['src/**/*.ts', 'src/**/*.vue'],
    ignores: ['src/storage/**', 'src/views/**', 'src/components/**', 'src/composables/**', 'src/stores/**', 'src/domain/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'idb', message: 'Only src/storage may import idb.' }] }],
    },
  },
  {
    // The UI (views, components, composables) reaches data through stores, never storage directly.
    files: ['src/views/**', 'src/components/**', 'src/composables/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'idb', message: 'Only src/storage may import idb.' }],
          patterns: [{ group: ['@/storage/*', '**/storage/*'], message: 'Views and components use stores; only stores talk to src/storage.' }],
        },
      ],
    },
  },
  {
    // Stores stay thin and wordless: they hand back data and error kinds; only the UI words them.
    files: ['src/stores/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'idb', message: 'Only src/storage may import idb.' }],
          patterns: [
            { group: ['@/i18n/*', '**/i18n/*', 'vue-i18n'], message: 'Stores never word anything: return data or an AppError kind and let the UI word it.' },
            { group: ['@/views/*', '@/components/*'], message: 'Stores must not depend on the UI.' },
          ],
        },
      ],
    },
  },
)
