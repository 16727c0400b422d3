'use client';
import type { CSSProperties } from 'react';
import en from '@/lib/i18n/messages/fatal.en.json';
import nl from '@/lib/i18n/messages/fatal.nl.json';

/**
 * Shown only when the root layout itself fails, so nothing of it is there: not the language (the
 * layout reads it), not its messages. Hence both languages, Dutch first. Next's own global error
 * page is English only. It loads with every page (a 1.9 KB script of its own), so it stays small:
 * inline styles, and only its own two message files. Next sends the root stylesheet along with it
 * in every page's payload whatever it imports (Turbopack gives each entry its layout's CSS).
 */
export default function GlobalError() {
  const both = (key: keyof typeof en) => (
    <>
      <span lang="nl">{nl[key]}</span> · <span lang="en">{en[key]}</span>
    </>
  );
  return (
    <html lang="nl">
      <head>
        <title>{`${nl.title} · ${en.title}`}</title>
      </head>
      <body style={page}>
        <main style={card} role="alert">
          <h1 style={{ fontSize: '1.6rem', margin: '0 0 0.75rem' }}>{both('title')}</h1>
          <p lang="nl">{nl.text}</p>
          <p lang="en">{en.text}</p>
          {/* A GET to the same address: a real reload, which works even if scripts do not. */}
          <form>
            <button type="submit" style={button}>
              {both('reload')}
            </button>
          </form>
          <p>
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full load: the app's own state is what failed */}
            <a href="/" style={{ color: '#1d3557', display: 'inline-block', padding: '0.75rem 0' }}>
              {both('home')}
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}

const page: CSSProperties = {
  margin: 0,
  minHeight: '100vh',
  boxSizing: 'border-box',
  display: 'grid',
  placeItems: 'center',
  padding: '1rem',
  background: '#f7f5f0',
  color: '#1b1f24',
  font: '1.125rem/1.5 system-ui, sans-serif',
};
const card: CSSProperties = {
  maxWidth: '36rem',
  background: '#fff',
  border: '1px solid #d8d4cc',
  borderRadius: 10,
  padding: '1.5rem',
};
const button: CSSProperties = {
  minHeight: 44,
  padding: '0.5rem 1.25rem',
  font: 'inherit',
  fontWeight: 700,
  color: '#fff',
  background: '#1d3557',
  border: 0,
  borderRadius: 8,
  cursor: 'pointer',
};
