'use client';
import styles from './gan.module.css';

export interface Series {
  label: string;
  /** A CSS colour; `dashed` helps readers who cannot tell the colours apart. */
  color: string;
  dashed?: boolean;
  values: readonly number[];
}

interface Props {
  title: string;
  steps: readonly number[];
  series: Series[];
  yMax: number;
  /** A dashed guide line, e.g. 0.5 where D can no longer tell real from fake. */
  guide?: number;
  axisLabel: string;
  /** Formats the y axis labels. */
  format: (n: number) => string;
  /** Formats the step numbers on the x axis. */
  formatStep: (n: number) => string;
  testId?: string;
}

const W = 600;
const H = 220;
const PAD = { left: 44, right: 12, top: 12, bottom: 28 };

/** A small hand-drawn SVG line chart; the caller provides the text equivalent. */
export function LineChart({
  title,
  steps,
  series,
  yMax,
  guide,
  axisLabel,
  format,
  formatStep,
  testId,
}: Props) {
  const first = steps[0] ?? 0;
  const last = steps[steps.length - 1] ?? 1;
  const span = Math.max(1, last - first);
  const x = (step: number) => PAD.left + ((step - first) / span) * (W - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + (1 - Math.min(v, yMax) / yMax) * (H - PAD.top - PAD.bottom);
  const ticks = [0, yMax / 2, yMax];
  return (
    <figure className={styles.chart}>
      <figcaption className={styles.chartTitle}>{title}</figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        aria-hidden="true"
        data-testid={testId}
        data-points={steps.length}
      >
        {ticks.map((v) => (
          <g key={v}>
            <line
              x1={PAD.left}
              x2={W - PAD.right}
              y1={y(v)}
              y2={y(v)}
              className={styles.gridLine}
            />
            <text x={PAD.left - 6} y={y(v) + 5} textAnchor="end" className={styles.axisText}>
              {format(v)}
            </text>
          </g>
        ))}
        {guide !== undefined && (
          <line
            x1={PAD.left}
            x2={W - PAD.right}
            y1={y(guide)}
            y2={y(guide)}
            className={styles.guideLine}
          />
        )}
        <text x={PAD.left} y={H - 6} className={styles.axisText}>
          {axisLabel} {formatStep(first)}
        </text>
        <text x={W - PAD.right} y={H - 6} textAnchor="end" className={styles.axisText}>
          {formatStep(last)}
        </text>
        {steps.length > 1 &&
          series.map((s) => (
            <polyline
              key={s.label}
              fill="none"
              stroke={s.color}
              strokeWidth={3}
              strokeDasharray={s.dashed ? '8 5' : undefined}
              strokeLinejoin="round"
              points={s.values
                // A step without a measurement (NaN before the first update) is left out.
                .flatMap((v, i) =>
                  Number.isFinite(v) ? [`${x(steps[i] ?? 0).toFixed(1)},${y(v).toFixed(1)}`] : [],
                )
                .join(' ')}
            />
          ))}
        {series.map((s) => {
          // The latest value as a dot: visible even when there is only one point so far.
          const i = s.values.findLastIndex(Number.isFinite);
          const v = s.values[i];
          if (i < 0 || v === undefined) return null;
          return <circle key={s.label} cx={x(steps[i] ?? 0)} cy={y(v)} r={5} fill={s.color} />;
        })}
      </svg>
      <ul className={styles.legend}>
        {series.map((s) => (
          <li key={s.label}>
            <span
              className={styles.swatch}
              style={{ borderColor: s.color, borderStyle: s.dashed ? 'dashed' : 'solid' }}
              aria-hidden="true"
            />
            {s.label}
          </li>
        ))}
      </ul>
    </figure>
  );
}
