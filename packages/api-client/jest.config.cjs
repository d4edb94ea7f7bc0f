module.exports = { ...require('@layanan/config/jest/node')(), testMatch: ['<rootDir>/src/**/*.spec.ts'] };
