export * from '../permissions.js';
export * from './session.js';
