'use client';
import styles from './gan.module.css';

interface Props {
  id: string;
  label: string;
  hint?: string;
  /** The allowed values in order (e.g. learning rates on a log scale). */
  values: readonly number[];
  value: number;
  format: (n: number) => string;
  disabled?: boolean;
  onChange: (value: number) => void;
}

/** A range input over a list of values: even steps on a log scale, and only sensible choices. */
export function StepSlider({ id, label, hint, values, value, format, disabled, onChange }: Props) {
  // A value from outside the list (a preset, a clamped value) shows at its nearest neighbour.
  let index = 0;
  values.forEach((v, i) => {
    if (
      Math.abs(Math.log(v) - Math.log(value)) <
      Math.abs(Math.log(values[index] ?? v) - Math.log(value))
    )
      index = i;
  });
  return (
    <div className={styles.sliderField}>
      <label htmlFor={id}>
        {label}: <output htmlFor={id}>{format(value)}</output>
      </label>
      <input
        id={id}
        type="range"
        min={0}
        max={values.length - 1}
        step={1}
        value={index}
        disabled={disabled}
        aria-valuetext={format(value)}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(values[Number(e.target.value)] ?? value)}
      />
      {hint && (
        <p className={styles.hint} id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}
