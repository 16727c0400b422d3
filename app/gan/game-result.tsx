'use client';
import { useT } from '@/lib/i18n/client';
import type { Card } from './cards';
import { DigitCanvas } from './digit-canvas';
import { useFormat } from './format';
import styles from './gan.module.css';

/** The class's score beside the inspector's on the same digits, and the round to talk through. */
export function GameResult({ cards, guesses }: { cards: Card[]; guesses: boolean[] }) {
  const t = useT();
  const f = useFormat();
  const total = cards.length;
  const classScore = cards.filter((c, i) => guesses[i] === c.real).length;
  const dScore = cards.filter((c) => c.dScore >= 0.5 === c.real).length;
  const outcome =
    classScore > dScore
      ? 'gan.game.resultWin'
      : classScore < dScore
        ? 'gan.game.resultLose'
        : 'gan.game.resultDraw';
  const yesNo = (real: boolean) => t(real ? 'gan.game.truthReal' : 'gan.game.truthFake');
  return (
    <div className={styles.gameResult} data-testid="game-result">
      <h3 className={styles.subheading}>{t('gan.game.resultTitle')}</h3>
      <div className={styles.scoreboard}>
        <div data-testid="class-score">
          <span>{t('gan.game.classScore')}</span>
          <strong>{t('gan.game.scoreValue', { n: classScore, total })}</strong>
        </div>
        <div data-testid="inspector-score">
          <span>{t('gan.game.inspectorScore')}</span>
          <strong>{t('gan.game.scoreValue', { n: dScore, total })}</strong>
        </div>
      </div>
      <p className={styles.summary}>{t(outcome)}</p>
      <details className={styles.details}>
        <summary>{t('gan.game.review')}</summary>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">{t('gan.game.colDigit')}</th>
              <th scope="col">{t('gan.game.colTruth')}</th>
              <th scope="col">{t('gan.game.colClass')}</th>
              <th scope="col">{t('gan.game.colInspector')}</th>
            </tr>
          </thead>
          <tbody>
            {cards.map((c, i) => (
              <tr key={i}>
                <td>
                  <DigitCanvas
                    pixels={c.pixels}
                    rows={1}
                    cols={1}
                    className={styles.tableCanvas}
                    label={t('gan.game.imageLabel', { n: i + 1 })}
                  />
                </td>
                <td>{yesNo(c.real)}</td>
                <td>
                  {guesses[i] === c.real ? '✓ ' : '✗ '}
                  {yesNo(guesses[i] ?? false)}
                </td>
                <td>
                  {c.dScore >= 0.5 === c.real ? '✓ ' : '✗ '}
                  {f.percent(c.dScore)}%
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
