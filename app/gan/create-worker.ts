import type { GanCommand, GanEvent } from '@/lib/gan/protocol';
import { commandTransfer } from '@/lib/gan/protocol';

/** The training worker, typed by the GAN protocol. Create it in a client component only. */
export interface TrainingWorker {
  send(command: GanCommand): void;
  /** Subscribe to events; returns the unsubscribe function. */
  onEvent(listener: (event: GanEvent) => void): () => void;
  terminate(): void;
  raw: Worker;
}

/**
 * One place for the `new Worker(new URL(…))` line, so the bundler (Turbopack) sees the literal
 * pattern it needs to emit the worker chunk.
 */
export function createTrainingWorker(): TrainingWorker {
  const raw = new Worker(new URL('./train.worker.ts', import.meta.url), { type: 'module' });
  return {
    raw,
    send(command) {
      raw.postMessage(command, commandTransfer(command));
    },
    onEvent(listener) {
      const handler = (message: MessageEvent<GanEvent>) => listener(message.data);
      raw.addEventListener('message', handler);
      return () => raw.removeEventListener('message', handler);
    },
    terminate() {
      raw.terminate();
    },
  };
}
