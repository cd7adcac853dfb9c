import { expect, it } from 'vitest';
import pkg from '../package.json' with { type: 'json' };
import { WIDGET_VERSION } from './version.js';

it('reports the package version to the API, and the script path says its major version', () => {
  expect(WIDGET_VERSION).toBe(pkg.version);
  expect(WIDGET_VERSION.split('.')[0]).toBe('1');
});
