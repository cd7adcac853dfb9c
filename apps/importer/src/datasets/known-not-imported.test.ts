import { describe, expect, it } from 'vitest';
import { datasetOf, parseFile } from '../testing/parse-file.js';
import { hasSharedData, sharedData } from '../testing/shared-data.js';

describe.runIf(hasSharedData)('files known but not imported', () => {
  it.each([
    ['catalogues/attractivite_capacite_2022.csv', 'catalogue-affelnet-capacites'],
    ['catalogues/constat_2020.csv', 'constat-effectifs'],
    ['catalogues/catalogue-apprentissage-formations-sample.json', 'catalogue-apprentissage'],
    ['bcn/nDispositifFormation_.csv', 'bcn-n-dispositif-formation'],
    ['bcn/n_categorie_specialite_.csv', 'bcn-n-categorie-specialite'],
    ['bcn/n_domaine_specialite_.csv', 'bcn-n-domaine-specialite'],
    ['bcn/n_groupe_specialite_.csv', 'bcn-n-groupe-specialite'],
    ['bcn/n_type_groupe_formation_.csv', 'bcn-n-type-groupe-formation'],
    ['bcn/diplomesProfessionnels.csv', 'diplomes-professionnels'],
  ])('recognises %s and reads nothing from it', async (file, id) => {
    const parsed = await parseFile(sharedData(file));
    expect(datasetOf(parsed)).toBe(`known:${id}`);
    expect(parsed.read).toBe(0);
  });

  it('reports an unknown file as such instead of guessing', async () => {
    const parsed = await parseFile(sharedData('README.md'));
    expect(datasetOf(parsed)).toMatch(/^unknown:en-tête non reconnu/);
  });
});
