'use client';
import { useEffect, useRef, useState } from 'react';
import type { ErrorCode } from '@/lib/gan/protocol';
import { useT } from '@/lib/i18n/client';
import { DigitCanvas } from './digit-canvas';
import { Temperature } from './temperature';
import { failureMessage, type RequestFailure } from './request-book';
import { useTopic, useTrainingStore } from './use-training';
import { useNearScreenContext } from './use-near-screen';
import styles from './gan.module.css';

const FRAMES = 10;
/** While training, redraw the morph at most this often. */
const MIN_INTERVAL_MS = 2000;

const randomSeed = () => Math.floor(Math.random() * 2 ** 31);

/** Slide from one noise vector to another and watch the drawing morph. */
export function Interpolation() {
  const t = useT();
  const store = useTrainingStore();
  const ready = useTopic('status', (s) => s.status.phase === 'ready');
  const conditional = useTopic('status', (s) => s.status.hyper.conditional);
  const generation = useTopic('status', (s) => s.status.generation);
  const gridStep = useTopic('grid', (s) => s.grid?.step ?? -1);
  const temperature = useTopic('temperature', (s) => s.temperature);
  const [seeds, setSeeds] = useState<[number, number]>(() => [1234, 98765]);
  const [digits, setDigits] = useState<[number, number]>([3, 8]);
  const [strip, setStrip] = useState<{ pixels: Uint8Array; frames: number } | null>(null);
  const [error, setError] = useState<ErrorCode | null>(null);
  const last = useRef(0);

  const shown = useRef(0);
  const sent = useRef(0);
  // Drawn only near the screen: during training it would otherwise ask the worker for a strip
  // every two seconds that nobody sees. Back near, it draws the current one at once.
  const near = useNearScreenContext();
  useEffect(() => {
    if (!ready || !near) return;
    // Throttle: fire at once after a quiet spell, otherwise when MIN_INTERVAL_MS has passed.
    const wait = Math.max(0, last.current + MIN_INTERVAL_MS - Date.now());
    const timer = setTimeout(() => {
      last.current = Date.now();
      const id = ++sent.current;
      store
        .request(
          {
            type: 'interpolate',
            frames: FRAMES,
            seedA: seeds[0],
            seedB: seeds[1],
            ...(conditional ? { digitA: digits[0], digitB: digits[1] } : {}),
          },
          'interpolation',
        )
        .then((e) => {
          // Answers can overtake each other only in theory; never show an older one.
          if (id < shown.current) return;
          shown.current = id;
          setStrip({ pixels: new Uint8Array(e.pixels), frames: e.frames });
          setError(null);
        })
        .catch((failure: RequestFailure) => setError(failureMessage(failure)));
    }, wait);
    return () => clearTimeout(timer);
  }, [ready, near, store, seeds, digits, conditional, temperature, gridStep, generation]);

  const digitSelect = (
    which: 0 | 1,
    labelKey: 'gan.interpolation.from' | 'gan.interpolation.to',
  ) => (
    <div className="field">
      <label htmlFor={`gan-interp-${which}`}>{t(labelKey)}</label>
      <select
        id={`gan-interp-${which}`}
        value={digits[which]}
        onChange={(e) => {
          const next: [number, number] = [...digits];
          next[which] = Number(e.target.value);
          setDigits(next);
        }}
      >
        {Array.from({ length: 10 }, (_, d) => (
          <option key={d} value={d}>
            {d}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <div className="stack">
      <div className={styles.buttonRow}>
        <button
          type="button"
          className="btn btn--secondary"
          disabled={!ready}
          onClick={() => setSeeds([randomSeed(), seeds[1]])}
        >
          {t('gan.interpolation.newStart')}
        </button>
        <button
          type="button"
          className="btn btn--secondary"
          disabled={!ready}
          onClick={() => setSeeds([seeds[0], randomSeed()])}
        >
          {t('gan.interpolation.newEnd')}
        </button>
        {conditional && digitSelect(0, 'gan.interpolation.from')}
        {conditional && digitSelect(1, 'gan.interpolation.to')}
      </div>
      {error && <p className="field-error">{t(`gan.errors.${error}`)}</p>}
      {strip ? (
        <DigitCanvas
          pixels={strip.pixels}
          rows={1}
          cols={strip.frames}
          className={styles.stripCanvas}
          label={t('gan.interpolation.stripLabel', { frames: strip.frames })}
          testId="interpolation"
        />
      ) : (
        <p className="muted">{t('gan.interpolation.empty')}</p>
      )}
      <Temperature />
    </div>
  );
}
