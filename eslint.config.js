import tseslint from 'typescript-eslint';

/** Page text is untrusted: HTML may only be set from constants. */
const noHtmlInjection = {
  'no-restricted-syntax': [
    'error',
    {
      selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]:not([right.type='Literal'])",
      message: 'innerHTML/outerHTML chỉ được gán hằng số: văn bản trang không bao giờ được chèn như HTML.',
    },
    {
      selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
      message: 'insertAdjacentHTML bị cấm: dùng textContent.',
    },
    {
      selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
      message: 'dangerouslySetInnerHTML bị cấm.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'tests/fixtures/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      ...noHtmlInjection,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
);
