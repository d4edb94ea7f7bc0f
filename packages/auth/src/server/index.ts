export * from '../permissions.js';
export * from './password.js';
export * from './tokens.js';
export * from './access.js';
