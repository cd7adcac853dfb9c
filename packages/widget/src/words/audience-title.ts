import type { Audience } from '@inserjeunes/contract';
import { msg } from '@lit/localize';

/** The widget's heading, by audience: pupils for 3eme and lycee, graduates in higher education. */
export function audienceTitle(audience: Audience): string {
  switch (audience) {
    case '3eme':
      return msg('Que font les élèves après cette formation ?');
    case 'lycee':
      return msg('Que deviennent les élèves après cette formation ?');
    case 'superieur':
      return msg('Que deviennent les diplômés ?');
  }
}
