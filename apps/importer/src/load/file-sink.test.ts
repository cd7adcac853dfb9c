import { describe, expect, it } from 'vitest';
import { buildIndicateur } from '../figures/build-indicateur.js';
import { emptyFileReport } from '../report/report.js';
import { FileSink } from './file-sink.js';

describe('the sink of a file being loaded', () => {
  it('counts every problem but keeps the first thousand with their line', () => {
    const report = emptyFileReport('essai.csv');
    const sink = new FileSink(report);
    for (let line = 2; line < 1502; line++) sink.reject(line, 'ligne invalide');
    sink.reject(2, 'deuxième problème');
    sink.warn(3, 'à vérifier');
    sink.ignore(4);
    expect(report.errorCount).toBe(1501);
    expect(report.errors).toHaveLength(1000);
    expect(report.errors[0]).toEqual({ line: 2, reason: 'ligne invalide' });
    expect(sink.rejectedLines.size).toBe(1500);
    expect(report.warnings).toEqual([{ line: 3, reason: 'à vérifier' }]);
    expect(report.ignored).toBe(1);
  });

  it('says the file is fictitious as soon as one figure is, and gathers the scopes of its figures', () => {
    const report = emptyFileReport('essai.csv');
    const sink = new FileSink(report);
    const figure = (fictif: boolean) =>
      buildIndicateur({
        scope: 'regional',
        millesime: '2022_2023',
        filiere: 'apprentissage',
        code: '40025214',
        code_type: 'CFD',
        region_code: '84',
        fictif,
      });
    sink.emit('region', { code: '84', libelle: 'Auvergne-Rhône-Alpes' }, 2);
    sink.emit('indicateur', figure(false), 3);
    expect(report.fictif).toBe(false);
    sink.emit('indicateur', figure(true), 4);
    expect(report.fictif).toBe(true);
    expect([...sink.scopes]).toEqual(['regional']);
  });
});
