const node = require('@layanan/config/jest/node')({ decorators: true });
module.exports = {
  projects: [
    { ...node, displayName: 'unit', testMatch: ['<rootDir>/src/**/*.spec.ts'] },
    { ...node, displayName: 'http', testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'], testTimeout: 30_000 },
    // Slow proofs (hostile input, load): `pnpm test:long`.
    { ...node, displayName: 'long', testMatch: ['<rootDir>/test/**/*.long-spec.ts'], testTimeout: 600_000 },
  ],
};
