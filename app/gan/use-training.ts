'use client';
import { createContext, useContext, useEffect, useState, useSyncExternalStore } from 'react';
import { createTrainingWorker } from './create-worker';
import { TrainingStore, type Topic } from './training-store';

export const TrainingContext = createContext<TrainingStore | null>(null);

/** Creates the store once and runs its worker while the page is mounted. */
export function useOwnTrainingStore(): TrainingStore {
  const [store] = useState(() => new TrainingStore(createTrainingWorker));
  useEffect(() => {
    store.connect('pretrained');
    return () => store.disconnect();
  }, [store]);
  return store;
}

export function useTrainingStore(): TrainingStore {
  const store = useContext(TrainingContext);
  if (!store) throw new Error('useTrainingStore must be used inside TrainingContext');
  return store;
}

/**
 * One topic of the store. Components re-render only when their topic changes, and the store
 * batches changes (a few renders a second at most), so a busy worker never floods React.
 */
export function useTopic<T>(topic: Topic, select: (store: TrainingStore) => T): T {
  const store = useTrainingStore();
  return useSyncExternalStore(
    (listener) => store.subscribe(topic, listener),
    () => select(store),
    () => select(store),
  );
}
