'use client';
import { useRef, useState } from 'react';

/**
 * The "ask once more, in place" step of a destructive teacher action: the opener button turns
 * into a confirmation, focus moves to the confirm button, and a cancel gives focus back to the
 * opener, so keyboard and screen-reader users never lose their place.
 */
export function useConfirmStep() {
  const [confirming, setConfirming] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  return {
    confirming,
    opener,
    confirm,
    ask: () => {
      setConfirming(true);
      requestAnimationFrame(() => confirm.current?.focus());
    },
    cancel: () => {
      setConfirming(false);
      requestAnimationFrame(() => opener.current?.focus());
    },
    done: () => setConfirming(false),
  };
}
