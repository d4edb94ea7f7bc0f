import { config } from '@layanan/config/eslint';
export default [
  ...config({ tsconfigRootDir: import.meta.dirname, react: true }),
  // Plain CommonJS for Jest (test environment); not part of the TypeScript project.
  { ignores: ['jest/**'] },
];
