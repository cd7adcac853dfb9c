import type { Stats } from '@inserjeunes/contract';

/** Usage per day (all partners together), days in order. */
export interface DailyUsage {
  jours: string[];
  appels: number[];
  vues_widget: number[];
}

/** Every day from `du` to `au` (`YYYY-MM-DD`, both included). */
export function daysBetween(du: string, au: string): string[] {
  const days: string[] = [];
  const end = Date.parse(`${au}T00:00:00Z`);
  for (
    let time = Date.parse(`${du}T00:00:00Z`);
    time <= end && days.length < 3660;
    time += 86_400_000
  ) {
    days.push(new Date(time).toISOString().slice(0, 10));
  }
  return days;
}

/**
 * Sums the day × consumer × route rows per day. With the period, every day of it is there,
 * a day without calls at zero, so the chart's time axis is true.
 */
export function usagePerDay(usage: Stats['usage'], periode?: Stats['periode']): DailyUsage {
  const seen = usage.map((row) => row.jour);
  const days = [
    ...new Set([...(periode === undefined ? [] : daysBetween(periode.du, periode.au)), ...seen]),
  ].sort();
  const total = (day: string, key: 'appels' | 'vues_widget') =>
    usage.filter((row) => row.jour === day).reduce((sum, row) => sum + row[key], 0);
  return {
    jours: days,
    appels: days.map((day) => total(day, 'appels')),
    vues_widget: days.map((day) => total(day, 'vues_widget')),
  };
}

/** Calls and widget views per consumer over the period, most calls first. */
export function usagePerConsumer(
  usage: Stats['usage'],
): { consommateur: string; appels: number; vues_widget: number }[] {
  const totals = new Map<string, { appels: number; vues_widget: number }>();
  for (const row of usage) {
    const entry = totals.get(row.consommateur) ?? { appels: 0, vues_widget: 0 };
    entry.appels += row.appels;
    entry.vues_widget += row.vues_widget;
    totals.set(row.consommateur, entry);
  }
  return [...totals]
    .map(([consommateur, entry]) => ({ consommateur, ...entry }))
    .sort((a, b) => b.appels - a.appels || a.consommateur.localeCompare(b.consommateur));
}

/** Rows per day and consumer (routes summed), for the detailed table. */
export function usagePerDayAndConsumer(
  usage: Stats['usage'],
): { jour: string; consommateur: string; appels: number; vues_widget: number }[] {
  const totals = new Map<
    string,
    { jour: string; consommateur: string; appels: number; vues_widget: number }
  >();
  for (const row of usage) {
    const key = `${row.jour}\u0000${row.consommateur}`;
    const entry = totals.get(key) ?? {
      jour: row.jour,
      consommateur: row.consommateur,
      appels: 0,
      vues_widget: 0,
    };
    entry.appels += row.appels;
    entry.vues_widget += row.vues_widget;
    totals.set(key, entry);
  }
  return [...totals.values()].sort(
    (a, b) => a.jour.localeCompare(b.jour) || a.consommateur.localeCompare(b.consommateur),
  );
}
