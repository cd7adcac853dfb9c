import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setE2eVar } from '../env.js';
import { createPartnerServer } from './partner-server.js';

/**
 * Starts the partner pages' server on 127.0.0.1 (the product answers on localhost: another
 * origin) and tells the workers where it is. The product itself is Playwright's `webServer`.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const folder = mkdtempSync(join(tmpdir(), 'e2e-partenaires-'));
  const server = createPartnerServer(folder);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  if (address === null || typeof address === 'string') {
    throw new Error(`adresse inattendue du serveur des partenaires : ${String(address)}`);
  }
  setE2eVar('E2E_PARTNER_ORIGIN', `http://127.0.0.1:${address.port}`);
  setE2eVar('E2E_PARTNER_DIR', folder);
  return async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(folder, { recursive: true, force: true });
  };
}
