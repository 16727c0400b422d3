'use client';
import { createContext, startTransition, useContext, useEffect, useRef, useState } from 'react';
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
 *
 * Not useSyncExternalStore: React renders its updates synchronously, so the store's one batch
 * when the models are ready re-rendered the whole demo in a single ~80 ms task while the page
 * was still loading (bench/out traces). A transition lets React render in slices and keep the
 * page responsive. Every listener of one batch runs inside the same transition, so the parts of
 * the demo still show the same moment of training.
 */
export function useTopic<T>(topic: Topic, select: (store: TrainingStore) => T): T {
  const store = useTrainingStore();
  const [value, setValue] = useState(() => select(store));
  const selectRef = useRef(select);
  useEffect(() => {
    selectRef.current = select;
  });
  useEffect(() => {
    const update = () => startTransition(() => setValue(() => selectRef.current(store)));
    update(); // the store may have changed between this render and the subscription
    return store.subscribe(topic, update);
  }, [store, topic]);
  return value;
}
