import NextLink from 'next/link';
import type { ComponentProps } from 'react';

/**
 * Next's Link without prefetching, for every link in the app. Our pages are rendered per request,
 * so a prefetch cannot fetch the page itself, only its route tree: two requests per link in view,
 * plus main-thread work while the page is still loading (measured on the home page), for a click
 * that may never come over school Wi-Fi. Navigation stays client-side; it fetches on the click.
 */
export function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
