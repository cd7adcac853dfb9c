import {
  AUDIENCES,
  type Audience,
  ETATS_EXEMPLE,
  type EtatExemple,
  LANGS,
  type Lang,
} from '@inserjeunes/contract';
import { loadExemples } from '../api/load-exemples.js';
import { DEFAULT_CONFIG } from '../config/widget-config.js';
import { embedUrl } from '../snippets/embed-url.js';

function pick<T extends string>(value: string | undefined, allowed: readonly T[]): T | undefined {
  return (allowed as readonly string[]).includes(value ?? '') ? (value as T) : undefined;
}

/**
 * Gives each widget and iframe of a partner-like page (`data-exemple="<state>"`) the code
 * of an example the server holds, so the page shows real figures when the official files
 * are loaded and the demo's otherwise. A widget is written in the page as a partner would
 * paste it, inside a `<template>` until its code is known.
 */
export async function fillExamples(root: ParentNode = document): Promise<void> {
  const targets = [...root.querySelectorAll<HTMLElement>('[data-exemple]')];
  let exemples: Awaited<ReturnType<typeof loadExemples>>['exemples'];
  try {
    ({ exemples } = await loadExemples());
  } catch {
    for (const target of targets) {
      const note = document.createElement('p');
      note.textContent = 'L’exemple n’a pas pu être chargé : l’API de la galerie ne répond pas.';
      target.replaceWith(note);
    }
    return;
  }
  for (const target of targets) {
    const etat = pick<EtatExemple>(target.dataset.exemple, ETATS_EXEMPLE);
    const exemple =
      exemples.find((entry) => entry.etat === etat) ??
      exemples.find((entry) => entry.etat === 'chiffres');
    if (exemple === undefined) continue;
    if (target instanceof HTMLIFrameElement) {
      const audience: Audience | '' = pick(target.dataset.audience, AUDIENCES) ?? '';
      const lang: Lang = pick(target.dataset.lang, LANGS) ?? 'fr';
      target.src = embedUrl(
        {
          ...DEFAULT_CONFIG,
          code: exemple.code,
          uai: exemple.uai ?? '',
          region: exemple.region ?? '',
          audience,
          lang,
        },
        window.location.origin,
      );
      continue;
    }
    if (!(target instanceof HTMLTemplateElement)) continue;
    const content = target.content.cloneNode(true);
    if (!(content instanceof DocumentFragment)) continue;
    for (const widget of content.querySelectorAll('inserjeunes-indicateurs')) {
      for (const [name, value] of [
        ['uai', exemple.uai],
        ['region', exemple.region],
        ['code', exemple.code],
      ] as const) {
        if (value !== null) widget.setAttribute(name, value);
      }
    }
    target.replaceWith(content);
  }
}
