import { Counter, Histogram, Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { AnswerTally } from './answer-tally.js';

const BOUNDS = [0.001, 0.01, 0.1, 1];
const ANSWERS: [string, number, number][] = [
  ['/api/inserjeunes/certifications', 200, 0.0004],
  ['/api/inserjeunes/certifications', 200, 0.001],
  ['/api/inserjeunes/certifications', 304, 0.02],
  ['/api/inserjeunes/formations', 404, 0.3],
  ['/api/inserjeunes/certifications', 200, 2.5],
  ['/api/inserjeunes/formations', 200, 0.05],
];

describe('answer tally', () => {
  it('prints the counter and histogram that Prometheus counters and histograms print for the same answers', async () => {
    const expected = new Registry();
    const requests = new Counter({
      name: 'requests_total',
      help: 'Requests.',
      labelNames: ['groupe', 'statut'],
      registers: [expected],
    });
    const duration = new Histogram({
      name: 'duration_seconds',
      help: 'Durations.',
      labelNames: ['groupe', 'statut'],
      buckets: BOUNDS,
      registers: [expected],
    });
    const tally = new AnswerTally(BOUNDS);
    for (const [groupe, status, seconds] of ANSWERS) {
      const labels = { groupe, statut: `${Math.floor(status / 100)}xx` };
      requests.inc(labels);
      duration.observe(labels, seconds);
      tally.record(groupe, status, seconds);
    }

    const actual = new Registry();
    new Counter({
      name: 'requests_total',
      help: 'Requests.',
      labelNames: ['groupe', 'statut'],
      registers: [actual],
      collect() {
        this.reset();
        for (const { groupe, statut, count } of tally.rows()) this.inc({ groupe, statut }, count);
      },
    });
    actual.registerMetric(tally.histogram('duration_seconds', 'Durations.'));

    const text = await actual.metrics();
    expect(text).toBe(await expected.metrics());
    expect(text).toContain(
      'duration_seconds_bucket{le="0.001",groupe="/api/inserjeunes/certifications",statut="2xx"} 2',
    );
    expect(text).toContain(
      'duration_seconds_count{groupe="/api/inserjeunes/certifications",statut="2xx"} 3',
    );
  });
});
