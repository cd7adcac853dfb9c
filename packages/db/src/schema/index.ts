export * from './acces.js';
export * from './bcn.js';
export * from './imports.js';
export * from './indicateurs.js';
export * from './territoires.js';
