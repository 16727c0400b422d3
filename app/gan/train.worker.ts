/// <reference lib="webworker" />
/**
 * The GAN training worker: owns tfjs, the data and the models; speaks lib/gan/protocol.ts.
 * Training runs in short synchronous bursts (≤ ~40 ms) between which commands are handled,
 * and values are read back asynchronously a few times a second, never every step.
 */
import type { GanCommand, GanEvent } from '@/lib/gan/protocol';
import { GanController } from '@/lib/gan/controller';

const scope = self as unknown as DedicatedWorkerGlobalScope;

function post(event: GanEvent): void {
  const transfer: Transferable[] = [];
  if ('pixels' in event) transfer.push(event.pixels);
  if (event.type === 'exported') transfer.push(event.file);
  scope.postMessage(event, transfer);
}

const controller = new GanController(post);
scope.addEventListener('message', (message: MessageEvent<GanCommand>) => {
  void controller.handle(message.data);
});
