import type { Lang } from '@inserjeunes/contract';
import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';

type Localization = ReturnType<typeof configureLocalization>;

let localization: Localization | null = null;
let turn: Promise<unknown> = Promise.resolve();

const loadEnglish = () => import('../generated/locales/en.js');

/**
 * @lit/localize may be configured once per page, and its locale is global. It is configured
 * on the first render (never at import, so a second copy of the script that does not
 * define the element touches nothing), and English templates load only when asked for.
 */
function localizationOnce(): Localization {
  localization ??= configureLocalization({
    sourceLocale,
    targetLocales,
    loadLocale: loadEnglish,
  });
  return localization;
}

/** Starts loading `lang`'s templates as soon as a widget knows it speaks it. */
export function preloadLocale(lang: Lang): void {
  if (lang !== sourceLocale) void loadEnglish().catch(() => undefined);
}

/**
 * Runs `render` while `lang` is the active locale. Widgets take turns, so several widgets
 * with different languages on one page each render in their own: the locale is switched,
 * then the render runs synchronously before anyone else may switch it.
 */
export function inLocale<T>(lang: Lang, render: () => T): Promise<T> {
  const run = turn.then(async () => {
    const { setLocale } = localizationOnce();
    try {
      await setLocale(lang);
    } catch {
      // The English templates could not be loaded: French is better than nothing.
      await setLocale(sourceLocale);
    }
    return render();
  });
  turn = run.catch(() => undefined);
  return run;
}
