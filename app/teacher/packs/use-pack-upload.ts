'use client';
import { useCallback, useState } from 'react';
import type { ImportEvent, ImportProgress, ImportReport, ImportStatus } from '@/lib/packs/import-events';
import type { PackRefusal } from '@/lib/packs/refusals';

export type UploadState =
  | { kind: 'idle' }
  | { kind: 'uploading'; percent: number | null }
  | ({ kind: 'processing' } & ImportProgress)
  | { kind: 'done'; report: ImportReport }
  | { kind: 'refused'; refusals: PackRefusal[] }
  | { kind: 'network' };

/**
 * Sends the zip with XMLHttpRequest (fetch cannot report upload progress) and reads the route's
 * NDJSON answer as it arrives: progress lines while images are checked, then the outcome.
 */
export function usePackUpload() {
  const [state, setState] = useState<UploadState>({ kind: 'idle' });
  const start = useCallback((file: File, status: ImportStatus) => {
    const xhr = new XMLHttpRequest();
    let read = 0;
    let finished = false;
    const consume = () => {
      const text = xhr.responseText;
      const end = text.lastIndexOf('\n') + 1;
      for (const line of text.slice(read, end).split('\n')) {
        if (!line.trim()) continue;
        let event: ImportEvent;
        try {
          event = JSON.parse(line) as ImportEvent;
        } catch {
          continue;
        }
        if (event.type === 'progress') setState({ kind: 'processing', phase: event.phase, done: event.done, total: event.total });
        else {
          finished = true;
          setState(event.type === 'done' ? { kind: 'done', report: event.report } : { kind: 'refused', refusals: event.refusals });
        }
      }
      read = end;
    };
    xhr.open('POST', `/teacher/packs/upload?status=${status}`);
    xhr.setRequestHeader('Content-Type', 'application/zip');
    xhr.upload.onprogress = (e) =>
      setState({ kind: 'uploading', percent: e.lengthComputable ? Math.round((e.loaded / e.total) * 100) : null });
    xhr.upload.onload = () => setState({ kind: 'processing', phase: 'checking', done: 0, total: 0 });
    xhr.onprogress = consume;
    xhr.onload = () => {
      consume();
      if (!finished) setState({ kind: 'network' });
    };
    xhr.onerror = () => setState({ kind: 'network' });
    setState({ kind: 'uploading', percent: 0 });
    xhr.send(file);
  }, []);
  const reset = useCallback(() => setState({ kind: 'idle' }), []);
  return { state, start, reset };
}
