import { execFileSync } from 'node:child_process';

/**
 * A TCP port nobody listens on right now, found synchronously (Playwright reads its
 * configuration synchronously): a child Node process binds port 0 and prints what it got.
 */
export function freePortSync(): number {
  const script =
    "const s=require('node:net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  const printed = execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim();
  const port = Number(printed);
  if (!Number.isInteger(port) || port <= 0) {
    throw new Error(`aucun port libre trouvé (reçu « ${printed} »)`);
  }
  return port;
}
