import type { GenerationSettings } from '@/db/schema';
import type { Translate } from '@/lib/i18n/translate';

export type RunMeta = {
  tool: string;
  model: string;
  settings: GenerationSettings;
  revisedPrompt: string | null;
  generatedAt: string | null;
};

/** The generation settings of one run: the variant's settings with the run's own on top. */
export function RunMetadata({ meta, t, compact }: { meta: RunMeta; t: Translate; compact?: boolean }) {
  const s = meta.settings;
  const size = s.width && s.height ? `${s.width} × ${s.height}` : undefined;
  const rows: Array<[string, string | number | boolean | undefined]> = compact
    ? [[t('comparison.seed'), s.seed]]
    : [
        [t('comparison.tool'), meta.tool],
        [t('comparison.model'), meta.model || undefined],
        [t('comparison.seed'), s.seed],
        [t('comparison.steps'), s.steps],
        [t('comparison.guidance'), s.guidance],
        [t('comparison.sampler'), s.sampler],
        [t('comparison.size'), size],
        [t('comparison.temperature'), s.temperature],
        [t('comparison.date'), meta.generatedAt ?? undefined],
      ];
  const shown = rows.filter(([, v]) => v !== undefined && v !== '');
  return (
    <>
      {shown.length > 0 && (
        <dl className="run-meta">
          {shown.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{String(value)}</dd>
            </div>
          ))}
        </dl>
      )}
      {!compact && meta.revisedPrompt && (
        <p className="run-meta__revised">
          <strong>{t('comparison.revisedPrompt')}:</strong> “{meta.revisedPrompt}”
        </p>
      )}
    </>
  );
}
