export { type App, type AppDeps, createApp } from './app.js';
export { type Env, readEnv } from './env.js';
export { createKey, revokeKey } from './keys/api-keys.js';
