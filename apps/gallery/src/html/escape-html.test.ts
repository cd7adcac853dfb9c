import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escape-html.js';

describe('escapeHtml', () => {
  it('neutralises every character that could end an attribute or start a tag', () => {
    expect(escapeHtml(`"><script>alert('x')</script>&`)).toBe(
      '&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;',
    );
  });

  it('leaves ordinary text, accents included, as it is', () => {
    expect(escapeHtml('Bac pro « cuisine » 2024_2025')).toBe('Bac pro « cuisine » 2024_2025');
  });
});
