import { describe, expect, it } from 'vitest';
import { PathTemplate } from './path-template.js';

describe('PathTemplate', () => {
  const cases: [string, string, boolean][] = [
    ['/api/inserjeunes/certifications/{codes}', '/api/inserjeunes/certifications/40025214', true],
    ['/api/inserjeunes/certifications/{codes}', '/api/inserjeunes/certifications/', false],
    ['/api/inserjeunes/certifications/{codes}', '/api/inserjeunes/certifications/a/b', false],
    ['/api/inserjeunes/certifications', '/api/inserjeunes/certifications', true],
    ['/api/inserjeunes/certifications', '/api/inserjeunes/certificationsX', false],
    ['/api/inserjeunes/certifications.csv', '/api/inserjeunes/certifications.csv', true],
    ['/api/inserjeunes/certifications.csv', '/api/inserjeunes/certificationsxcsv', false],
    [
      '/api/inserjeunes/formations/{uai}-{code}',
      '/api/inserjeunes/formations/0010001W-40025214',
      true,
    ],
    ['/api/inserjeunes/formations/{uai}-{code}', '/api/inserjeunes/formations/0010001W-', false],
    ['/api/inserjeunes/formations/{uai}-{code}', '/api/inserjeunes/formations/-40025214', false],
    ['/api/inserjeunes/formations/{uai}-{code}', '/api/inserjeunes/formations/0010001W', false],
    ['/api/inserjeunes/formations/{uai}-{code}', '/api/inserjeunes/formations/a-b-c', true],
    ['/api', '/api', true],
    ['/api', '/api/', false],
  ];
  it.each(cases)('%s ~ %s: %s', (template, path, expected) => {
    expect(new PathTemplate(template).matches(path)).toBe(expected);
  });

  it('reads a 16,000-character segment without a dash in one pass', () => {
    const template = new PathTemplate('/api/inserjeunes/formations/{uai}-{code}');
    const long = `/api/inserjeunes/formations/${'0'.repeat(16_000)}`;
    expect(template.matches(long)).toBe(false);
    expect(template.matches(`${long}-1`)).toBe(true);
  });
});
