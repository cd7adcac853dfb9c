import type { Audience, Filiere, Lang, RaisonRepli } from '@inserjeunes/contract';

/** The three outcomes every image draws, and `inconnu` for people whose outcome is not published. */
export type Outcome = 'emploi' | 'formation' | 'autres';

/**
 * Everything an image says, in one language. Short on purpose: an image cannot open an
 * explanation, so each outcome carries its few words of definition in its own line.
 */
export interface ImageWords {
  title: Record<Audience, string>;
  national: string;
  region(name: string | null): string;
  etablissement(name: string | null): string;
  promotions(millesime: string): string;
  filiere: Record<Filiere, string>;
  /** 3eme: "N élèves sur 10 travaillent", singular from 0 to 1. */
  outOfTen: Record<Outcome, (people: number) => string>;
  /** lycee and superieur: the outcome's name beside its percentage. */
  name: Record<Outcome, string>;
  /** One line under each outcome: what it counts. */
  line: Record<Outcome, string>;
  /** The figure said in the description sentence: "45 % en emploi salarié 6 mois après". */
  spoken: Record<Outcome, (percent: string) => string>;
  notPublished: string;
  employedAfter: string;
  months(months: number): string;
  spokenEmployedAfter(months: number, percent: string): string;
  stable: string;
  stableLine(months: number): string;
  spokenStable(months: number, percent: string): string;
  salary: string;
  salaryLine(q1: string | null, q3: string | null): string;
  spokenSalary(median: string): string;
  withheldFew(seuil: number, students: boolean): string;
  withheldSource: string;
  noData: { nouveau_diplome: string; non_enseigne: string; non_publie: string };
  unknownCode: string;
  noMillesime(millesime: string): string;
  /** Why a narrower scope (the establishment, the region) was passed over. */
  fallback(raison: RaisonRepli, where: 'etablissement' | 'region'): string;
  closed(date: string | null): string;
  carried(kind: 'ancienne' | 'nouvelle', code: string): string;
  secondeCommune(specialites: string): string;
  demo: string;
  source(name: string, promotions: string | null): string;
  students(count: number, higher: boolean): string;
  percent(value: number): string;
  euros(value: number): string;
}

const grouped = (value: number, separator: string) =>
  String(Math.round(value)).replace(/\B(?=(\d{3})+$)/g, separator);

const FR: ImageWords = {
  title: {
    '3eme': 'Après cette formation, que font les élèves ?',
    lycee: 'Que deviennent les élèves après cette formation ?',
    superieur: 'Que deviennent les diplômés ?',
  },
  national: 'Chiffres pour toute la France',
  region: (name) => (name === null ? 'Chiffres de la région' : `Chiffres de la région ${name}`),
  etablissement: (name) =>
    name === null ? 'Chiffres de cet établissement' : `Chiffres de l’établissement ${name}`,
  promotions: (millesime) => {
    const [first, second] = millesime.split('_');
    return second === undefined ? `promotion ${first}` : `promotions ${first} et ${second}`;
  },
  filiere: {
    scolaire: 'Voie scolaire',
    apprentissage: 'Apprentissage',
    agricole: 'Enseignement agricole',
    superieur: 'Enseignement supérieur',
  },
  outOfTen: {
    emploi: (n) => (n <= 1 ? `${n} élève sur 10 a un emploi` : `${n} élèves sur 10 ont un emploi`),
    formation: (n) =>
      n <= 1 ? `${n} élève sur 10 continue d’étudier` : `${n} élèves sur 10 continuent d’étudier`,
    autres: (n) =>
      n <= 1 ? `${n} élève sur 10 fait autre chose` : `${n} élèves sur 10 font autre chose`,
  },
  name: { emploi: 'En emploi', formation: 'En formation', autres: 'Autres situations' },
  line: {
    emploi: 'emploi salarié en France 6 mois après, privé ou public',
    formation: 'études, redoublement ou changement de filière',
    autres: 'recherche d’emploi, travail indépendant, étranger…',
  },
  spoken: {
    emploi: (p) => `${p} en emploi salarié 6 mois après`,
    formation: (p) => `${p} en formation`,
    autres: (p) => `${p} dans une autre situation`,
  },
  notPublished: 'non publié',
  employedAfter: 'En emploi salarié après…',
  months: (m) => `${m} mois`,
  spokenEmployedAfter: (m, p) => `${p} en emploi salarié après ${m} mois`,
  stable: 'Emploi stable',
  stableLine: (m) => `des emplois salariés à ${m} mois sont des CDI ou des postes de fonctionnaire`,
  spokenStable: (m, p) => `${p} des emplois à ${m} mois sont stables`,
  salary: 'Salaire médian 12 mois après',
  salaryLine: (q1, q3) =>
    q1 !== null && q3 !== null
      ? `net par mois ; la moitié du milieu gagne de ${q1} à ${q3}`
      : 'net par mois, en équivalent temps plein',
  spokenSalary: (m) => `salaire médian ${m} net par mois 12 mois après`,
  withheldFew: (seuil, students) =>
    `Moins de ${seuil} ${students ? 'étudiants' : 'élèves'} : trop peu pour publier des chiffres sans que l’on reconnaisse quelqu’un. Cela ne dit rien de la qualité de la formation.`,
  withheldSource: 'La source n’a pas publié les chiffres de cette formation.',
  noData: {
    nouveau_diplome:
      'Ce diplôme est récent : ses premiers élèves n’ont pas encore été suivis. Les chiffres viendront.',
    non_enseigne: 'Cette formation n’est pas proposée dans cet établissement.',
    non_publie: 'Aucun chiffre n’est publié pour cette formation.',
  },
  unknownCode: 'Ce code de formation est inconnu : aucun chiffre à montrer.',
  noMillesime: (m) => `Aucun chiffre pour ce millésime (${FR.promotions(m)}).`,
  fallback: (raison, where) => {
    const here = where === 'region' ? 'dans la région' : 'dans cet établissement';
    if (raison === 'effectif_insuffisant')
      return `Trop peu d’élèves ${here} pour publier ses propres chiffres.`;
    if (raison === 'non_publie') return `Les chiffres ${here} ne sont pas publiés.`;
    return `Pas de chiffres pour cette formation ${here}.`;
  },
  closed: (date) =>
    date === null
      ? 'Ce diplôme n’est plus délivré.'
      : `Ce diplôme n’est plus délivré depuis le ${frenchDate(date)}.`,
  carried: (kind, code) =>
    kind === 'ancienne'
      ? `Diplôme récent : chiffres du diplôme qu’il remplace (${code}).`
      : `Chiffres du diplôme qui le remplace (${code}).`,
  secondeCommune: (list) => `Seconde commune : chiffres réunis des spécialités (${list}).`,
  demo: 'Données fictives de démonstration.',
  source: (name, promotions) =>
    promotions === null ? `Source : ${name}` : `Source : ${name}, ${promotions}`,
  students: (count, higher) =>
    `${grouped(count, '\u202f')} ${higher ? 'diplômés' : 'élèves'} suivis`,
  percent: (value) => `${grouped(value, '\u202f')}\u00a0%`,
  euros: (value) => `${grouped(value, '\u202f')}\u00a0€`,
};

const EN: ImageWords = {
  title: {
    '3eme': 'After this training, what do students do?',
    lycee: 'What becomes of students after this training?',
    superieur: 'What becomes of graduates?',
  },
  national: 'Figures for the whole of France',
  region: (name) => (name === null ? 'Figures for the region' : `Figures for ${name}`),
  etablissement: (name) => (name === null ? 'Figures for this school' : `Figures for ${name}`),
  promotions: (millesime) => {
    const [first, second] = millesime.split('_');
    return second === undefined ? `class of ${first}` : `classes of ${first} and ${second}`;
  },
  filiere: {
    scolaire: 'At school',
    apprentissage: 'Apprenticeship',
    agricole: 'Agricultural education',
    superieur: 'Higher education',
  },
  outOfTen: {
    emploi: (n) => `${n} out of 10 have a job`,
    formation: (n) => `${n} out of 10 are still studying`,
    autres: (n) => `${n} out of 10 do something else`,
  },
  name: { emploi: 'Employed', formation: 'In education', autres: 'Other paths' },
  line: {
    emploi: 'salaried job in France 6 months on, private or public',
    formation: 'further study, repeating a year or changing track',
    autres: 'job seeking, self-employed, abroad…',
  },
  spoken: {
    emploi: (p) => `${p} in salaried employment 6 months on`,
    formation: (p) => `${p} in education`,
    autres: (p) => `${p} in other situations`,
  },
  notPublished: 'not published',
  employedAfter: 'In salaried employment after…',
  months: (m) => `${m} months`,
  spokenEmployedAfter: (m, p) => `${p} in salaried employment after ${m} months`,
  stable: 'Stable employment',
  stableLine: (m) => `of salaried jobs at ${m} months are permanent contracts or civil service`,
  spokenStable: (m, p) => `${p} of jobs at ${m} months are stable`,
  salary: 'Median salary 12 months on',
  salaryLine: (q1, q3) =>
    q1 !== null && q3 !== null
      ? `net a month; the middle half earns ${q1} to ${q3}`
      : 'net a month, full-time equivalent',
  spokenSalary: (m) => `median salary ${m} net a month 12 months on`,
  withheldFew: (seuil, students) =>
    `Fewer than ${seuil} ${students ? 'students' : 'pupils'}: too few to publish figures without anyone being recognised. This says nothing about the training’s quality.`,
  withheldSource: 'The source did not publish figures for this training.',
  noData: {
    nouveau_diplome:
      'This diploma is new: its first students have not been followed yet. Figures will come.',
    non_enseigne: 'This training is not offered at this school.',
    non_publie: 'No figures are published for this training.',
  },
  unknownCode: 'This training code is unknown: no figures to show.',
  noMillesime: (m) => `No figures for this year (${EN.promotions(m)}).`,
  fallback: (raison, where) => {
    const here = where === 'region' ? 'in the region' : 'at this school';
    if (raison === 'effectif_insuffisant')
      return `Too few students ${here} to publish its own figures.`;
    if (raison === 'non_publie') return `Figures ${here} are not published.`;
    return `No figures for this training ${here}.`;
  },
  closed: (date) =>
    date === null
      ? 'This diploma is no longer awarded.'
      : `This diploma has not been awarded since ${englishDate(date)}.`,
  carried: (kind, code) =>
    kind === 'ancienne'
      ? `New diploma: figures of the one it replaces (${code}).`
      : `Figures of the diploma that replaces it (${code}).`,
  secondeCommune: (list) => `Common first year: figures of its specialities together (${list}).`,
  demo: 'Fictitious demonstration data.',
  source: (name, promotions) =>
    promotions === null ? `Source: ${name}` : `Source: ${name}, ${promotions}`,
  students: (count, higher) =>
    `${grouped(count, ',')} ${higher ? 'graduates' : 'students'} followed`,
  percent: (value) => `${grouped(value, ',')}%`,
  euros: (value) => `€${grouped(value, ',')}`,
};

const FR_MONTHS =
  'janvier février mars avril mai juin juillet août septembre octobre novembre décembre';
const EN_MONTHS =
  'January February March April May June July August September October November December';

function dateParts(value: string): [number, number, number] | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (match === null) return null;
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function frenchDate(value: string): string {
  const parts = dateParts(value);
  if (parts === null) return value;
  const [year, month, day] = parts;
  return `${day === 1 ? '1er' : day} ${FR_MONTHS.split(' ')[month - 1] ?? ''} ${year}`;
}

function englishDate(value: string): string {
  const parts = dateParts(value);
  if (parts === null) return value;
  const [year, month, day] = parts;
  return `${day} ${EN_MONTHS.split(' ')[month - 1] ?? ''} ${year}`;
}

/** The images' words in French (the default) and English. */
export const IMAGE_WORDS: Record<Lang, ImageWords> = { fr: FR, en: EN };
