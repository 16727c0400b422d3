import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import en from '@/lib/i18n/messages/fatal.en.json';
import nl from '@/lib/i18n/messages/fatal.nl.json';
import GlobalError from './global-error';

// React escapes text; these strings hold no character it would change.
const both = (a: string, b: string) => `<span lang="nl">${a}</span> · <span lang="en">${b}</span>`;

describe('the global error page', () => {
  // It replaces the root layout, so it cannot know the visitor's language: it must speak both.
  const html = renderToStaticMarkup(<GlobalError />);

  it('says what happened in Dutch and in English, each marked with its language', () => {
    expect(html).toMatch(new RegExp(`<h1[^>]*>${both(nl.title, en.title)}</h1>`));
    expect(html).toContain(`<p lang="nl">${nl.text}</p>`);
    expect(html).toContain(`<p lang="en">${en.text}</p>`);
    expect(html).toContain(`<title>${nl.title} · ${en.title}</title>`);
  });

  it('offers a reload that works without scripts (a form sent to the same address) and the way home', () => {
    expect(html).toMatch(
      new RegExp(`<form><button type="submit"[^>]*>${both(nl.reload, en.reload)}</button></form>`),
    );
    expect(html).toMatch(new RegExp(`<a href="/"[^>]*>${both(nl.home, en.home)}</a>`));
  });
});
