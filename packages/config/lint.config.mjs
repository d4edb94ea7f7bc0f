// ESLint for this package's own scripts (eslint.config.mjs is the preset the others use).
import { config } from './eslint.config.mjs';

export default config({ tsconfigRootDir: import.meta.dirname });
