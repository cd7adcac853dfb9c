import type { DbHandle } from '@inserjeunes/db';
import type { MiddlewareHandler } from 'hono';
import type { CatalogueReader } from '../couverture/catalogue-reader.js';
import type { CoverageQueue } from '../couverture/coverage-queue.js';
import type { ApiEnv } from '../http/api-env.js';
import type { ReadModel } from '../read-model/read-model.js';
import type { UsageRecorder } from '../usage/usage-recorder.js';

/** What route groups are given by `createApp`. */
export interface RouteDeps {
  /** Where reads go: the read replica when there is one, else the primary. */
  db: DbHandle;
  /** The primary: what the API itself writes (usage) is read back from it. */
  primary: DbHandle;
  /** The only door from stored rows to answers. */
  readModel: ReadModel;
  usage: UsageRecorder;
  /** Cached, ETag-ed public GET (figures: invalidated by the next import). */
  cached: MiddlewareHandler<ApiEnv>;
  /** ETag-ed public GET computed on every request (usage statistics). */
  fresh: MiddlewareHandler<ApiEnv>;
  /** Where readers report an error in the figures, or null. */
  signalement: string | null;
  /** Largest body accepted by `POST /couverture`, in bytes. */
  couvertureMaxBytes: number;
  /** Catalogues read off the API thread, and checked one at a time. */
  couverture: { reader: CatalogueReader; queue: CoverageQueue };
}
