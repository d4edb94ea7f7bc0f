const node = require('@layanan/config/jest/node')({ decorators: true });
module.exports = {
  // Global: a project's own testTimeout is not applied. HTTP tests boot a whole gateway per file.
  testTimeout: 30_000,
  projects: [
    { ...node, displayName: 'unit', testMatch: ['<rootDir>/src/**/*.spec.ts'] },
    { ...node, displayName: 'http', testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'] },
    // Slow proofs (hostile input, faults, replicas): `pnpm test:long`; each test sets its own timeout.
    { ...node, displayName: 'long', testMatch: ['<rootDir>/test/**/*.long-spec.ts'] },
  ],
};
