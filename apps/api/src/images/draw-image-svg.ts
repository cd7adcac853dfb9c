import type { FigureLine, FigureSection, ImageModel, PeopleSection } from './image-model.js';
import type { ImagePalette } from './image-palette.js';
import { lineHeightOf, SvgCanvas } from './svg-canvas.js';
import { textWidth, wrapText } from './svg-text.js';

export interface DrawOptions {
  palette: ImagePalette;
  /** Width in pixels; the height follows from the content. */
  width: number;
}

const PADDING = 16;
const PERSON = 'ij-personne';
// A person, 20 × 40: head, then a body with arms, then legs.
const PERSON_SYMBOL = `<symbol id="${PERSON}" viewBox="0 0 20 40"><circle cx="10" cy="6" r="5.5"/><path d="M4 13h12a3 3 0 0 1 3 3v10h-3v13h-4v-11h-4v11h-4v-13h-3v-10a3 3 0 0 1 3-3z"/></symbol>`;

function drawPeople(canvas: SvgCanvas, section: PeopleSection, palette: ImagePalette): void {
  const step = Math.min(34, canvas.inner / 10);
  const size = step * 0.82;
  section.people.forEach((outcome, i) => {
    const fill = outcome === null ? palette.track : palette.outcome[outcome];
    const x = canvas.padding + i * step + (step - size) / 2;
    canvas.raw(
      `<use href="#${PERSON}" x="${x.toFixed(1)}" y="${canvas.y.toFixed(1)}" width="${size.toFixed(1)}" height="${(size * 2).toFixed(1)}" fill="${fill}"/>`,
    );
  });
  canvas.y += size * 2 + 12;
}

function bar(
  canvas: SvgCanvas,
  x: number,
  top: number,
  width: number,
  figure: FigureLine,
  palette: ImagePalette,
) {
  canvas.rect(x, top, width, 8, palette.track, 4);
  if (figure.value !== null && figure.value > 0 && figure.outcome !== null) {
    canvas.rect(
      x,
      top,
      Math.max(8, (width * figure.value) / 100),
      8,
      palette.outcome[figure.outcome],
      4,
    );
  }
}

function valueStyle(
  figure: FigureLine,
  palette: ImagePalette,
  size: number,
  filiere: string | null,
) {
  const data: Record<string, string> = { 'data-indicateur': figure.key };
  if (filiere !== null) data['data-filiere'] = filiere;
  return {
    size: figure.value === null ? size - 3 : size,
    fill: figure.value === null ? palette.muted : palette.text,
    bold: figure.value !== null,
    data,
  };
}

function drawRows(
  canvas: SvgCanvas,
  section: FigureSection,
  palette: ImagePalette,
  filiere: string | null,
) {
  const left = canvas.padding;
  for (const figure of section.figures) {
    const style = valueStyle(figure, palette, 17, filiere);
    const valueWidth = textWidth(figure.valueText, style.size, style.bold);
    const labelX = figure.outcome === null ? left : left + 18;
    const labelWidth = canvas.width - canvas.padding - valueWidth - 10 - labelX;
    if (figure.outcome !== null)
      canvas.rect(left, canvas.y + 3, 12, 12, palette.outcome[figure.outcome], 3);
    canvas.text(canvas.width - canvas.padding, canvas.y, figure.valueText, {
      ...style,
      anchor: 'end',
    });
    const labelHeight = canvas.paragraph(
      figure.label,
      { size: 15, fill: palette.text, bold: true },
      labelX,
      labelWidth,
    );
    canvas.y += Math.max(labelHeight, lineHeightOf(style.size)) + 2;
    if (figure.bar) {
      bar(canvas, labelX, canvas.y + 1, canvas.width - canvas.padding - labelX, figure, palette);
      canvas.y += 14;
    }
    if (figure.line !== null) {
      canvas.y += canvas.paragraph(
        figure.line,
        { size: 13, fill: palette.muted },
        labelX,
        canvas.width - canvas.padding - labelX,
      );
    }
    canvas.y += 10;
  }
}

function drawCompact(
  canvas: SvgCanvas,
  section: FigureSection,
  palette: ImagePalette,
  filiere: string | null,
) {
  const labels = Math.max(...section.figures.map((figure) => textWidth(figure.label, 13)));
  const values = Math.max(
    ...section.figures.map((figure) => textWidth(figure.valueText, 14, true)),
  );
  const barX = canvas.padding + labels + 10;
  const barWidth = canvas.width - canvas.padding - values - 10 - barX;
  for (const figure of section.figures) {
    canvas.text(canvas.padding, canvas.y, figure.label, { size: 13, fill: palette.text });
    bar(canvas, barX, canvas.y + 5, barWidth, figure, palette);
    const style = valueStyle(figure, palette, 14, filiere);
    canvas.text(canvas.width - canvas.padding, canvas.y, figure.valueText, {
      ...style,
      size: 14,
      anchor: 'end',
    });
    canvas.y += lineHeightOf(14) + 4;
  }
  canvas.y += 8;
}

function drawColumns(
  canvas: SvgCanvas,
  section: FigureSection,
  palette: ImagePalette,
  filiere: string | null,
) {
  const gap = 16;
  const count = section.figures.length;
  const width = (canvas.inner - gap * (count - 1)) / count;
  let tallest = 0;
  section.figures.forEach((figure, i) => {
    const x = canvas.padding + i * (width + gap);
    let top = canvas.y;
    const style = valueStyle(figure, palette, 28, filiere);
    const fill =
      figure.outcome === null || figure.value === null
        ? style.fill
        : palette.outcome[figure.outcome];
    for (const line of wrapText(figure.valueText, style.size, width, style.bold)) {
      canvas.text(x, top, line, { ...style, fill });
      top += lineHeightOf(style.size);
    }
    if (figure.bar) {
      bar(canvas, x, top + 2, width, figure, palette);
      top += 16;
    }
    top += canvas.paragraph(
      figure.label,
      { size: 15, fill: palette.text, bold: true },
      x,
      width,
      top,
    );
    if (figure.line !== null)
      top += canvas.paragraph(figure.line, { size: 13, fill: palette.muted }, x, width, top);
    tallest = Math.max(tallest, top - canvas.y);
  });
  canvas.y += tallest + 12;
}

function drawSection(
  canvas: SvgCanvas,
  section: FigureSection,
  palette: ImagePalette,
  filiere: string | null,
) {
  if (section.title !== null)
    canvas.flow(section.title, { size: 14, fill: palette.text, bold: true }, 6);
  if (section.layout === 'rows') drawRows(canvas, section, palette, filiere);
  else if (section.layout === 'compact') drawCompact(canvas, section, palette, filiere);
  else drawColumns(canvas, section, palette, filiere);
}

/**
 * Lays an image out as SVG: real text throughout (figures and words can be selected,
 * searched and read back), the figures in one sentence in `<desc>`, no embedded font.
 */
export function drawImageSvg(model: ImageModel, { palette, width }: DrawOptions): string {
  const canvas = new SvgCanvas(width, PADDING);
  canvas.flow(model.title, { size: 19, fill: palette.accent, bold: true }, 4);
  if (model.libelle !== null)
    canvas.flow(model.libelle, { size: 15, fill: palette.text, bold: true }, 2);
  if (model.scope !== null) canvas.flow(model.scope, { size: 14, fill: palette.muted });
  canvas.y += 10;
  for (const notice of model.notices) {
    const lines = wrapText(notice, 13, canvas.inner - 20);
    const height = lines.length * lineHeightOf(13) + 12;
    canvas.rect(canvas.padding, canvas.y, canvas.inner, height, palette.notice, 4);
    canvas.rect(canvas.padding, canvas.y, 4, height, palette.accent, 2);
    canvas.paragraph(
      notice,
      { size: 13, fill: palette.text },
      canvas.padding + 14,
      canvas.inner - 20,
      canvas.y + 6,
    );
    canvas.y += height + 8;
  }
  if (model.notices.length > 0) canvas.y += 4;
  if (model.message !== null) canvas.flow(model.message, { size: 15, fill: palette.text }, 10);
  const people = model.blocks.some((block) => block.sections.some((s) => s.kind === 'people'));
  for (const block of model.blocks) {
    canvas.raw(block.filiere === null ? '<g>' : `<g data-filiere="${block.filiere}">`);
    if (block.heading !== null) {
      canvas.rect(canvas.padding, canvas.y, canvas.inner, 1, palette.border);
      canvas.y += 10;
      canvas.flow(block.heading, { size: 16, fill: palette.accent, bold: true }, 8);
    }
    if (block.withheld !== null) canvas.flow(block.withheld, { size: 14, fill: palette.text }, 12);
    for (const section of block.sections) {
      if (section.kind === 'people') drawPeople(canvas, section, palette);
      else drawSection(canvas, section, palette, block.filiere);
    }
    canvas.raw('</g>');
  }
  if (model.footer.length > 0) {
    canvas.rect(canvas.padding, canvas.y, canvas.inner, 1, palette.border);
    canvas.y += 8;
    for (const line of model.footer) canvas.flow(line, { size: 12, fill: palette.muted });
  }
  return canvas.finish({
    title: [model.title, model.libelle].filter((part) => part !== null).join(' — '),
    desc: model.desc,
    background: palette.background,
    border: palette.border,
    defs: people ? PERSON_SYMBOL : '',
  });
}
