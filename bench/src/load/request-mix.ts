import { pick } from '@inserjeunes/tooling/seeded-random';

/** The three kinds of traffic the load mixes, as the hardening issue names them. */
export type RouteClass = 'lookup' | 'list' | 'coverage';

export const CLASS_LABELS: Record<RouteClass, string> = {
  lookup: 'single lookups',
  list: 'lists',
  coverage: 'coverage (1,000 rows)',
};

/** One request the load may send. */
export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
  contentType?: string;
}

/** A route of the mix: its share of all requests, and the requests drawn for it. */
export interface LoadRoute {
  name: string;
  kind: RouteClass;
  /** Share of all requests, from 0 to 1. */
  weight: number;
  requests: LoadRequest[];
}

/** A request drawn for sending, with the route it counts for. */
export interface DrawnRequest {
  route: LoadRoute;
  request: LoadRequest;
}

/**
 * Draws requests: a route by its weight, then one of its requests uniformly. Routes whose
 * data is missing (no request) pass their share to the others of the same class.
 */
export function requestDrawer(routes: LoadRoute[], random: () => number): () => DrawnRequest {
  const usable = routes.filter((route) => route.requests.length > 0);
  const classWeight = (kind: RouteClass, of: LoadRoute[]) =>
    of.filter((route) => route.kind === kind).reduce((sum, route) => sum + route.weight, 0);
  const scaled = usable.map((route) => ({
    route,
    weight: (route.weight * classWeight(route.kind, routes)) / classWeight(route.kind, usable),
  }));
  const total = scaled.reduce((sum, { weight }) => sum + weight, 0);
  let cumulative = 0;
  const thresholds = scaled.map(({ route, weight }) => {
    cumulative += weight / total;
    return { route, upTo: cumulative };
  });
  return () => {
    const draw = random();
    const route = (thresholds.find(({ upTo }) => draw < upTo) ?? thresholds.at(-1))?.route;
    const request = route === undefined ? undefined : pick(route.requests, random);
    if (route === undefined || request === undefined) throw new Error('no request to send');
    return { route, request };
  };
}
