'use client';
import { useState } from 'react';
import { useT } from '@/lib/i18n/client';
import { Controls } from './controls';
import { DrawADigit } from './draw-a-digit';
import { SampleGrid } from './sample-grid';
import { StatusPanel } from './status-panel';
import { useTopic } from './use-training';
import styles from './gan.module.css';

/**
 * The heart of the demo: the sample grid beside status and controls, and the digit "prompt".
 * On a phone the controls come right after the grid, so Play is never far from what it changes.
 */
export function TrainingPanel() {
  const t = useT();
  const grid = useTopic('grid', (s) => s.grid);
  const timeline = useTopic('timeline', (s) => s.timeline);
  const status = useTopic('status', (s) => s.status);
  // null = follow the live grid; a number = the timeline snapshot at that step.
  const [pinned, setPinned] = useState<number | null>(null);
  const [digit, setDigit] = useState<number | null>(null);
  const snapIndex = pinned === null ? -1 : timeline.findIndex((s) => s.step === pinned);
  const shown = (snapIndex >= 0 ? timeline[snapIndex] : grid) ?? null;
  const conditional = status.hyper.conditional && (shown?.cols ?? status.gridCols) === 10;

  return (
    <section aria-labelledby="gan-training" className={`panel ${styles.part} ${styles.training}`}>
      <div className={styles.areaGrid}>
        <SampleGrid
          shown={shown}
          snapIndex={snapIndex}
          onPin={setPinned}
          conditional={conditional}
          digit={digit}
        />
      </div>
      <div className={styles.areaSide}>
        <h2 id="gan-training">{t('gan.part.training')}</h2>
        <StatusPanel />
        <Controls />
      </div>
      <div className={styles.areaPrompt}>
        <DrawADigit conditional={conditional} digit={digit} onDigit={setDigit} grid={shown} />
      </div>
    </section>
  );
}
