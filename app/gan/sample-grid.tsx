'use client';
import { useT } from '@/lib/i18n/client';
import { DigitCanvas } from './digit-canvas';
import { useFormat } from './format';
import type { GridState } from './training-store';
import { useTopic } from './use-training';
import styles from './gan.module.css';

interface Props {
  /** The grid on screen: the live one, or a timeline snapshot. */
  shown: GridState | null;
  /** Index of the shown snapshot in the timeline, or -1 when live. */
  snapIndex: number;
  onPin: (step: number | null) => void;
  conditional: boolean;
  /** The digit asked for, highlighted as its column. */
  digit: number | null;
}

/** The fixed-noise grid, live or scrubbed back through the timeline snapshots. */
export function SampleGrid({ shown, snapIndex, onPin, conditional, digit }: Props) {
  const t = useT();
  const f = useFormat();
  const timeline = useTopic('timeline', (s) => s.timeline);
  const quality = useTopic('quality', (s) => s.quality);
  const status = useTopic('status', (s) => s.status);
  const rows = shown?.rows ?? status.gridRows;
  const cols = shown?.cols ?? status.gridCols;
  const live = snapIndex < 0;
  const position =
    !live && shown ? t('gan.grid.atStep', { step: f.int(shown.step) }) : t('gan.grid.live');

  const label = shown
    ? t('gan.grid.canvasLabel', { step: f.int(shown.step) })
    : t('gan.grid.noSamples');
  // Visible to all, and the screen-reader equivalent of what the grid shows.
  let caption = '';
  if (shown && quality && live) {
    caption = t('gan.grid.captionQuality', {
      step: f.int(shown.step),
      share: f.percent(quality.confidentShare),
      present: quality.digitsPresent,
    });
  } else if (shown) caption = t('gan.grid.caption', { step: f.int(shown.step) });

  return (
    <div className={styles.gridBlock}>
      <h2 className={styles.subheading}>{t('gan.part.samples')}</h2>
      <p className={styles.explain}>
        {t('gan.grid.explain')} {conditional && t('gan.grid.explainConditional')}
      </p>
      <figure className={styles.gridFigure}>
        {conditional && (
          <div className={styles.columnLabels} aria-hidden="true">
            {Array.from({ length: 10 }, (_, d) => (
              <span key={d} data-active={digit === d || undefined}>
                {d}
              </span>
            ))}
          </div>
        )}
        <div className={styles.gridWrap}>
          <DigitCanvas
            pixels={shown?.pixels ?? null}
            rows={rows}
            cols={cols}
            label={label}
            className={styles.gridCanvas}
            testId="sample-grid"
            step={shown?.step}
          />
          {conditional && digit !== null && (
            <div
              className={styles.columnHighlight}
              style={{ left: `${(digit / cols) * 100}%`, width: `${100 / cols}%` }}
              aria-hidden="true"
            />
          )}
        </div>
        {caption && (
          <figcaption className={styles.gridCaption} data-testid="grid-caption">
            {caption}
          </figcaption>
        )}
      </figure>
      <div className={styles.timeline}>
        <label htmlFor="gan-timeline">
          {t('gan.grid.timeline')}: <output data-testid="timeline-position">{position}</output>
        </label>
        <input
          id="gan-timeline"
          type="range"
          min={0}
          max={timeline.length}
          step={1}
          value={live ? timeline.length : snapIndex}
          disabled={timeline.length === 0}
          aria-valuetext={position}
          aria-describedby="gan-timeline-hint"
          onChange={(e) => {
            const i = Number(e.target.value);
            onPin(i >= timeline.length ? null : (timeline[i]?.step ?? null));
          }}
        />
        <p className={styles.hint} id="gan-timeline-hint">
          {t('gan.grid.timelineHint')}{' '}
          {!live && (
            <button
              type="button"
              className="btn btn--small btn--secondary"
              onClick={() => onPin(null)}
            >
              {t('gan.grid.backToLive')}
            </button>
          )}
        </p>
      </div>
    </div>
  );
}
