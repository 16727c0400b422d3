'use client';
import { useT } from '@/lib/i18n/client';
import { useFormat } from './format';
import { LineChart } from './line-chart';
import { useTopic } from './use-training';
import styles from './gan.module.css';

const TABLE_ROWS = 10;

/** D and G loss, and mean D(real) / D(fake), over the run, with a text and table equivalent. */
export function LossCharts() {
  const t = useT();
  const f = useFormat();
  const stats = useTopic('stats', (s) => s.stats);
  const { history, latest } = stats;
  if (!latest) return <p className="muted">{t('gan.charts.empty')}</p>;

  const steps = history.map((p) => p.step);
  const finite = history.flatMap((p) => [p.dLoss, p.gLoss]).filter(Number.isFinite);
  // Round the top up to 1 or an even number, so the three axis labels are round numbers.
  const top = Math.ceil(Math.max(...finite));
  const lossMax = top <= 1 ? 1 : top + (top % 2);
  const fmt2 = (n: number) => f.fixed(n, 2);
  const fmtAxis = (n: number) => (Number.isInteger(n) ? f.int(n) : f.fixed(n, 1));
  const recent = history.slice(-TABLE_ROWS).reverse();

  return (
    <div data-testid="charts" data-step={latest.step}>
      <p className={styles.summary} data-testid="chart-summary">
        {t('gan.charts.summary', {
          step: f.int(latest.step),
          dLoss: fmt2(latest.dLoss),
          gLoss: fmt2(latest.gLoss),
          dReal: fmt2(latest.dReal),
          dFake: fmt2(latest.dFake),
        })}
      </p>
      <div className={styles.chartPair}>
        <LineChart
          title={t('gan.charts.lossTitle')}
          steps={steps}
          yMax={lossMax}
          axisLabel={t('gan.charts.axisStep')}
          formatStep={f.int}
          format={fmtAxis}
          testId="loss-chart"
          series={[
            {
              label: t('gan.charts.dLoss'),
              color: 'var(--gan-d)',
              values: history.map((p) => p.dLoss),
            },
            {
              label: t('gan.charts.gLoss'),
              color: 'var(--gan-g)',
              dashed: true,
              values: history.map((p) => p.gLoss),
            },
          ]}
        />
        <div>
          <LineChart
            title={t('gan.charts.scoreTitle')}
            steps={steps}
            yMax={1}
            guide={0.5}
            axisLabel={t('gan.charts.axisStep')}
            formatStep={f.int}
            format={fmtAxis}
            testId="score-chart"
            series={[
              {
                label: t('gan.charts.dReal'),
                color: 'var(--gan-real)',
                values: history.map((p) => p.dReal),
              },
              {
                label: t('gan.charts.dFake'),
                color: 'var(--gan-fake)',
                dashed: true,
                values: history.map((p) => p.dFake),
              },
            ]}
          />
          <p className={styles.hint}>{t('gan.charts.scoreExplain')}</p>
        </div>
      </div>
      <details className={styles.details}>
        <summary>{t('gan.charts.showTable')}</summary>
        <table className={styles.table}>
          <caption>{t('gan.charts.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('gan.charts.step')}</th>
              <th scope="col">{t('gan.charts.dLoss')}</th>
              <th scope="col">{t('gan.charts.gLoss')}</th>
              <th scope="col">{t('gan.charts.dReal')}</th>
              <th scope="col">{t('gan.charts.dFake')}</th>
            </tr>
          </thead>
          <tbody>
            {recent.map((p) => (
              <tr key={p.step}>
                <th scope="row">{f.int(p.step)}</th>
                <td>{fmt2(p.dLoss)}</td>
                <td>{fmt2(p.gLoss)}</td>
                <td>{fmt2(p.dReal)}</td>
                <td>{fmt2(p.dFake)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
