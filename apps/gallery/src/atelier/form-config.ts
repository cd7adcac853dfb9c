import { configFromQuery, type WidgetConfig } from '../config/widget-config.js';

/**
 * The configuration the form shows. The form's field names are the URL's keys, so one
 * reader (`configFromQuery`) checks both.
 */
export function readForm(form: HTMLFormElement): WidgetConfig {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form)) {
    if (typeof value === 'string') params.set(key, value);
  }
  return configFromQuery(params.toString());
}

/** Puts a configuration back into the form (on load, or when an example is picked). */
export function writeForm(form: HTMLFormElement, config: WidgetConfig): void {
  const values: Record<string, string> = {
    code: config.code,
    uai: config.uai,
    region: config.region,
    millesime: config.millesime,
    voie: config.voie,
    audience: config.audience,
    lang: config.lang,
    theme: config.theme,
    largeur: String(config.width),
    integration: config.mode,
    ...config.colours,
  };
  for (const [name, value] of Object.entries(values)) {
    const field = form.elements.namedItem(name);
    if (field instanceof RadioNodeList) {
      for (const radio of field) {
        if (radio instanceof HTMLInputElement) radio.checked = radio.value === value;
      }
    } else if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) {
      field.value = value;
    }
  }
}
