import { readFileSync } from 'node:fs';
import type { DbHandle } from '@inserjeunes/db';
import { testDbTargets } from '@inserjeunes/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPaths } from './import-paths.js';
import { formatFileReport } from './report/format-report.js';
import { snapshotDb } from './testing/db-snapshot.js';
import { regionalSubset } from './testing/regional-subset.js';
import { hasSharedData, sharedData } from './testing/shared-data.js';
import { tempDir } from './testing/temp-dir.js';

/** A copy of the regional subset with one line changed by `damage` (fields of line `index`). */
function damaged(
  subset: ReturnType<typeof regionalSubset>,
  index: number,
  damage: (fields: string[], header: string[]) => string[] | string,
): string {
  const header = subset.header.split(';');
  const lines = subset.lines.map((line, position) => {
    if (position !== index) return line;
    const result = damage(line.split(';'), header);
    return typeof result === 'string' ? result : result.join(';');
  });
  return `${[subset.header, ...lines].join('\n')}\n`;
}

describe.runIf(hasSharedData).each(testDbTargets())(
  'a file with an invalid line, on $name',
  ({ open }) => {
    let db: DbHandle;
    const files = tempDir('corrupted');
    const subset = regionalSubset(4);
    const column = (name: string) => subset.header.split(';').indexOf(name);
    // The damaged line: an apprentice line with every count (its file line is target + 2).
    const target = subset.lines.findIndex((line) => {
      const fields = line.split(';');
      return (
        fields[column('voie')] === 'apprentissage' &&
        fields[column('nb_sortant')] !== '' &&
        fields[column('nb_en_emploi_6_mois')] !== ''
      );
    });
    const set = (name: string, value: string) => (fields: string[]) => {
      fields[column(name)] = value;
      return fields;
    };

    beforeAll(async () => {
      db = await open();
      const report = await importPaths(db, [
        sharedData('bcn/nFormationDiplome_.csv'),
        files.write('ij_region_subset.csv', subset.text),
      ]);
      expect(report.ok).toBe(true);
    });
    afterAll(async () => {
      await db.close();
      files.remove();
    });

    it.each([
      [
        'an impossible rate',
        set('taux_emploi_6_mois', '140'),
        /taux_emploi_6_mois : taux impossible \(140\)/,
      ],
      [
        'a negative count',
        set('nb_en_emploi_12_mois', '-3'),
        /nb_en_emploi_12_mois : effectif négatif \(-3\)/,
      ],
      [
        'a count above the final-year students',
        set('nb_poursuite_etudes', '100000'),
        /nb_poursuite_etudes \(100000\) dépasse nb_annee_term/,
      ],
      [
        'employment above the leavers',
        set('nb_en_emploi_6_mois', '99999'),
        /nb_en_emploi_6_mois \(99999\) dépasse le nombre de sortants/,
      ],
      [
        'a malformed code',
        set('cfd', '4002521'),
        /cfd : « 4002521 » un code CFD compte 8 caractères/,
      ],
      [
        'an unknown region',
        set('code_region', '99'),
        /code_region : « 99 » n’est pas un code de région INSEE/,
      ],
      ['a malformed millésime', set('millesime', '2022-2024'), /millesime : « 2022-2024 »/],
      [
        'a truncated line',
        (fields: string[]) => fields.slice(0, 9).join(';').slice(0, -1),
        /ligne incomplète : 9 champs au lieu de 19 \(ligne tronquée \?\)/,
      ],
    ])('changes nothing when it has %s, and says which line and why', async (_, damage, reason) => {
      const before = await snapshotDb(db);
      const path = files.write(
        `copy-${Math.random().toString(36).slice(2)}.csv`,
        damaged(subset, target, damage),
      );
      const report = await importPaths(db, [path]);
      const [file] = report.files;
      if (file === undefined) throw new Error('no report');
      expect(report.ok).toBe(false);
      expect(file).toMatchObject({ status: 'rejected', rejected: 1, imported: 0 });
      expect(file.errors).toEqual([{ line: target + 2, reason: expect.stringMatching(reason) }]);
      expect(formatFileReport(file)).toContain(`${path}:${target + 2}: ${file.errors[0]?.reason}`);
      expect(await snapshotDb(db)).toEqual(before);
    });

    it('changes nothing when a required column is missing', async () => {
      const before = await snapshotDb(db);
      const drop = column('nb_sortant');
      const text = [subset.header, ...subset.lines]
        .map((line) =>
          line
            .split(';')
            .filter((_, index) => index !== drop)
            .join(';'),
        )
        .join('\n');
      const report = await importPaths(db, [files.write('sans-colonne.csv', text)]);
      expect(report.files[0]).toMatchObject({ status: 'rejected' });
      expect(report.files[0]?.errors).toEqual([
        { line: 1, reason: 'colonne obligatoire absente : nb_sortant' },
      ]);
      expect(await snapshotDb(db)).toEqual(before);
    });

    it('changes nothing when Latin-1 text was read as UTF-8 on its way', async () => {
      const before = await snapshotDb(db);
      // What an editor does when it opens the Latin-1 BCN export as UTF-8 and saves it.
      const latin1 = readFileSync(sharedData('bcn/nFormationDiplome_.csv'));
      const misread = new TextDecoder('utf-8').decode(latin1);
      const report = await importPaths(db, [files.write('nFormationDiplome_utf8.csv', misread)]);
      const [file] = report.files;
      if (file === undefined) throw new Error('no report');
      expect(file.status).toBe('rejected');
      expect(file.errors[0]?.reason).toMatch(
        /texte mal décodé .* Latin-1 puis relu comme de l’UTF-8/,
      );
      expect(file.errorCount).toBeGreaterThan(20);
      const printed = formatFileReport(file);
      // The first 20 problems, then a count of the others.
      expect(printed.filter((line) => line.includes('nFormationDiplome_utf8.csv:'))).toHaveLength(
        20,
      );
      expect(printed.at(-1)).toMatch(/^… et [\d  ]+ autres erreurs dans /);
      expect(await snapshotDb(db)).toEqual(before);
    });

    it('changes nothing when a line repeats another one’s key', async () => {
      const before = await snapshotDb(db);
      const text = `${[subset.header, ...subset.lines, subset.lines[3]].join('\n')}\n`;
      const report = await importPaths(db, [files.write('doublon.csv', text)]);
      expect(report.files[0]?.errors).toEqual([
        {
          line: subset.lines.length + 2,
          reason: expect.stringMatching(/ligne en double .* que la ligne 5/),
        },
      ]);
      expect(await snapshotDb(db)).toEqual(before);
    });
  },
);
