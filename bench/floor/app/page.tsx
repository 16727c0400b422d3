import Link from 'next/link';

// Rendered per request like our pages, so the browser gets the same kind of answer.
export const dynamic = 'force-dynamic';

/** One heading, one paragraph (the largest contentful paint) and one link: nothing of ours. */
export default function Page() {
  return (
    <main>
      <h1>Floor</h1>
      <p>
        The smallest App Router page: what Next.js and React cost on this machine before any code
        of the app runs, measured beside the app&apos;s pages by bench:pages.
      </p>
      <Link href="/">Again</Link>
    </main>
  );
}
