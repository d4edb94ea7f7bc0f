export * from './percentile.js';
export * from './case-facts.js';
export * from './league.js';
export * from './dashboard.js';
export * from './admin.schema.js';
export * from './messages.js';
export * from './admin-view.schema.js';
export * from './maternal.schema.js';
