import { type Affichage, AUDIENCES, type Audience, LANGS, type Lang } from '@inserjeunes/contract';
import { describe, expect, it } from 'vitest';
import { AFFICHAGE_STATES, affichage, record } from '../testing/affichage-fixtures.js';
import { pngSize } from '../testing/read-png.js';
import { readSvg } from '../testing/read-svg.js';
import { affichageImageModel } from './affichage-image-model.js';
import { drawImageSvg } from './draw-image-svg.js';
import { IMAGE_PALETTES, IMAGE_THEMES } from './image-palette.js';
import { renderPng } from './render-png.js';
import { textWidth } from './svg-text.js';

function draw(answer: Affichage, audience: Audience, lang: Lang, width = 480) {
  const model = affichageImageModel(answer, { audience, lang });
  return drawImageSvg(model, { palette: IMAGE_PALETTES.sobre, width });
}

const CASES = Object.entries(AFFICHAGE_STATES).flatMap(([state, answer]) =>
  AUDIENCES.flatMap((audience) => LANGS.map((lang) => ({ state, answer, audience, lang }))),
);

describe('the image of an answer', () => {
  it.each(CASES)(
    '$state for $audience in $lang prints the answer’s figures, says them in <desc>, under 20 KB',
    ({ answer, audience, lang }) => {
      const svg = draw(answer, audience, lang);
      const read = readSvg(svg);
      expect(Buffer.byteLength(svg)).toBeLessThanOrEqual(20 * 1024);
      expect(read.title).toContain(answer.libelle ?? '');
      expect(read.desc?.length).toBeGreaterThan(20);
      let printed = 0;
      for (const [filiere, figures] of read.figures) {
        const block = answer.filieres.find((entry) => entry.filiere === filiere);
        expect(block).toBeDefined();
        for (const [key, value] of figures) {
          expect(value).toBe(block?.[key as keyof typeof block]);
          if (value !== null) {
            printed += 1;
            // The sentence says the same figure as the picture.
            expect(read.desc).toContain(
              String(value).replace(/\B(?=(\d{3})+$)/, lang === 'fr' ? '\u202f' : ','),
            );
          }
        }
      }
      const withFigures = answer.filieres.filter(
        (block) => block.taux_en_formation !== null || block.taux_en_emploi_6_mois !== null,
      );
      expect(printed > 0).toBe(withFigures.length > 0);
    },
  );

  it('draws figures as text: the only path is the pictogram’s, inside its symbol', () => {
    const svg = draw(AFFICHAGE_STATES.figures as Affichage, '3eme', 'fr');
    expect(svg.match(/<path/g)).toHaveLength(1);
    expect(svg).toMatch(/<symbol [^>]*><circle[^>]*\/><path[^>]*\/><\/symbol>/);
    expect(svg).not.toMatch(/@font-face|<image|base64/);
    expect(readSvg(svg).texts).toContain('45\u00a0%');
  });

  it('shows as many people of each outcome as its "N sur 10" says', () => {
    const answer = affichage([
      record('apprentissage', {
        taux_en_emploi_6_mois: 46,
        taux_en_formation: 49,
        taux_autres_6_mois: 5,
      }),
    ]);
    const svg = draw(answer, '3eme', 'fr');
    const palette = IMAGE_PALETTES.sobre.outcome;
    const people = (fill: string) =>
      [...svg.matchAll(/<use [^>]*fill="([^"]+)"/g)].filter((m) => m[1] === fill).length;
    expect(readSvg(svg).texts).toEqual(
      expect.arrayContaining([
        '4 élèves sur 10 ont un emploi',
        '5 élèves sur 10 continuent d’étudier',
        '1 élève sur 10 fait autre chose',
      ]),
    );
    expect([people(palette.emploi), people(palette.formation), people(palette.autres)]).toEqual([
      4, 5, 1,
    ]);
  });

  it('writes English throughout in English', () => {
    const read = readSvg(draw(AFFICHAGE_STATES.figures as Affichage, '3eme', 'en'));
    expect(read.texts).toContain('At school');
    expect(read.texts).toContain('2 out of 10 have a job');
    expect(read.texts).toContain('45%');
    expect([...read.texts, read.desc].join(' ')).not.toMatch(/élèves|Chiffres|emploi/);
  });

  it('says why figures are withheld, why there are none, and what the notices say', () => {
    const withheld = readSvg(draw(AFFICHAGE_STATES.masque as Affichage, 'lycee', 'fr'));
    expect(withheld.texts.join(' ')).toContain('Moins de 20 élèves');
    expect(withheld.figures.size).toBe(0);
    const none = readSvg(draw(AFFICHAGE_STATES.sans_donnees as Affichage, '3eme', 'en'));
    expect(none.desc).toContain('This diploma is new');
    const fallback = readSvg(draw(AFFICHAGE_STATES.repli as Affichage, 'lycee', 'fr'));
    expect(fallback.desc).toContain('Chiffres de la région Auvergne-Rhône-Alpes');
    expect(fallback.desc).toContain(
      'Trop peu d’élèves dans cet établissement pour publier ses propres chiffres.',
    );
    const closed = readSvg(draw(AFFICHAGE_STATES.ferme as Affichage, 'lycee', 'fr'));
    expect(closed.desc).toContain('n’est plus délivré depuis le 31 août 2023');
    const demo = readSvg(draw(AFFICHAGE_STATES.demonstration as Affichage, '3eme', 'fr'));
    expect(demo.desc).toContain('Données fictives');
    expect(demo.desc).toContain('chiffres du diplôme qu’il remplace (50022100)');
  });

  it('keeps a label with markup as text', () => {
    const answer = affichage([record('apprentissage', { taux_en_emploi_6_mois: 50 })], {
      libelle: '<b>Cuisine</b> & "chef"',
    });
    const svg = draw(answer, 'lycee', 'fr');
    expect(svg).not.toContain('<b>');
    expect(readSvg(svg).title).toContain('<b>Cuisine</b> & "chef"');
  });

  it.each([280, 480, 1000])('is %i px wide, and no line runs past its margin', (width) => {
    for (const audience of AUDIENCES) {
      const answer = affichage([record('apprentissage', { taux_en_emploi_6_mois: 45 })], {
        libelle:
          'Baccalauréat professionnel métiers de l’électricité et de ses environnements connectés',
        repli: [{ scope: 'formation', raison: 'effectif_insuffisant' }],
      });
      const svg = draw(answer, audience, 'fr', width);
      expect(readSvg(svg).width).toBe(width);
      let lines = 0;
      for (const text of svg.matchAll(
        /<text x="([\d.]+)" y="[\d.]+" font-size="(\d+)"([^>]*)>([^<]*)</g,
      )) {
        const [, x, size, attributes = '', content = ''] = text;
        const end = attributes.includes('text-anchor="end"')
          ? Number(x)
          : Number(x) + textWidth(content, Number(size), attributes.includes('bold'));
        expect({ content, end: Math.round(end) <= width - 16 }).toEqual({ content, end: true });
        lines += 1;
      }
      expect(lines).toBe(readSvg(svg).texts.length);
    }
  });

  it.each(IMAGE_THEMES)('renders to a PNG twice its size in the %s theme', async (theme) => {
    const model = affichageImageModel(AFFICHAGE_STATES.figures as Affichage, {
      audience: 'lycee',
      lang: 'fr',
    });
    const svg = drawImageSvg(model, { palette: IMAGE_PALETTES[theme], width: 400 });
    expect(pngSize(await renderPng(svg))).toEqual({ width: 800, height: readSvg(svg).height * 2 });
  });
});
