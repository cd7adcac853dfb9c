import type { Audience } from '@inserjeunes/contract';

/** Viewports up to this width are phones: the widget's column is narrow, its text wraps more. */
const NARROW_VIEWPORT = '36em';

/**
 * The room (em of the widget's font) the loading state of each audience takes, in a narrow
 * and a wide column, with a salary block (national figures) and without (an establishment
 * or a region asked for). Measured on the loading state; used before the widget has drawn
 * anything (the script is on its way, or the higher-education view's chunk).
 */
const ROOM: Record<Audience, Record<'national' | 'local', { narrow: number; wide: number }>> = {
  '3eme': { national: { narrow: 48.5, wide: 33.5 }, local: { narrow: 48.5, wide: 33.5 } },
  lycee: { national: { narrow: 72, wide: 55.5 }, local: { narrow: 59, wide: 46 } },
  superieur: { national: { narrow: 78, wide: 59 }, local: { narrow: 62, wide: 47 } },
};

/** The state a widget takes once it has drawn something: the reservation stops there. */
export const DRAWN_STATE = 'drawn';

/**
 * The rules reserving that room, for `selector` (a compound selector made of the element
 * and attribute conditions, called with the attribute selector of each case and with the
 * condition "not drawn yet"). The widget's audience comes from its attribute, 3eme's room
 * when it has none; an establishment or a region means no salary.
 */
export function reservedRoomCss(selector: (attributes: string) => string): string {
  const rules = { narrow: [] as string[], wide: [] as string[] };
  for (const audience of ['3eme', 'lycee', 'superieur'] as const) {
    for (const scope of ['national', 'local'] as const) {
      const attribute = audience === '3eme' ? '' : `[audience="${audience}"]`;
      const scoped = scope === 'local' ? ':is([uai],[region])' : '';
      const room = ROOM[audience][scope];
      for (const width of ['narrow', 'wide'] as const) {
        rules[width].push(`${selector(attribute + scoped)}{min-height:${room[width]}em}`);
      }
    }
  }
  return `${rules.wide.join('\n')}\n@media (max-width: ${NARROW_VIEWPORT}){\n${rules.narrow.join('\n')}\n}\n`;
}

/** The partner page's stylesheet (`/widget/v1/inserjeunes-indicateurs.css`): see the README. */
export function partnerStylesheet(): string {
  const tag = 'inserjeunes-indicateurs';
  return `/* <inserjeunes-indicateurs>: the room its figures will take, held from the first paint,
   before the script has drawn anything, so that nothing below the widget moves. */
${tag}{display:block}
${reservedRoomCss((attributes) => `${tag}${attributes}:not(:defined)`)}${reservedRoomCss((attributes) => `${tag}${attributes}:not(:state(${DRAWN_STATE}))`)}`;
}
