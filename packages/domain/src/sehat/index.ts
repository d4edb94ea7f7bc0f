export * from './geo.js';
export * from './booking.js';
export * from './transport.js';
