'use client';
import { useEffect, useRef, useState } from 'react';
import { PRESET_IDS, type Hyperparameters } from '@/lib/gan/protocol';
import { needsRebuild } from '@/lib/gan/hyper';
import { useT } from '@/lib/i18n/client';
import { useFormat } from './format';
import { StepSlider } from './step-slider';
import { useTopic, useTrainingStore } from './use-training';
import styles from './gan.module.css';

const RATES = [1e-5, 2e-5, 5e-5, 1e-4, 2e-4, 5e-4, 1e-3, 2e-3, 4e-3, 5e-3, 1e-2];
const BATCHES = [1, 2, 4, 8, 16, 32, 64, 128, 256];
const NOISE = [2, 4, 8, 16, 32, 64, 128];
const D_STEPS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
/** Sliders send their value once the hand stops, not on every pixel of a drag. */
const SEND_AFTER_MS = 400;

/** Presets with what to watch for, and the hyperparameters behind them. */
export function Settings() {
  const t = useT();
  const f = useFormat();
  const store = useTrainingStore();
  // Only what the settings show: the whole status changes several times while the models load,
  // and each render of this part rewrites every input's name and type (React does, for inputs).
  const ready = useTopic('status', (s) => s.status.phase === 'ready');
  const hyper = useTopic('status', (s) => s.status.hyper);
  const preset = useTopic('status', (s) => s.status.preset);
  const [draft, setDraft] = useState<Hyperparameters>(hyper);
  const [synced, setSynced] = useState(hyper);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<Partial<Hyperparameters>>({});

  // The worker's effective values (after clamping, presets, restores) win over the draft.
  if (synced !== hyper) {
    setSynced(hyper);
    setDraft(hyper);
  }
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const change = (patch: Partial<Hyperparameters>) => {
    setDraft((d) => ({ ...d, ...patch }));
    pending.current = { ...pending.current, ...patch };
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      store.send({ type: 'set-hyper', hyper: pending.current });
      pending.current = {};
    }, SEND_AFTER_MS);
  };
  const rebuild = needsRebuild(hyper, draft);

  return (
    <div className={styles.settings}>
      <div>
        <h3 className={styles.subheading}>{t('gan.settings.presets')}</h3>
        <p className={styles.hint}>{t('gan.settings.presetHint')}</p>
        <ul className={styles.presets}>
          {PRESET_IDS.map((id) => (
            <li key={id} className={styles.preset} data-active={preset === id || undefined}>
              <h4>
                {t(`gan.settings.presetNames.${id}`)}
                {preset === id && (
                  <span className={styles.activeBadge}>{t('gan.settings.presetActive')}</span>
                )}
              </h4>
              <p>{t(`gan.settings.presetWatch.${id}`)}</p>
              <button
                type="button"
                className="btn btn--secondary"
                disabled={!ready}
                onClick={() => store.send({ type: 'preset', id, restart: true })}
                aria-label={`${t('gan.settings.presetApply')}: ${t(`gan.settings.presetNames.${id}`)}`}
              >
                {t('gan.settings.presetApply')}
              </button>
            </li>
          ))}
        </ul>
      </div>
      <div>
        <h3 className={styles.subheading}>{t('gan.settings.hyper')}</h3>
        <p className={styles.hint}>{t('gan.settings.lrHint')}</p>
        <StepSlider
          id="gan-lr-g"
          label={t('gan.settings.lrG')}
          values={RATES}
          value={draft.lrG}
          format={f.rate}
          disabled={!ready}
          onChange={(lrG) => change({ lrG })}
        />
        <StepSlider
          id="gan-lr-d"
          label={t('gan.settings.lrD')}
          values={RATES}
          value={draft.lrD}
          format={f.rate}
          disabled={!ready}
          onChange={(lrD) => change({ lrD })}
        />
        <StepSlider
          id="gan-batch"
          label={t('gan.settings.batchSize')}
          hint={t('gan.settings.batchHint')}
          values={BATCHES}
          value={draft.batchSize}
          format={f.int}
          disabled={!ready}
          onChange={(batchSize) => change({ batchSize })}
        />
        <StepSlider
          id="gan-dsteps"
          label={t('gan.settings.dSteps')}
          hint={t('gan.settings.dStepsHint')}
          values={D_STEPS}
          value={draft.dStepsPerGStep}
          format={f.int}
          disabled={!ready}
          onChange={(dStepsPerGStep) => change({ dStepsPerGStep })}
        />
        <StepSlider
          id="gan-noise"
          label={t('gan.settings.noiseSize')}
          hint={t('gan.settings.noiseHint')}
          values={NOISE}
          value={draft.noiseSize}
          format={f.int}
          disabled={!ready}
          onChange={(noiseSize) => change({ noiseSize })}
        />
        <div className={styles.checkField}>
          <input
            id="gan-conditional"
            type="checkbox"
            checked={draft.conditional}
            disabled={!ready}
            onChange={(e) => change({ conditional: e.target.checked })}
            aria-describedby="gan-conditional-hint"
          />
          <label htmlFor="gan-conditional">{t('gan.settings.conditional')}</label>
        </div>
        <p className={styles.hint} id="gan-conditional-hint">
          {t('gan.settings.conditionalHint')}
        </p>
        {rebuild && (
          <p className={styles.warning} role="status">
            {t('gan.settings.rebuildWarning')}
          </p>
        )}
      </div>
    </div>
  );
}
