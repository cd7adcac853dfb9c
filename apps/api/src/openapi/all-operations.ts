import { affichageImageOperations } from '../images/affichage-image-routes.js';
import { accueilOperations } from '../routes/accueil.js';
import { affichageOperations } from '../routes/affichage.js';
import { certificationsOperations } from '../routes/certifications.js';
import { couvertureOperations } from '../routes/couverture.js';
import { diplomesOperations } from '../routes/diplomes.js';
import { etablissementsOperations } from '../routes/etablissements.js';
import { exemplesOperations } from '../routes/exemples.js';
import { formationsOperations } from '../routes/formations.js';
import { healthOperations } from '../routes/health.js';
import { millesimesOperations } from '../routes/millesimes.js';
import { regionalesOperations } from '../routes/regionales.js';
import { resolveOperations } from '../routes/resolve.js';
import { statsOperations } from '../routes/stats.js';
import type { ApiOperation } from './api-operation.js';

/** Every documented operation, in the order the documentation shows them. */
export const ALL_OPERATIONS: readonly ApiOperation[] = [
  ...affichageOperations,
  ...affichageImageOperations,
  ...certificationsOperations,
  ...regionalesOperations,
  ...formationsOperations,
  ...etablissementsOperations,
  ...resolveOperations,
  ...diplomesOperations,
  ...millesimesOperations,
  ...couvertureOperations,
  ...statsOperations,
  ...healthOperations,
  ...accueilOperations,
  ...exemplesOperations,
];
