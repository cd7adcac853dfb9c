/** What a reader (or a mail client without images) gets back from one of our SVGs. */
export interface SvgReading {
  title: string | null;
  desc: string | null;
  width: number;
  height: number;
  /** Every `<text>`'s content, in order. */
  texts: string[];
  /** Figures by filière (`''` outside any) and field, read from their printed text. */
  figures: Map<string, Map<string, number | null>>;
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&apos;': "'",
  '&#39;': "'",
};

function unescapeXml(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|apos|#39);/g, (entity) => ENTITIES[entity] ?? entity);
}

/** `45 %`, `45%`, `1 620 €`, `€1,620` → the number; anything without a digit → null. */
export function printedNumber(text: string): number | null {
  const digits = text.replace(/[^0-9]/g, '');
  return digits === '' ? null : Number(digits);
}

/**
 * Reads an SVG of ours as text, for the tests: its title and description, the text of
 * every `<text>`, and each figure printed on a text marked with its field
 * (`data-indicateur`) inside its filière's group (`data-filiere`).
 */
export function readSvg(svg: string): SvgReading {
  const size = /<svg [^>]*width="(\d+)" height="(\d+)"/.exec(svg);
  const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) =>
    unescapeXml(m[1] ?? ''),
  );
  const figures = new Map<string, Map<string, number | null>>();
  for (const text of svg.matchAll(/<text ([^>]*)>([^<]*)<\/text>/g)) {
    const attributes = text[1] ?? '';
    const key = /data-indicateur="([^"]+)"/.exec(attributes)?.[1];
    if (key === undefined) continue;
    const filiere = /data-filiere="([^"]+)"/.exec(attributes)?.[1] ?? '';
    const byKey = figures.get(filiere) ?? new Map<string, number | null>();
    byKey.set(key, printedNumber(unescapeXml(text[2] ?? '')));
    figures.set(filiere, byKey);
  }
  return {
    title: unescapeXml(/<title[^>]*>([^<]*)<\/title>/.exec(svg)?.[1] ?? '') || null,
    desc: unescapeXml(/<desc[^>]*>([^<]*)<\/desc>/.exec(svg)?.[1] ?? '') || null,
    width: Number(size?.[1] ?? 0),
    height: Number(size?.[2] ?? 0),
    texts,
    figures,
  };
}
