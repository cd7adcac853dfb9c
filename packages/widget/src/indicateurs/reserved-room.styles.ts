import { unsafeCSS } from 'lit';
import { DRAWN_STATE, reservedRoomCss } from './reserved-room.js';

/**
 * The same room, held by the widget itself until its first render (a page without the
 * widget's stylesheet; the higher-education view's chunk on its way). Built from constants,
 * never from outside data.
 */
export const reservedRoomStyles = unsafeCSS(
  reservedRoomCss((attributes) => `:host(${attributes}:not(:state(${DRAWN_STATE})))`),
);
