// jsdom plus Node's fetch API (react-router's lazy routes build a Request).
module.exports = {
  ...require('@layanan/config/jest/web')(),
  testEnvironment: require.resolve('@layanan/ui/jest-environment'),
};
