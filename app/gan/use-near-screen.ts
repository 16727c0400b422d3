'use client';
import { createContext, useContext, useEffect, useRef, useState } from 'react';

/**
 * How far from the screen a part starts its work: one screen height above or below. A class
 * scrolling down finds it drawn; a part several screens away waits.
 */
const NEAR_MARGIN = '100% 0px';

/**
 * Whether an element is on or near the screen, and the ref to put on it. Starts false: the
 * observer answers after the first paint, so work it gates never runs while the page loads
 * unless the part is where the reader is.
 */
export function useNearScreen<T extends Element>() {
  const ref = useRef<T>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const onChange = (entries: IntersectionObserverEntry[]) =>
      setNear(entries.at(-1)!.isIntersecting);
    const observer = new IntersectionObserver(onChange, { rootMargin: NEAR_MARGIN });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, near] as const;
}

/**
 * Whether the demo's part around a component is near the screen, so what it asks of the worker
 * (verdict cards, the morph strip) can wait until a class looks. Outside a part it is true:
 * nothing waits.
 */
export const NearScreenContext = createContext(true);

export const useNearScreenContext = () => useContext(NearScreenContext);
