export { type App, type AppDeps, createApp } from './app.js';
export type { HttpLimits } from './env.js';
export { type Env, readEnv } from './env.js';
export { createKey, revokeKey } from './keys/api-keys.js';
export { type HttpServerOptions, startHttpServer } from './server/start-http-server.js';
