import { type MonUsage, Stats, type UsageJour } from '@inserjeunes/contract';
import { usageQuotidien } from '@inserjeunes/db';
import { and, asc, between, desc, eq, type SQL } from 'drizzle-orm';
import * as z from 'zod/mini';
import { invalidParameter } from '../http/api-failure.js';
import { type ApiRoute, defineRoute } from '../http/define-route.js';
import { documentedText, parsedParam } from '../http/parsed-param.js';
import { queryParams } from '../http/query-params.js';
import type { QueryParam, QueryValues } from '../http/read-query.js';
import { sendJson, sendText } from '../http/send-body.js';
import { csvHeaders, toCsv } from '../http/to-csv.js';
import type { RouteDeps } from './route-deps.js';

const consommateur: QueryParam<string> = {
  description: 'Un seul consommateur (partenaire ou site).',
  schema: parsedParam(
    (raw) =>
      raw.length > 0 && raw.length <= 253
        ? { ok: true, value: raw }
        : { ok: false, reason: 'attendu 1 à 253 caractères' },
    documentedText({ maxLength: 253 }),
  ),
};

const statsQuery = {
  du: {
    ...queryParams.date,
    description: 'Premier jour (AAAA-MM-JJ ; 30 jours avant `au` par défaut).',
  },
  au: { ...queryParams.date, description: 'Dernier jour (AAAA-MM-JJ ; aujourd’hui par défaut).' },
  consommateur,
};

const DEFAULT_DAYS = 30;
const MAX_DAYS = 366;

/** Usage per day × consumer × route, and what data the service holds. */
export function statsRoutes(deps: RouteDeps): ApiRoute[] {
  async function usage(query: QueryValues<typeof statsQuery>) {
    const au = query.au ?? deps.readModel.today();
    const du = query.du ?? shiftDays(au, -(DEFAULT_DAYS - 1));
    if (du > au)
      throw invalidParameter('du', `le premier jour (${du}) suit le dernier (${au})`, du);
    if (shiftDays(du, MAX_DAYS) < au) {
      throw invalidParameter('du', `une période compte au plus ${MAX_DAYS} jours`, du);
    }
    await deps.usage.flush();
    const conditions: SQL[] = [between(usageQuotidien.jour, du, au)];
    if (query.consommateur) conditions.push(eq(usageQuotidien.consommateur, query.consommateur));
    const rows: UsageJour[] = await deps.primary.db
      .select()
      .from(usageQuotidien)
      .where(and(...conditions))
      .orderBy(
        desc(usageQuotidien.jour),
        asc(usageQuotidien.consommateur),
        asc(usageQuotidien.route),
      );
    return { du, au, rows };
  }

  return [
    defineRoute({
      method: 'get',
      path: '/stats',
      operationId: 'stats',
      summary: 'Usage par jour, consommateur et route ; couverture des données',
      description:
        'Aucune adresse IP n’est conservée : un consommateur est le partenaire de la clé, sinon le site appelant (Origin, sinon Referer). Avec une clé (X-API-Key), `mon_usage` donne l’usage du partenaire de cette clé, et de lui seul, sur la période.',
      tag: 'Service',
      query: statsQuery,
      responses: { 200: { description: 'Statistiques', content: { 'application/json': Stats } } },
      errors: [400, 429, 503],
      use: [deps.fresh],
      handler: async (c, { query }) => {
        const { du, au, rows } = await usage(query);
        const coverage = await deps.readModel.dataCoverage();
        const consumer = c.get('consumer');
        const mine =
          consumer?.partner != null
            ? await partnerUsage(deps, consumer.partner, consumer.limitPerMinute, du, au)
            : undefined;
        const views = new Map<string, number>();
        for (const row of rows) {
          if (row.vues_widget > 0)
            views.set(row.consommateur, (views.get(row.consommateur) ?? 0) + row.vues_widget);
        }
        const body: Stats = {
          periode: { du, au },
          usage: rows,
          totaux_usage: {
            appels: rows.reduce((sum, row) => sum + row.appels, 0),
            vues_widget: rows.reduce((sum, row) => sum + row.vues_widget, 0),
            consommateurs: new Set(rows.map((row) => row.consommateur)).size,
            vues_widget_par_consommateur: [...views]
              .map(([name, vues]) => ({ consommateur: name, vues }))
              .sort((a, b) => b.vues - a.vues || a.consommateur.localeCompare(b.consommateur)),
          },
          ...(mine ? { mon_usage: mine } : {}),
          couverture_donnees: coverage,
        };
        return sendJson(c, body);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/stats.csv',
      operationId: 'stats_csv',
      summary: 'Usage par jour, consommateur et route, en CSV',
      tag: 'Service',
      query: statsQuery,
      responses: { 200: { description: 'Fichier CSV', content: { 'text/csv': z.string() } } },
      errors: [400, 429, 503],
      use: [deps.fresh],
      handler: async (c, { query }) => {
        const { du, au, rows } = await usage(query);
        const csv = toCsv(
          ['jour', 'consommateur', 'route', 'appels', 'vues_widget'],
          rows.map((row) => [row.jour, row.consommateur, row.route, row.appels, row.vues_widget]),
        );
        return sendText(c, csv, csvHeaders(`inserjeunes-usage-${du}-${au}.csv`));
      },
    }),
  ];
}

/** A partner's own usage from `du` to `au`, per day (newest first) and per route (most called first). */
async function partnerUsage(
  deps: RouteDeps,
  partenaire: string,
  limit: number,
  du: string,
  au: string,
): Promise<MonUsage> {
  const rows = await deps.primary.db
    .select()
    .from(usageQuotidien)
    .where(and(between(usageQuotidien.jour, du, au), eq(usageQuotidien.consommateur, partenaire)));
  const add = <K extends string>(
    map: Map<K, { appels: number; vues_widget: number }>,
    key: K,
    row: UsageJour,
  ) => {
    const sum = map.get(key) ?? { appels: 0, vues_widget: 0 };
    sum.appels += row.appels;
    sum.vues_widget += row.vues_widget;
    map.set(key, sum);
  };
  const days = new Map<string, { appels: number; vues_widget: number }>();
  const routes = new Map<string, { appels: number; vues_widget: number }>();
  for (const row of rows) {
    add(days, row.jour, row);
    add(routes, row.route, row);
  }
  return {
    partenaire,
    limite_par_minute: limit,
    appels: rows.reduce((sum, row) => sum + row.appels, 0),
    vues_widget: rows.reduce((sum, row) => sum + row.vues_widget, 0),
    par_jour: [...days]
      .map(([jour, sum]) => ({ jour, ...sum }))
      .sort((a, b) => b.jour.localeCompare(a.jour)),
    par_route: [...routes]
      .map(([route, sum]) => ({ route, ...sum }))
      .sort((a, b) => b.appels - a.appels || a.route.localeCompare(b.route)),
  };
}

function shiftDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
