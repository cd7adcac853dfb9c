import MagicString from 'magic-string';
import ts from 'typescript';
import type { Plugin } from 'vite';

/** What a tag's template text becomes: CSS loses comments and spaces, markup its indentation. */
const MINIFIERS: Record<string, (text: string) => string> = {
  css: (text) =>
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')
      .trim(),
  // Any run of white space renders as one space (no <pre> or <textarea> in the widget),
  // and indentation is most of the markup's bytes.
  html: (text) => text.replace(/\s*\n\s*/g, ' '),
  svg: (text) => text.replace(/\s*\n\s*/g, ' '),
};

/**
 * Lit's `html`, `svg` and `css` templates are strings no minifier touches: collapse their
 * white space and CSS comments at build time. Only the literal parts of each template are
 * rewritten, found by the TypeScript parser, so expressions are never altered.
 */
export function minifyTemplates(): Plugin {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!/\.ts$/.test(id) || !/\b(html|svg|css)`/.test(code)) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      const edits: { start: number; end: number; text: string }[] = [];
      const visit = (node: ts.Node) => {
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag)) {
          const minify = MINIFIERS[node.tag.text];
          if (minify) {
            const template = node.template;
            const parts = ts.isNoSubstitutionTemplateLiteral(template)
              ? [template]
              : [template.head, ...template.templateSpans.map((span) => span.literal)];
            for (const part of parts) {
              // The raw text lies between `` ` `` or `}` and `${` or `` ` ``.
              const start = part.getStart(source) + 1;
              const end = part.getEnd() - (ts.isTemplateTail(part) || part === template ? 1 : 2);
              edits.push({ start, end, text: minify(code.slice(start, end)) });
            }
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      if (edits.length === 0) return null;
      const result = new MagicString(code);
      for (const { start, end, text } of edits) {
        if (end > start && text !== code.slice(start, end)) result.overwrite(start, end, text);
      }
      return { code: result.toString(), map: result.generateMap({ hires: true, source: id }) };
    },
  };
}
