// Jest preset for React portals and packages/ui (jsdom).
module.exports = function webPreset() {
  return {
    testEnvironment: require.resolve('jest-environment-jsdom'),
    transform: {
      '^.+\\.(t|j|mj)sx?$': [
        require.resolve('@swc/jest'),
        {
          jsc: {
            parser: { syntax: 'typescript', tsx: true },
            transform: { react: { runtime: 'automatic' } },
            target: 'es2022',
          },
          module: { type: 'commonjs' },
        },
      ],
    },
    transformIgnorePatterns: [
      '/node_modules/(?!(\\.pnpm/)?(@layanan|openapi-fetch|react-leaflet|@react-leaflet))',
    ],
    testEnvironmentOptions: { customExportConditions: ['@layanan/source', 'browser', 'require', 'default'] },
    moduleNameMapper: {
      '^(\\.{1,2}/.*)\\.js$': '$1',
      '\\.(css)$': require.resolve('identity-obj-proxy'),
    },
    setupFiles: [require.resolve('./text-encoder.cjs')],
    setupFilesAfterEnv: ['@testing-library/jest-dom'],
    testMatch: ['<rootDir>/src/**/*.test.ts?(x)'],
  };
};
