const node = require('@layanan/config/jest/node')({ decorators: true });
const web = require('@layanan/config/jest/web')();
module.exports = {
  projects: [
    { ...node, displayName: 'server', testMatch: ['<rootDir>/src/**/*.spec.ts'] },
    { ...web, displayName: 'client', testMatch: ['<rootDir>/src/client/**/*.test.tsx'] },
  ],
};
