'use client';
import { useEffect, useRef, useState } from 'react';
import { useT } from '@/lib/i18n/client';
import { useFormat } from './format';
import { useTopic, useTrainingStore } from './use-training';
import styles from './gan.module.css';

const SEND_AFTER_MS = 150;

/** Noise scale: low = neat but samey, high = varied but messy. Applies to every drawing. */
export function Temperature() {
  const t = useT();
  const f = useFormat();
  const store = useTrainingStore();
  const current = useTopic('temperature', (s) => s.temperature);
  const ready = useTopic('status', (s) => s.status.phase === 'ready');
  const [value, setValue] = useState(current);
  const [seen, setSeen] = useState(current);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  if (seen !== current) {
    setSeen(current);
    setValue(current);
  }
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  return (
    <div className={styles.sliderField}>
      <label htmlFor="gan-temperature">
        {t('gan.interpolation.temperature', { value: f.fixed(value, 1) })}
      </label>
      <input
        id="gan-temperature"
        type="range"
        min={0}
        max={2}
        step={0.1}
        value={value}
        disabled={!ready}
        aria-describedby="gan-temperature-hint"
        onChange={(e) => {
          const next = Number(e.target.value);
          setValue(next);
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(
            () => store.send({ type: 'temperature', value: next }),
            SEND_AFTER_MS,
          );
        }}
      />
      <p className={styles.hint} id="gan-temperature-hint">
        {t('gan.interpolation.temperatureHint')}
      </p>
    </div>
  );
}
