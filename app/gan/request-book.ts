import type { ErrorCode, GanEvent } from '@/lib/gan/protocol';

/** Why a request failed: the worker's error code, or 'cancelled' (the worker was replaced). */
export type RequestFailure = ErrorCode | 'cancelled';

/** The message to show for a failed request; a cancelled one needs none. */
export function failureMessage(failure: RequestFailure): ErrorCode | null {
  return failure === 'cancelled' ? null : failure;
}

/** Omit that keeps a union a union (plain Omit would merge its members). */
export type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

interface Pending {
  answer: GanEvent['type'];
  resolve: (event: GanEvent) => void;
  reject: (failure: RequestFailure) => void;
}

/** Open requests to the worker by `requestId`, each settled by its answer or an error code. */
export class RequestBook {
  private next = 1;
  private pending = new Map<number, Pending>();

  open(answer: GanEvent['type']): { id: number; promise: Promise<GanEvent> } {
    const id = this.next++;
    const promise = new Promise<GanEvent>((resolve, reject) => {
      this.pending.set(id, { answer, resolve, reject });
    });
    return { id, promise };
  }

  /** Settle request `id` if `event` is the answer it waits for ('import' also sees 'ready'). */
  resolve(id: number, event: GanEvent): void {
    const p = this.pending.get(id);
    if (!p || p.answer !== event.type) return;
    this.pending.delete(id);
    p.resolve(event);
  }

  /** Returns false when no request `id` is open (the error belongs to the page as a whole). */
  reject(id: number, code: ErrorCode): boolean {
    const p = this.pending.get(id);
    if (!p) return false;
    this.pending.delete(id);
    p.reject(code);
    return true;
  }

  cancelAll(): void {
    for (const p of this.pending.values()) p.reject('cancelled');
    this.pending.clear();
  }
}
