const EVENTS = ['inserjeunes-load', 'inserjeunes-error', 'inserjeunes-info-open'] as const;
const KEEP = 6;

/** Lists the widget's events as they reach the preview, newest first, so an integrator sees their `detail`. */
export function logWidgetEvents(source: HTMLElement, list: HTMLOListElement): void {
  for (const name of EVENTS) {
    source.addEventListener(name, (event) => {
      const detail = event instanceof CustomEvent ? (event.detail as unknown) : null;
      const item = document.createElement('li');
      const label = document.createElement('code');
      label.textContent = name;
      item.append(label, ` ${JSON.stringify(detail)}`);
      list.prepend(item);
      while (list.children.length > KEEP) list.lastElementChild?.remove();
    });
  }
}
