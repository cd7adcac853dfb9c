import { escapeMarkup } from '@inserjeunes/contract';
import { wrapText } from './svg-text.js';

/**
 * The readers' own sans-serif: nothing is embedded (an embedded face cost the reference's
 * images some 70 KB each). DejaVu Sans comes last before the generic family because the
 * PNG renderer is given it and nothing else.
 */
export const FONT_STACK =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'DejaVu Sans', sans-serif";

export interface TextStyle {
  size: number;
  fill: string;
  bold?: boolean | undefined;
  anchor?: 'start' | 'middle' | 'end' | undefined;
  /** Extra attributes (`data-indicateur`), written escaped. */
  data?: Record<string, string> | undefined;
}

/**
 * Draws top to bottom: each call writes its elements at the current height and moves it
 * down, so the image ends exactly under its last line. Numbers are rounded to tenths to
 * keep the file small.
 */
export class SvgCanvas {
  readonly width: number;
  readonly padding: number;
  y: number;
  readonly #parts: string[] = [];

  constructor(width: number, padding: number) {
    this.width = width;
    this.padding = padding;
    this.y = padding;
  }

  /** The width between the paddings. */
  get inner(): number {
    return this.width - 2 * this.padding;
  }

  raw(markup: string): void {
    this.#parts.push(markup);
  }

  /** One line of text whose top is at `top`. */
  text(x: number, top: number, content: string, style: TextStyle): void {
    const attributes = [
      `x="${n(x)}"`,
      `y="${n(top + style.size * 0.8)}"`,
      `font-size="${style.size}"`,
      `fill="${style.fill}"`,
    ];
    if (style.bold) attributes.push('font-weight="bold"');
    if (style.anchor !== undefined && style.anchor !== 'start') {
      attributes.push(`text-anchor="${style.anchor}"`);
    }
    for (const [name, value] of Object.entries(style.data ?? {})) {
      attributes.push(`${name}="${escapeMarkup(value)}"`);
    }
    this.#parts.push(`<text ${attributes.join(' ')}>${escapeMarkup(content)}</text>`);
  }

  /** Wrapped text at `x`, `width` wide, from the current height; returns the lines' height. */
  paragraph(
    content: string,
    style: TextStyle,
    x = this.padding,
    width = this.inner,
    top = this.y,
  ): number {
    const lines = wrapText(content, style.size, width, style.bold);
    const lineHeight = lineHeightOf(style.size);
    lines.forEach((line, i) => {
      this.text(x, top + i * lineHeight, line, style);
    });
    return lines.length * lineHeight;
  }

  /** A paragraph that moves the current height below it, then `gap` more. */
  flow(content: string, style: TextStyle, gap = 0): void {
    this.y += this.paragraph(content, style) + gap;
  }

  rect(x: number, top: number, width: number, height: number, fill: string, radius = 0): void {
    const r = radius > 0 ? ` rx="${n(radius)}"` : '';
    this.#parts.push(
      `<rect x="${n(x)}" y="${n(top)}" width="${n(Math.max(0, width))}" height="${n(height)}"${r} fill="${fill}"/>`,
    );
  }

  /** The whole image, `height` the current one plus the bottom padding. */
  finish(head: { title: string; desc: string; background: string; border: string; defs: string }) {
    const height = Math.ceil(this.y + this.padding);
    const w = this.width;
    return [
      `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${height}" viewBox="0 0 ${w} ${height}" role="img" aria-labelledby="ij-titre ij-desc" font-family="${escapeMarkup(FONT_STACK)}">`,
      `<title id="ij-titre">${escapeMarkup(head.title)}</title>`,
      `<desc id="ij-desc">${escapeMarkup(head.desc)}</desc>`,
      head.defs === '' ? '' : `<defs>${head.defs}</defs>`,
      `<rect x="0.5" y="0.5" width="${w - 1}" height="${height - 1}" rx="8" fill="${head.background}" stroke="${head.border}"/>`,
      ...this.#parts,
      '</svg>',
    ].join('');
  }
}

export function lineHeightOf(size: number): number {
  return Math.round(size * 1.35);
}

/** A coordinate with at most one decimal. */
function n(value: number): string {
  return String(Math.round(value * 10) / 10);
}
