module.exports = {
  ...require('@layanan/config/jest/web')(),
  testEnvironment: require.resolve('./jest/environment.cjs'),
};
