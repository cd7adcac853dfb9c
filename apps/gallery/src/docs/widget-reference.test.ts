import manifest from '@inserjeunes/widget/custom-elements.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import {
  ATTRIBUTS,
  EVENEMENTS,
  PARTIES,
  PROPRIETES,
  referenceTable,
  widgetReference,
} from './widget-reference.js';

interface Named {
  name: string;
}
interface Declaration {
  tagName?: string;
  attributes?: Named[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}

const element = (manifest.modules as { declarations?: Declaration[] }[])
  .flatMap((module) => module.declarations ?? [])
  .find((declaration) => declaration.tagName === 'inserjeunes-indicateurs');
const names = (list: readonly Named[] | undefined) =>
  (list ?? []).map((entry) => entry.name).sort();

describe('the integration guide documents the whole public surface of the widget', () => {
  it('finds the element in the widget’s custom-elements manifest', () => {
    expect(element).toBeDefined();
  });

  it.each([
    ['attributes', ATTRIBUTS, element?.attributes],
    ['events', EVENEMENTS, element?.events],
    ['parts', PARTIES, element?.cssParts],
    ['custom properties', PROPRIETES, element?.cssProperties],
  ] as const)('every one of its %s, and no other', (_, documented, published) => {
    expect(names(documented)).toEqual(names(published));
  });
});

describe('referenceTable', () => {
  it('writes names as text, so a name cannot inject markup', () => {
    const html = referenceTable('Essai', [{ name: '<b>x</b>', description: 'rôle' }], null);
    expect(html).toContain('<code>&lt;b&gt;x&lt;/b&gt;</code>');
    expect(html).not.toContain('<b>');
  });

  it('gives each table a caption and row headers', () => {
    const { attributs } = widgetReference();
    expect(attributs).toContain('<caption>Attributs de &lt;inserjeunes-indicateurs&gt;</caption>');
    expect(attributs.match(/<th scope="row">/g)).toHaveLength(ATTRIBUTS.length);
  });
});
