import {
  Affichage,
  ApiError,
  AUDIENCES,
  CODE_TYPES,
  ERROR_CODES,
  FILIERES,
  RAISONS_ABSENCE,
  RAISONS_MASQUAGE,
  RAISONS_REPLI,
  SCOPES,
} from '@inserjeunes/contract';
import { describe, expect, it } from 'vitest';
import { validatorSource } from '../../scripts/validator-source.js';
import { validateAffichage, validateApiError } from '../generated/validators.js';
import { affichage, block } from '../testing/fixtures.js';
import { STATES, scenarioReply } from '../testing/scenarios.js';
import { type Answer, apiError } from '../testing/stub-api.js';
import { parseResponse } from './parse-response.js';

/** A small seeded generator (mulberry32): the same mutations on every run. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  return { next, pick };
}

type Json = unknown;
type Container = Record<string, Json> | Json[];

const isContainer = (value: Json): value is Container =>
  typeof value === 'object' && value !== null;

/** Every place inside `value` that holds a value: its container and key. */
function slots(value: Json, found: [Container, string | number][] = []) {
  if (!isContainer(value)) return found;
  for (const [key, child] of Object.entries(value)) {
    found.push([value, Array.isArray(value) ? Number(key) : key]);
    slots(child, found);
  }
  return found;
}

/** The values each key holds across the fixtures, and every subtree, as replacements. */
function material(values: readonly Json[]) {
  const byKey = new Map<string, Json[]>();
  const subtrees: Json[] = [];
  const walk = (value: Json) => {
    subtrees.push(value);
    if (!isContainer(value)) return;
    for (const [key, child] of Object.entries(value)) {
      byKey.set(key, [...(byKey.get(key) ?? []), child]);
      walk(child);
    }
  };
  for (const value of values) walk(value);
  return { byKey, subtrees };
}

const ODD_VALUES: Json[] = [
  null,
  undefined,
  true,
  0,
  -1,
  1.5,
  2 ** 53,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  '',
  'x',
  '12',
  'regional',
  [],
  {},
  [1],
  { code: '53', libelle: 'Bretagne' },
];

/** A value next to `value`: across a bound, of another kind, or a neighbour. */
function nudge(value: Json, rng: ReturnType<typeof random>): Json {
  if (typeof value === 'number') {
    return rng.pick([value + 1, value - 1, value + 0.5, -value, 0, 100, 101, -100, -101, 2 ** 53]);
  }
  if (typeof value === 'string') return rng.pick([`${value}x`, value.toUpperCase(), 12, null]);
  if (typeof value === 'boolean') return rng.pick([!value, String(value), 0]);
  if (value === null) return rng.pick([...ODD_VALUES, 100, 101, -100, -101, 20, 1520.5]);
  return rng.pick(ODD_VALUES);
}

/**
 * One to three random changes in a copy of `value`, at any place in it: a value nudged
 * across a bound or to another kind, swapped for what the same key holds in another
 * fixture (often still valid), for an odd value or for any piece of a fixture; a key or
 * an item removed; a key or an item added.
 */
function mutate(
  value: Json,
  { byKey, subtrees }: ReturnType<typeof material>,
  rng: ReturnType<typeof random>,
): Json {
  const copy = structuredClone(value);
  const changes = 1 + Math.floor(rng.next() * 3);
  for (let n = 0; n < changes; n++) {
    const places = slots(copy);
    if (places.length === 0) break;
    const [container, key] = rng.pick(places);
    const current = (container as Record<string | number, Json>)[key];
    const move = rng.next();
    let next: Json;
    if (move < 0.35) next = nudge(current, rng);
    else if (move < 0.6) next = rng.pick(byKey.get(String(key)) ?? [null]);
    else if (move < 0.75) next = rng.pick(ODD_VALUES);
    else if (move < 0.8) next = rng.pick(subtrees);
    else if (move < 0.9) {
      if (Array.isArray(container)) container.splice(Number(key), 1);
      else delete container[String(key)];
      continue;
    } else {
      if (Array.isArray(container)) container.push(structuredClone(container[0]));
      else container[rng.pick(['extra', 'taux_inconnu'])] = rng.pick(ODD_VALUES);
      continue;
    }
    (container as Record<string | number, Json>)[key] = structuredClone(next);
  }
  return copy;
}

/** Every answer body the widget's tests use, plus a common first year. */
function fixtures(): { affichages: Json[]; errors: Json[] } {
  const affichages: Json[] = [];
  const errors: Json[] = [];
  for (const audience of AUDIENCES) {
    for (const state of STATES) {
      const reply = scenarioReply(audience, state);
      if (typeof reply !== 'object' || reply instanceof Promise) continue;
      (reply.status === 200 ? affichages : errors).push(reply.body);
    }
  }
  affichages.push(
    affichage({
      seconde_commune: {
        seconde_commune: { code: '32320009', libelle: '2nde commune', famille: 'Relation client' },
        specialites: [{ code: '40031213', libelle: 'BAC PRO Vente' }],
      },
      repli: [{ scope: 'formation', raison: 'absent' }],
      filieres: [block('agricole', { valeur_ajoutee_6_mois: -7, salaire_12_mois_q2: 1520.5 })],
    }),
  );
  errors.push(
    apiError(404, 'donnees_indisponibles', 'Rien', { raison: 'non_enseigne' }).body,
    apiError(500, 'erreur_interne', 'Panne').body,
  );
  return { affichages, errors };
}

describe('the checks generated from the contract', () => {
  const { affichages, errors } = fixtures();
  const pool = material([...affichages, ...errors]);

  it('accept every answer of the fixtures, as zod does', () => {
    expect(affichages.length).toBeGreaterThan(20);
    for (const body of affichages) {
      expect(Affichage.safeParse(body).success).toBe(true);
      expect(validateAffichage(body)).toEqual({ ok: true, value: body });
    }
    for (const body of errors) {
      expect(ApiError.safeParse(body).success).toBe(true);
      expect(validateApiError(body).ok).toBe(true);
    }
  });

  it.each([
    ['Affichage', Affichage, validateAffichage, 1],
    ['ApiError', ApiError, validateApiError, 2],
  ] as const)(
    'accept and reject exactly what zod does on thousands of mutated %s answers, and say where',
    (_, schema, validate, seed) => {
      const rng = random(seed);
      const bodies = schema === Affichage ? affichages : errors;
      let accepted = 0;
      let rejected = 0;
      for (let i = 0; i < 6000; i++) {
        const body = mutate(rng.pick(bodies), pool, rng);
        const expected = schema.safeParse(body);
        const actual = validate(body);
        const context = JSON.stringify(body);
        expect(actual.ok, context).toBe(expected.success);
        if (expected.success) {
          accepted++;
        } else {
          rejected++;
          const where = expected.error.issues[0]?.path.join('.');
          expect(actual.ok ? null : actual.path, context).toBe(where);
        }
      }
      // Both sides of the boundary were explored.
      expect(accepted).toBeGreaterThan(100);
      expect(rejected).toBeGreaterThan(1000);
    },
  );
});

/** Values at and across every bound and enum of the contract. */
const SWEEP: Json[] = [
  ...ODD_VALUES,
  ...[1, 20, 99, 100, 101, -99, -100, -101, 1520.5, -0.5, 2 ** 53 - 1],
  ...[AUDIENCES, SCOPES, FILIERES, CODE_TYPES, RAISONS_REPLI, RAISONS_MASQUAGE].flat(),
  ...[RAISONS_ABSENCE, ERROR_CODES, ['self', 'ancienne', 'nouvelle']].flat(),
];

describe('the checks generated from the contract, place by place', () => {
  const { affichages, errors } = fixtures();
  // One answer of each kind: three audiences, nothing to show, a common first year.
  const kinds = [
    ...AUDIENCES.map((audience) => (scenarioReply(audience, 'figures') as Answer).body),
    (scenarioReply('3eme', 'no-data') as Answer).body,
    affichages.at(-1),
  ];

  it.each([
    ['Affichage', Affichage, validateAffichage, kinds],
    ['ApiError', ApiError, validateApiError, errors],
  ] as const)(
    'agree with zod with each place of each %s answer set to each bound and enum value',
    (_, schema, validate, bodies) => {
      let compared = 0;
      for (const body of bodies) {
        const copy = structuredClone(body);
        for (const [container, key] of slots(copy)) {
          const place = container as Record<string | number, Json>;
          const kept = place[key];
          for (const value of SWEEP) {
            place[key] = value;
            const expected = schema.safeParse(copy);
            const actual = validate(copy);
            expect(actual.ok, `${String(key)} = ${String(value)}`).toBe(expected.success);
            if (!expected.success && !actual.ok) {
              expect(actual.path).toBe(expected.error.issues[0]?.path.join('.'));
            }
            compared++;
          }
          place[key] = kept;
        }
      }
      expect(compared).toBeGreaterThan(1000);
    },
  );
});

describe('parseResponse', () => {
  it('says where an answer departs from the contract', () => {
    const body = affichage({ filieres: [block('scolaire', { taux_en_emploi_6_mois: 140 })] });
    expect(parseResponse(true, 200, body)).toEqual({
      status: 'error',
      code: 'reponse_invalide',
      message: 'réponse inattendue (filieres.0.taux_en_emploi_6_mois)',
    });
  });

  it('reads the reason there is nothing to show, and only a known one', () => {
    const known = apiError(404, 'donnees_indisponibles', 'Rien', { raison: 'nouveau_diplome' });
    expect(parseResponse(false, 404, known.body)).toMatchObject({ raison: 'nouveau_diplome' });
    const odd = apiError(404, 'donnees_indisponibles', 'Rien', { raison: 'autre' });
    expect(parseResponse(false, 404, odd.body)).toMatchObject({ status: 'no-data', raison: null });
    expect(parseResponse(false, 502, '<html>')).toMatchObject({ code: 'http_502' });
  });
});

describe('the generator', () => {
  it('stops at a keyword it does not know, naming where', () => {
    const generate = (schema: Record<string, unknown>) => () =>
      validatorSource({
        targets: [{ name: 'Thing', type: 'Thing', schema }],
        typeImport: 'x',
        command: 'test',
      });
    expect(
      generate({ type: 'object', properties: { code: { type: 'string', minLength: 1 } } }),
    ).toThrow('unsupported JSON Schema keyword "minLength" at Thing#/properties/code');
    expect(generate({ type: 'object', properties: {}, additionalProperties: false })).toThrow(
      'additionalProperties',
    );
  });
});
