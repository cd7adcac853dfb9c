// `import '@inserjeunes/widget'` registers <inserjeunes-indicateurs> for apps (React, Vue,
// Svelte…) and gives its types.
import { defineInserjeunesIndicateurs } from './define.js';

defineInserjeunesIndicateurs();

export type { DataState } from './data/describe-affichage.js';
export { defineInserjeunesIndicateurs } from './define.js';
export { type ErrorDetail, InserjeunesErrorEvent } from './events/inserjeunes-error-event.js';
export {
  type InfoOpenDetail,
  InserjeunesInfoOpenEvent,
} from './events/inserjeunes-info-open-event.js';
export { InserjeunesLoadEvent } from './events/inserjeunes-load-event.js';
export { InserjeunesIndicateurs } from './indicateurs/inserjeunes-indicateurs.js';
export type { LoadDetail } from './indicateurs/load-detail.js';
export { peopleOutOfTen } from './people/people-out-of-ten.js';
export { WIDGET_VERSION } from './version.js';
