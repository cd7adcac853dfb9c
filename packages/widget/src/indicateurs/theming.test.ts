import { afterEach, describe, expect, it, vi } from 'vitest';
import { mount, shadow } from '../testing/mount.js';
import { AUDIENCE_CODES, scenarioReply } from '../testing/scenarios.js';
import { stubApi } from '../testing/stub-api.js';

const added: Element[] = [];
afterEach(() => {
  document.body.replaceChildren();
  for (const node of added.splice(0)) node.remove();
  document.documentElement.removeAttribute('style');
  vi.unstubAllGlobals();
});

function pageStyle(css: string) {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  added.push(style);
}

const fillOf = (element: Element, selector: string) =>
  getComputedStyle(shadow(element).querySelector(selector) as Element).fill;

describe('theming', () => {
  it('uses our own colours when the page defines nothing', async () => {
    stubApi(() => scenarioReply('3eme', 'figures'));
    const element = await mount({ code: AUDIENCE_CODES['3eme'] });
    expect(fillOf(element, '.person.emploi .body')).toBe('rgb(24, 117, 60)');
    expect(
      getComputedStyle(shadow(element).querySelector('.card') as Element).backgroundColor,
    ).toBe('rgb(255, 255, 255)');
  });

  it('takes the French state design system’s tokens when the page defines them, and --ij-* over them', async () => {
    document.documentElement.style.setProperty(
      '--background-action-high-green-emeraude',
      'rgb(0, 120, 90)',
    );
    document.documentElement.style.setProperty('--text-action-high-blue-france', 'rgb(0, 0, 145)');
    stubApi(() => scenarioReply('3eme', 'figures'));
    const dsfr = await mount({ code: AUDIENCE_CODES['3eme'] });
    expect(fillOf(dsfr, '.person.emploi .body')).toBe('rgb(0, 120, 90)');
    expect(getComputedStyle(shadow(dsfr).querySelector('a') as Element).color).toBe(
      'rgb(0, 0, 145)',
    );

    const custom = await mount({
      code: AUDIENCE_CODES['3eme'],
      style: '--ij-color-emploi: rgb(200, 10, 10); --ij-color-accent: rgb(10, 10, 200)',
    });
    expect(fillOf(custom, '.person.emploi .body')).toBe('rgb(200, 10, 10)');
    expect(getComputedStyle(shadow(custom).querySelector('a') as Element).color).toBe(
      'rgb(10, 10, 200)',
    );
  });

  it('never draws "Autres parcours" in the colour of the page’s links', async () => {
    for (const token of [
      '--text-action-high-blue-france',
      '--background-action-high-blue-france',
    ]) {
      document.documentElement.style.setProperty(token, 'rgb(0, 0, 145)');
    }
    stubApi(() => scenarioReply('lycee', 'figures'));
    const element = await mount({ code: AUDIENCE_CODES.lycee });
    const autres = shadow(element).querySelector('.fill.autres') as Element;
    expect(getComputedStyle(autres).fill).not.toBe('rgb(0, 0, 145)');
  });

  it('styles radius and spacing through --ij-radius and --ij-spacing', async () => {
    stubApi(() => scenarioReply('lycee', 'figures'));
    const element = await mount({
      code: AUDIENCE_CODES.lycee,
      style: '--ij-radius: 0px; --ij-spacing: 2rem',
    });
    const card = getComputedStyle(shadow(element).querySelector('.card') as Element);
    expect(card.borderTopLeftRadius).toBe('0px');
    expect(card.paddingTop).toBe('32px');
  });

  it('turns dark on a page that declares a dark colour scheme', async () => {
    pageStyle(':root { color-scheme: dark; }');
    stubApi(() => scenarioReply('lycee', 'figures'));
    const element = await mount({ code: AUDIENCE_CODES.lycee });
    const card = getComputedStyle(shadow(element).querySelector('.card') as Element);
    expect(card.backgroundColor).toBe('rgb(30, 30, 30)');
    expect(card.color).toBe('rgb(238, 238, 238)');
  });

  it('exposes its parts to ::part()', async () => {
    pageStyle(`
      inserjeunes-indicateurs::part(title) { color: rgb(1, 2, 3); }
      inserjeunes-indicateurs::part(outcome) { outline-color: rgb(4, 5, 6); }
      inserjeunes-indicateurs::part(value) { color: rgb(7, 8, 9); }
      inserjeunes-indicateurs::part(explanation) { color: rgb(10, 11, 12); }
      inserjeunes-indicateurs::part(footer) { color: rgb(13, 14, 15); }
      inserjeunes-indicateurs::part(chart) { background-color: rgb(16, 17, 18); }
    `);
    stubApi((url) =>
      scenarioReply(url.pathname.includes('2400074') ? 'superieur' : 'lycee', 'figures'),
    );
    const lycee = await mount({ code: AUDIENCE_CODES.lycee });
    const superieur = await mount({ code: AUDIENCE_CODES.superieur });
    const style = (element: Element, part: string) =>
      getComputedStyle(shadow(element).querySelector(`[part~="${part}"]`) as Element);
    expect(style(lycee, 'title').color).toBe('rgb(1, 2, 3)');
    expect(style(lycee, 'outcome').outlineColor).toBe('rgb(4, 5, 6)');
    expect(style(lycee, 'value').color).toBe('rgb(7, 8, 9)');
    expect(style(lycee, 'explanation').color).toBe('rgb(10, 11, 12)');
    expect(style(lycee, 'footer').color).toBe('rgb(13, 14, 15)');
    expect(style(superieur, 'chart').backgroundColor).toBe('rgb(16, 17, 18)');
  });

  it('inherits the page’s font, the chart included', async () => {
    pageStyle('body { font-family: Georgia, serif; font-size: 18px; }');
    stubApi(() => scenarioReply('superieur', 'figures'));
    const element = await mount({
      code: AUDIENCE_CODES.superieur,
      style: '--ij-color-emploi: rgb(0, 99, 0)',
    });
    await element.chartsComplete;
    expect(
      getComputedStyle(shadow(element).querySelector('[part~="title"]') as Element).fontFamily,
    ).toBe('Georgia, serif');
    const { Chart } = await import('chart.js');
    const chart = Chart.getChart(shadow(element).querySelector('canvas') as HTMLCanvasElement);
    const ticks = chart?.options.scales?.x?.ticks as { font?: { family?: string } } | undefined;
    expect(ticks?.font?.family).toBe('Georgia, serif');
    expect(chart?.data.datasets[0]?.borderColor).toBe('rgb(0, 99, 0)');
  });
});
