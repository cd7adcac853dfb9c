import { isDeepStrictEqual } from 'node:util';
import { COUNT_KEYS, parseCertificationCode } from '@inserjeunes/contract';
import { DIPLOMES_BCN } from './bcn-diplomes.js';
import { MEFS_BCN } from './bcn-mefs.js';
import { CAS_DEMO } from './cas-demo.js';
import { ETABLISSEMENTS_LISTE } from './etablissements.js';
import { ETATS_DEMO } from './etat-demo.js';
import { etatGalerie } from './etat-galerie.js';
import { type ChiffresBloc, evaluateCase } from './evaluate-case.js';
import type { LigneIndicateur } from './generate-indicateurs.js';
import { jsonText } from './json-text.js';
import { DIPLOMES_SISE } from './sise-diplomes.js';
import { DEPARTEMENTS } from './territoires.js';

/**
 * `cas.json`: the demo's examples for the gallery and the end-to-end journeys, each with what
 * the widget should show and the figures behind it. Generation stops when an example's
 * expectation does not match the figures, so the file never promises what the data cannot do.
 */
export function casFile(rows: readonly LigneIndicateur[]): Buffer {
  const cas = CAS_DEMO.map((c) => {
    const evaluation = evaluateCase(c, rows);
    if (!isDeepStrictEqual(evaluation.attendu, c.attendu)) {
      throw new Error(
        `demo case ${c.id}: the figures give ${JSON.stringify(evaluation.attendu)}, ` +
          `the case expects ${JSON.stringify(c.attendu)}`,
      );
    }
    const etablissement = ETABLISSEMENTS_LISTE.find((e) => e.uai === c.uai);
    const region = c.region ?? etablissement?.region ?? null;
    return {
      id: c.id,
      etat: c.etat,
      etat_galerie: etatGalerie(c),
      titre: c.titre,
      code: c.code,
      libelle: labelOf(c.code),
      uai: c.uai,
      etablissement: etablissement?.appellation ?? null,
      region,
      region_libelle: DEPARTEMENTS.find((d) => d.region === region)?.libelleRegion ?? null,
      audience: c.audience,
      a_afficher: c.a_afficher,
      attendu: c.attendu,
      chiffres: evaluation.chiffres.map(publishedFigures),
    };
  });
  const document = {
    description:
      'Cas de démonstration du widget : pour chaque état, un code (et au besoin un UAI ou une région) ' +
      'et ce que le widget doit afficher. Tous les chiffres sont fictifs. Fichier généré par ' +
      '`pnpm data:demo` : ne pas le modifier à la main.',
    fictif: true,
    etats: ETATS_DEMO,
    cas,
  };
  return Buffer.from(jsonText(document), 'utf8');
}

/** What the API should publish for a block: counts and rates, withheld ones as null. */
function publishedFigures(bloc: ChiffresBloc) {
  const withheld = bloc.rates === null;
  const counts = Object.fromEntries(
    COUNT_KEYS.map((key) => [key, withheld && key !== 'nb_annee_term' ? null : bloc.counts[key]]),
  );
  const rates = Object.fromEntries(
    Object.entries(bloc.rates ?? {}).filter(([, value]) => value !== null),
  );
  const [q1, q2, q3] = bloc.salaires ?? [null, null, null];
  return {
    filiere: bloc.filiere,
    ...counts,
    ...rates,
    salaire_12_mois_q1: q1,
    salaire_12_mois_q2: q2,
    salaire_12_mois_q3: q3,
  };
}

function labelOf(input: string): string | null {
  const parsed = parseCertificationCode(input);
  if (!parsed.ok) return null;
  const { code } = parsed.value;
  const cfd = MEFS_BCN.find((m) => m.mefstat11 === code)?.cfd ?? code;
  return (
    DIPLOMES_BCN.find((d) => d.cfd === cfd)?.libelleLong ??
    DIPLOMES_SISE.find((d) => d.code === code)?.intitule1 ??
    null
  );
}
