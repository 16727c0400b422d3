'use client';
import type { ReactNode } from 'react';
import type { MessageKey } from '@/lib/i18n/translate';
import { useT } from '@/lib/i18n/client';
import { ErrorBanner } from './error-banner';
import { LossCharts } from './loss-chart';
import { ModelStorage } from './model-storage';
import { QualityMeter } from './quality-meter';
import { RealOrFakeGame } from './real-or-fake-game';
import { Settings } from './settings';
import { Interpolation } from './interpolation';
import { TrainingPanel } from './training-panel';
import { TrainingContext, useOwnTrainingStore } from './use-training';
import { NearScreenContext, useNearScreen } from './use-near-screen';
import { Verdict } from './verdict';
import styles from './gan.module.css';

function Part(props: { id: string; title: MessageKey; explain?: MessageKey; children: ReactNode }) {
  const t = useT();
  const [ref, near] = useNearScreen<HTMLElement>();
  return (
    <section
      ref={ref}
      aria-labelledby={`gan-${props.id}`}
      className={`panel ${styles.part} render-when-near`}
      id={props.id}
      data-near={near}
    >
      <h2 id={`gan-${props.id}`}>{t(props.title)}</h2>
      {props.explain && <p className={styles.explain}>{t(props.explain)}</p>}
      <NearScreenContext.Provider value={near}>{props.children}</NearScreenContext.Provider>
    </section>
  );
}

/** The live demo: one training worker, shared by every part through TrainingContext. */
export function GanDemo() {
  const store = useOwnTrainingStore();
  return (
    <TrainingContext.Provider value={store}>
      <div className={styles.demo}>
        <ErrorBanner />
        <TrainingPanel />
        <Part id="charts" title="gan.part.charts" explain="gan.charts.explain">
          <LossCharts />
        </Part>
        <Part id="settings" title="gan.part.settings">
          <Settings />
        </Part>
        <Part id="verdict" title="gan.part.verdict" explain="gan.verdict.explain">
          <Verdict />
        </Part>
        <Part id="interpolation" title="gan.part.interpolation" explain="gan.interpolation.explain">
          <Interpolation />
        </Part>
        <Part id="quality" title="gan.part.quality" explain="gan.quality.explain">
          <QualityMeter />
        </Part>
        <Part id="game" title="gan.part.game" explain="gan.game.explain">
          <RealOrFakeGame />
        </Part>
        <Part id="storage" title="gan.part.storage" explain="gan.storage.explain">
          <ModelStorage />
        </Part>
      </div>
    </TrainingContext.Provider>
  );
}
