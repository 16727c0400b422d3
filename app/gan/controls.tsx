'use client';
import { useState } from 'react';
import type { StepTarget } from '@/lib/gan/protocol';
import { useT } from '@/lib/i18n/client';
import { useTopic, useTrainingStore } from './use-training';
import styles from './gan.module.css';

const SPEEDS = [
  { value: 'max', rate: null, key: 'gan.controls.speeds.max' },
  { value: '20', rate: 20, key: 'gan.controls.speeds.s20' },
  { value: '5', rate: 5, key: 'gan.controls.speeds.s5' },
  { value: '1', rate: 1, key: 'gan.controls.speeds.s1' },
] as const;

/** Play/pause, single steps (both, D only, G only), reset, speed. */
export function Controls() {
  const t = useT();
  const store = useTrainingStore();
  const status = useTopic('status', (s) => s.status);
  const [speed, setSpeed] = useState<string>(() =>
    store.speed === null ? 'max' : String(store.speed),
  );
  const ready = status.phase === 'ready';
  const step = (target: StepTarget) => store.send({ type: 'step', target });
  return (
    <div className={styles.controls} role="group" aria-label={t('gan.controls.label')}>
      <div className={styles.buttonRow}>
        <button
          type="button"
          className={`btn ${styles.playButton}`}
          disabled={!ready}
          onClick={() => store.send({ type: status.running ? 'pause' : 'play' })}
          data-testid="play-pause"
        >
          <span aria-hidden="true">{status.running ? '❚❚' : '▶'}</span>
          {t(status.running ? 'gan.controls.pause' : 'gan.controls.play')}
        </button>
        <button
          type="button"
          className="btn btn--secondary"
          disabled={!ready || status.running}
          onClick={() => step('both')}
        >
          {t('gan.controls.step')}
        </button>
      </div>
      <div className={styles.buttonRow}>
        <button
          type="button"
          className="btn btn--secondary"
          disabled={!ready || status.running}
          onClick={() => step('d')}
        >
          {t('gan.controls.stepD')}
        </button>
        <button
          type="button"
          className="btn btn--secondary"
          disabled={!ready || status.running}
          onClick={() => step('g')}
        >
          {t('gan.controls.stepG')}
        </button>
      </div>
      <p className={styles.hint}>{t('gan.controls.stepHint')}</p>
      <div className="field">
        <label htmlFor="gan-speed">{t('gan.controls.speed')}</label>
        <select
          id="gan-speed"
          value={speed}
          onChange={(e) => {
            setSpeed(e.target.value);
            store.setSpeed(SPEEDS.find((s) => s.value === e.target.value)?.rate ?? null);
          }}
        >
          {SPEEDS.map((s) => (
            <option key={s.value} value={s.value}>
              {t(s.key)}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.buttonRow}>
        <button
          type="button"
          className="btn btn--secondary"
          disabled={!ready}
          onClick={() => store.reset('pretrained')}
        >
          {t('gan.controls.resetPretrained')}
        </button>
        <button
          type="button"
          className="btn btn--secondary"
          disabled={!ready}
          onClick={() => store.reset('scratch')}
        >
          {t('gan.controls.resetScratch')}
        </button>
      </div>
      <p className={styles.hint}>{t('gan.controls.resetHint')}</p>
    </div>
  );
}
