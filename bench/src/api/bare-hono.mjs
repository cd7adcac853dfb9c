// The limit `pnpm bench:api` compares against: Hono on @hono/node-server answering one small
// JSON, with nothing around it. Started with the port as its only argument; says `listening`.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const port = Number(process.argv[2]);
const app = new Hono();
app.get('/', (c) => c.json({ service: 'bare', version: '1.0.0' }));
serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, () => console.log('listening'));
