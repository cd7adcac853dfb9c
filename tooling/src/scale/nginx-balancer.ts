import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { childProcessEnv } from '@inserjeunes/db/testing';

export const NGINX = '/usr/sbin/nginx';

/**
 * The nginx configuration in front of the API processes (the one `docs/operations.md`
 * gives): a request an upstream refuses, cuts before answering, or answers 502/503 to goes
 * to the next one (GET is idempotent); a failed upstream is left aside `fail_timeout`.
 */
export function nginxConfig(listen: number, upstreams: readonly number[], prefix: string): string {
  return `worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  upstream inserjeunes_api {
${upstreams.map((port) => `    server 127.0.0.1:${port} max_fails=1 fail_timeout=2s;`).join('\n')}
    keepalive 16;
  }
  server {
    listen 127.0.0.1:${listen};
    location / {
      proxy_pass http://inserjeunes_api;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_next_upstream error timeout http_502 http_503;
      proxy_next_upstream_tries 2;
      proxy_connect_timeout 1s;
      proxy_read_timeout 30s;
    }
  }
}
`;
}

/** nginx in the foreground, in a folder of its own under the system's temporary folder. */
export class NginxBalancer {
  readonly origin: string;
  readonly #child: ChildProcess;
  readonly #prefix: string;
  readonly #exited: Promise<void>;

  private constructor(child: ChildProcess, prefix: string, port: number) {
    this.#child = child;
    this.#prefix = prefix;
    this.origin = `http://127.0.0.1:${port}`;
    this.#exited = new Promise((resolve) => child.once('exit', () => resolve()));
  }

  static async start(port: number, upstreams: readonly number[]): Promise<NginxBalancer> {
    const prefix = mkdtempSync(join(tmpdir(), 'ij-nginx-'));
    for (const dir of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(prefix, dir));
    const conf = join(prefix, 'nginx.conf');
    writeFileSync(conf, nginxConfig(port, upstreams, prefix));
    const check = spawnSync(NGINX, ['-t', '-p', prefix, '-c', conf], { encoding: 'utf8' });
    if (check.status !== 0) throw new Error(`nginx refuses its configuration:\n${check.stderr}`);
    const child = spawn(NGINX, ['-p', prefix, '-c', conf, '-g', 'daemon off;'], {
      env: childProcessEnv(),
      stdio: 'ignore',
    });
    const balancer = new NginxBalancer(child, prefix, port);
    for (let attempt = 0; attempt < 100; attempt++) {
      const up = await fetch(`${balancer.origin}/api/healthz`)
        .then(() => true)
        .catch(() => false);
      if (up) return balancer;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await balancer.stop();
    throw new Error('nginx did not answer within 10 s');
  }

  async stop(): Promise<void> {
    if (this.#child.exitCode === null && this.#child.signalCode === null) {
      this.#child.kill('SIGQUIT');
      await this.#exited;
    }
    rmSync(this.#prefix, { recursive: true, force: true });
  }
}

/** Why the scale test cannot run here, or undefined when it can. */
export function missingForScale(databaseUrl: string | undefined): string | undefined {
  if (!existsSync(NGINX)) return `${NGINX} is absent (Debian's nginx package)`;
  if (databaseUrl === undefined) return 'DATABASE_URL is not set (the processes share PostgreSQL)';
  return undefined;
}
