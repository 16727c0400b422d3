'use client';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { useT } from '@/lib/i18n/client';
import type { QuestionTally } from '@/lib/tally/aggregate';
import { QuestionResults } from './question-results';
import type { QuestionView, VariantView } from './tally-types';
import styles from './tallies.module.css';

/** Often enough for a class to watch the bars fill; one cheap grouped query per request. */
const POLL_MS = 2500;

/**
 * Keeps the tallies current while the page is visible: fetches at once (the server-rendered
 * numbers may come from the page cache), then every few seconds; stops while the tab is hidden.
 * When the teacher adds, removes, opens or closes a question, the page itself is refreshed.
 */
export function LiveTallies(props: {
  comparisonId: number;
  questions: QuestionView[];
  variants: VariantView[];
  initial: QuestionTally[];
  voteHref: string;
}) {
  const t = useT();
  const router = useRouter();
  const [results, setResults] = useState(props.initial);
  const [live, setLive] = useState(false);
  const shape = props.questions.map((q) => `${q.id}:${q.votingOpen}`).join(',');
  const shapeRef = useRef(shape);
  useEffect(() => {
    shapeRef.current = shape;
  }, [shape]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let controller: AbortController | undefined;
    const poll = async () => {
      clearTimeout(timer);
      controller?.abort();
      if (document.visibilityState !== 'visible') return setLive(false);
      controller = new AbortController();
      try {
        const res = await fetch(`/api/tallies/${props.comparisonId}`, { cache: 'no-store', signal: controller.signal });
        if (res.ok) {
          const body = (await res.json()) as { questions: QuestionTally[] };
          setResults(body.questions);
          setLive(true);
          const now = body.questions.map((q) => `${q.questionId}:${q.votingOpen}`).join(',');
          if (now !== shapeRef.current) router.refresh();
        }
      } catch (error) {
        if ((error as Error).name === 'AbortError') return;
        setLive(false); // offline for a moment: keep the last numbers and try again
      }
      timer = setTimeout(poll, POLL_MS);
    };
    const onVisibility = () => void poll();
    document.addEventListener('visibilitychange', onVisibility);
    void poll();
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      clearTimeout(timer);
      controller?.abort();
    };
  }, [props.comparisonId, router]);

  const byId = new Map(results.map((r) => [r.questionId, r]));
  return (
    <div className={styles.live}>
      <p className={styles.liveStatus} data-live={live} data-testid="tally-live">
        {live ? t('tally.results.live') : t('tally.results.paused')}
      </p>
      {props.questions.map((q) => (
        <QuestionResults
          key={q.id}
          question={q}
          variants={props.variants}
          tally={byId.get(q.id)}
          voteHref={`${props.voteHref}?q=${q.id}`}
        />
      ))}
    </div>
  );
}
