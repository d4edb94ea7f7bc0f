import { config } from '@layanan/config/eslint';
export default config({ tsconfigRootDir: import.meta.dirname });
