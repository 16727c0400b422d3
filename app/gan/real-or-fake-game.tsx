'use client';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { DigitCards, ErrorCode } from '@/lib/gan/protocol';
import { useT } from '@/lib/i18n/client';
import { tilesOf } from './cards';
import { DigitCanvas } from './digit-canvas';
import { GameResult } from './game-result';
import { useFormat } from './format';
import { failureMessage, type RequestFailure } from './request-book';
import { useTopic, useTrainingStore } from './use-training';
import styles from './gan.module.css';

const ROUND = 10;

/** "Real or fake?": the class guesses digit by digit, then meets the inspector's score. */
export function RealOrFakeGame() {
  const t = useT();
  const f = useFormat();
  const store = useTrainingStore();
  const ready = useTopic('status', (s) => s.status.phase === 'ready');
  const [round, setRound] = useState<DigitCards | null>(null);
  const [guesses, setGuesses] = useState<boolean[]>([]);
  const [revealed, setRevealed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorCode | null>(null);
  const focusTarget = useRef<HTMLButtonElement>(null);
  const cards = useMemo(() => (round ? tilesOf(round) : []), [round]);
  const index = guesses.length - (revealed ? 1 : 0);
  const done = round !== null && guesses.length === cards.length && !revealed;

  // Keep keyboard focus on the button that moves the game on.
  useEffect(() => {
    focusTarget.current?.focus();
  }, [round, index, revealed, done]);

  const start = () => {
    setBusy(true);
    store
      .request({ type: 'game', count: ROUND }, 'game')
      .then((event) => {
        setRound(event);
        setGuesses([]);
        setRevealed(false);
        setError(null);
      })
      .catch((failure: RequestFailure) => setError(failureMessage(failure)))
      .finally(() => setBusy(false));
  };

  if (!round || done) {
    return (
      <div className="stack">
        {done && <GameResult cards={cards} guesses={guesses} />}
        <button
          type="button"
          className="btn"
          disabled={!ready || busy}
          onClick={start}
          ref={done ? focusTarget : undefined}
        >
          {t(done ? 'gan.game.again' : 'gan.game.start')}
        </button>
        {error && <p className="field-error">{t(`gan.errors.${error}`)}</p>}
      </div>
    );
  }

  const card = cards[index];
  if (!card) return null;
  const guess = guesses[index];
  const last = index === cards.length - 1;
  const truth = t(card.real ? 'gan.game.truthReal' : 'gan.game.truthFake');
  return (
    <div className={styles.game} data-testid="game">
      <p className={styles.gameProgress} data-testid="game-progress">
        {t('gan.game.progress', { n: index + 1, total: cards.length })}
      </p>
      <DigitCanvas
        pixels={card.pixels}
        rows={1}
        cols={1}
        className={styles.gameCanvas}
        label={t('gan.game.imageLabel', { n: index + 1 })}
        testId="game-digit"
      />
      {!revealed ? (
        <div className={styles.gameChoices} role="group" aria-label={t('gan.game.question')}>
          <p className={styles.gameQuestion}>{t('gan.game.question')}</p>
          {([true, false] as const).map((real) => (
            <button
              key={String(real)}
              type="button"
              ref={real ? focusTarget : undefined}
              className={`btn ${styles.gameButton}`}
              onClick={() => {
                setGuesses([...guesses, real]);
                setRevealed(true);
              }}
            >
              {t(real ? 'gan.game.guessReal' : 'gan.game.guessFake')}
            </button>
          ))}
        </div>
      ) : (
        <div className={styles.gameReveal} role="status">
          <p className={styles.gameQuestion} data-correct={guess === card.real}>
            {t(guess === card.real ? 'gan.game.correct' : 'gan.game.incorrect', { truth })}
          </p>
          <p>{t('gan.game.inspectorSaid', { score: f.percent(card.dScore) })}</p>
          <button
            type="button"
            className={`btn ${styles.gameButton}`}
            ref={focusTarget}
            onClick={() => setRevealed(false)}
          >
            {t(last ? 'gan.game.showResult' : 'gan.game.next')}
          </button>
        </div>
      )}
    </div>
  );
}
