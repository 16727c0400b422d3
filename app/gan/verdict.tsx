'use client';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DigitCards, ErrorCode } from '@/lib/gan/protocol';
import { useT } from '@/lib/i18n/client';
import { DigitCanvas } from './digit-canvas';
import { useFormat } from './format';
import { failureMessage, type RequestFailure } from './request-book';
import { useTopic, useTrainingStore } from './use-training';
import { useNearScreenContext } from './use-near-screen';
import { tilesOf } from './cards';
import styles from './gan.module.css';

const COUNT = 10;

/** Real and generated digits side by side, each with the inspector's (D's) score. */
export function Verdict() {
  const t = useT();
  const f = useFormat();
  const store = useTrainingStore();
  const ready = useTopic('status', (s) => s.status.phase === 'ready');
  const generation = useTopic('status', (s) => s.status.generation);
  const [cards, setCards] = useState<DigitCards | null>(null);
  const [error, setError] = useState<ErrorCode | null>(null);
  const [busy, setBusy] = useState(false);

  // No setState before the answer: this also runs from an effect.
  const load = useCallback(() => {
    store
      .request({ type: 'verdict', count: COUNT }, 'verdict')
      .then((event) => {
        setCards(event);
        setError(null);
      })
      .catch((failure: RequestFailure) => setError(failureMessage(failure)))
      .finally(() => setBusy(false));
  }, [store]);

  const near = useNearScreenContext();
  // A fresh mix whenever new models are loaded (each 'ready' is a new generation), asked for once
  // the part is near the screen: at start-up the class looks at the grid, and the worker and this
  // page have better things to do than ten cards nobody sees yet (bench:pages, /gan's blocking
  // time).
  const mixed = useRef<number | null>(null);
  useEffect(() => {
    if (!ready || !near || mixed.current === generation) return;
    mixed.current = generation;
    load();
  }, [ready, near, generation, load]);
  const refresh = () => {
    setBusy(true);
    load();
  };

  const tiles = useMemo(() => (cards ? tilesOf(cards) : []), [cards]);
  const right = tiles.filter((c) => c.real === c.dScore >= 0.5).length;

  return (
    <div>
      <button type="button" className="btn" disabled={!ready || busy} onClick={refresh}>
        {t('gan.verdict.refresh')}
      </button>
      {error && <p className="field-error">{t(`gan.errors.${error}`)}</p>}
      {!cards && <p className="muted">{t('gan.verdict.empty')}</p>}
      {cards && (
        <>
          <p className={styles.summary} data-testid="verdict-tally">
            {t('gan.verdict.tally', { right, total: tiles.length })}
          </p>
          <ul className={styles.cards} data-testid="verdict" data-step={cards.step}>
            {tiles.map((c, i) => {
              const correct = c.real === c.dScore >= 0.5;
              const truth = t(c.real ? 'gan.verdict.real' : 'gan.verdict.fake');
              return (
                <li key={i} className={styles.card} data-real={c.real}>
                  <DigitCanvas
                    pixels={c.pixels}
                    rows={1}
                    cols={1}
                    className={styles.cardCanvas}
                    label={t('gan.verdict.tileLabel', {
                      n: i + 1,
                      truth,
                      score: f.percent(c.dScore),
                    })}
                  />
                  <span className={styles.truth} data-real={c.real}>
                    {truth}
                  </span>
                  <span className={styles.scoreBar} aria-hidden="true">
                    <span style={{ width: `${Math.round(c.dScore * 100)}%` }} />
                  </span>
                  <span className={styles.cardText}>
                    {t('gan.verdict.score', { score: f.percent(c.dScore) })}
                  </span>
                  <span className={styles.cardText}>
                    {c.classifierDigit === null
                      ? t('gan.verdict.classifierNone')
                      : t('gan.verdict.classifier', {
                          digit: c.classifierDigit,
                          confidence: f.percent(c.classifierConfidence),
                        })}
                  </span>
                  <span className={styles.cardText} data-correct={correct}>
                    {correct ? '✓ ' : '✗ '}
                    {t(correct ? 'gan.verdict.right' : 'gan.verdict.wrong')}
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
