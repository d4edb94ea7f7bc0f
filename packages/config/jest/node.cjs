// Jest preset for Node packages (domain, auth, gateway).
// NestJS 12 is ESM-only and Jest on Node 20 cannot require() ESM, so @swc/jest
// compiles those packages too (the optional .pnpm/ segment covers pnpm's layout).
/** @param {{ decorators?: boolean }} [options] */
module.exports = function nodePreset(options = {}) {
  return {
    testEnvironment: 'node',
    transform: {
      '^.+\\.(t|j|mj)sx?$': [
        require.resolve('@swc/jest'),
        {
          jsc: {
            parser: { syntax: 'typescript', decorators: !!options.decorators },
            transform: options.decorators ? { legacyDecorator: true, decoratorMetadata: true } : {},
            target: 'es2023',
          },
          module: { type: 'commonjs' },
        },
      ],
    },
    transformIgnorePatterns: [
      '/node_modules/(?!(\\.pnpm/)?(@nestjs|file-type|load-esm|@layanan|token-types|strtok3|@tokenizer|uint8array-extras|content-disposition))',
    ],
    testEnvironmentOptions: { customExportConditions: ['@layanan/source', 'node', 'require', 'default'] },
    moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
    moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  };
};
