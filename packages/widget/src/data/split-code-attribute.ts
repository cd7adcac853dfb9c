/** The codes of the `code` attribute: one, or several separated by commas, `|` or spaces. */
export function splitCodeAttribute(value: string): string[] {
  return value.split(/[\s,|]+/).filter((code) => code !== '');
}
