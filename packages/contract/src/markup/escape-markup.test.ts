import { describe, expect, it } from 'vitest';
import { escapeMarkup } from './escape-markup.js';

describe('escapeMarkup', () => {
  it('neutralises every character that could end an attribute or start a tag', () => {
    expect(escapeMarkup(`"><script>alert('x')</script>&`)).toBe(
      '&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;',
    );
  });

  it('leaves ordinary text, accents included, as it is', () => {
    expect(escapeMarkup('Bac pro « cuisine » 2024_2025')).toBe('Bac pro « cuisine » 2024_2025');
  });

  it('drops the control characters an SVG cannot hold, keeping tabs and line breaks', () => {
    expect(escapeMarkup('a\u0000b\u001bc\td\ne')).toBe('abc\td\ne');
  });
});
