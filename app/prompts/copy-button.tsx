'use client';
import { useState } from 'react';
import { useT } from '@/lib/i18n/client';

/**
 * Copies a prompt. The Clipboard API only exists in secure contexts, and a school server is often
 * reached over plain http on the local network, so a hidden-textarea copy is the fallback.
 */
async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the legacy path
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}

export function CopyButton({
  text,
  label,
  ariaLabel,
  secondary,
}: {
  text: string;
  label: string;
  ariaLabel: string;
  secondary?: boolean;
}) {
  const t = useT();
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <>
      <button
        type="button"
        className={secondary ? 'btn btn--secondary' : 'btn'}
        aria-label={ariaLabel}
        data-testid="copy-prompt"
        onClick={async () => setStatus((await copyText(text)) ? 'copied' : 'failed')}
      >
        {label}
      </button>
      <span role="status" className="copy-status" data-testid="copy-status">
        {status === 'copied' && t('lesson.prompts.copied')}
        {status === 'failed' && t('lesson.prompts.copyFailed')}
      </span>
    </>
  );
}
