/**
 * Save (IndexedDB), saved-info, export and import: the commands that move a model's bytes.
 * Same file format everywhere (lib/gan/weights.ts via GanSession.exportFile/importFile).
 */
import type { ErrorCode, GanCommand, GanEvent } from './protocol';
import type { GanSession } from './session';
import { loadModel, saveModel } from './storage';

export interface FileContext {
  session: GanSession;
  post: (e: GanEvent) => void;
  fail: (code: ErrorCode, requestId?: number, err?: unknown) => void;
  pause: () => void;
  /** Announce the imported model ('ready'). */
  ready: () => void;
}

export async function handleFileCommand(
  c: Extract<GanCommand, { type: 'save' | 'saved-info' | 'export' | 'import' }>,
  { session: s, post, fail, pause, ready }: FileContext,
): Promise<void> {
  if (c.type === 'export') {
    const file = await s.exportFile();
    post({ type: 'exported', requestId: c.requestId, file, bytes: file.byteLength });
  } else if (c.type === 'import') {
    pause();
    try {
      s.importFile(c.file);
    } catch (err) {
      return fail('import-failed', c.requestId, err);
    }
    ready();
    post({ type: 'imported', requestId: c.requestId, step: s.step });
  } else {
    try {
      if (c.type === 'save') {
        const savedAt = Date.now();
        await saveModel({ file: await s.exportFile(), step: s.step, savedAt });
        post({ type: 'saved', requestId: c.requestId, step: s.step, savedAt });
      } else {
        const m = await loadModel();
        post({
          type: 'saved-info',
          requestId: c.requestId,
          exists: !!m,
          step: m?.step ?? null,
          savedAt: m?.savedAt ?? null,
        });
      }
    } catch (err) {
      fail('storage-failed', c.requestId, err);
    }
  }
}
