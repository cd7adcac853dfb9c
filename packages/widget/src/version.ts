/**
 * The widget's version, sent with every API call (`widget=`) so usage statistics count
 * widget views per partner, and part of the script's public path (`/widget/v1/`).
 */
export const WIDGET_VERSION = '1.0.0';
