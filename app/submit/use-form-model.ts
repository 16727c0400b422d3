'use client';
import { useEffect, useRef, useState } from 'react';
import { useT } from '@/lib/i18n/client';
import { SUBMISSION_LIMITS as L } from '@/lib/validation/submission-limits';
import {
  emptyVariant,
  fileProblem,
  move,
  runKey,
  variantKey,
  type FormErrors,
  type FormState,
  type TextField,
  type VariantState,
  type VariantTextField,
} from './form-state';

/**
 * The form's state and every change to it. Each change clears the error of what it touched, and
 * keyboard-visible changes (files added, runs moved or removed) are announced to screen readers.
 * Preview URLs are revoked when a run goes away and when the page is left.
 */
export function useFormModel(
  initial: FormState,
  setErrors: (update: (e: FormErrors) => FormErrors) => void,
  announce: (text: string) => void,
) {
  const t = useT();
  const [state, setState] = useState(initial);
  const nextId = useRef(1);
  const urls = useRef(new Set<string>());
  useEffect(() => {
    const all = urls.current;
    return () => all.forEach((u) => URL.revokeObjectURL(u));
  }, []);

  const clear = (...keys: string[]) =>
    setErrors((e) => {
      if (!keys.some((k) => k in e)) return e;
      const copy = { ...e };
      for (const k of keys) delete copy[k];
      return copy;
    });
  const updateVariant = (id: string, change: (v: VariantState) => VariantState) =>
    setState((s) => ({ ...s, variants: s.variants.map((v) => (v.id === id ? change(v) : v)) }));

  return {
    state,
    setField<K extends TextField>(field: K, value: FormState[K]) {
      setState((s) => ({ ...s, [field]: value }));
      clear(field);
    },
    setVariantField(id: string, field: VariantTextField, value: string) {
      updateVariant(id, (v) => ({ ...v, [field]: value }));
      clear(
        variantKey(
          id,
          field === 'seed' ||
            field === 'steps' ||
            field === 'guidance' ||
            field === 'sampler' ||
            field === 'size'
            ? `settings.${field}`
            : field,
        ),
      );
    },
    addFiles(id: string, files: File[]) {
      const variant = state.variants.find((v) => v.id === id);
      if (!variant || files.length === 0) return;
      const room = L.maxRuns - variant.runs.length;
      const added = files.slice(0, room).map((file) => {
        const url = URL.createObjectURL(file);
        urls.current.add(url);
        return { id: `r${nextId.current++}`, file, url };
      });
      updateVariant(id, (v) => ({ ...v, runs: [...v.runs, ...added] }));
      setErrors((e) => {
        const copy = { ...e };
        delete copy[variantKey(id, 'runs')];
        for (const run of added) {
          const problem = fileProblem(run.file);
          if (problem) copy[runKey(run.id)] = problem;
        }
        return copy;
      });
      const text = t('submit.runs.added', { count: added.length });
      announce(files.length > room ? `${text} ${t('submit.runs.full', { max: L.maxRuns })}` : text);
    },
    moveRun(id: string, from: number, to: number) {
      updateVariant(id, (v) => ({ ...v, runs: move(v.runs, from, to) }));
      announce(t('submit.runs.moved', { n: to + 1 }));
    },
    removeRun(id: string, index: number) {
      const run = state.variants.find((v) => v.id === id)?.runs[index];
      if (!run) return;
      URL.revokeObjectURL(run.url);
      urls.current.delete(run.url);
      updateVariant(id, (v) => ({ ...v, runs: v.runs.filter((r) => r.id !== run.id) }));
      clear(runKey(run.id));
      announce(t('submit.runs.removedRun', { n: index + 1 }));
    },
    addVariant() {
      setState((s) =>
        s.variants.length >= L.maxVariants
          ? s
          : { ...s, variants: [...s.variants, emptyVariant(`v${nextId.current++}`)] },
      );
    },
    removeVariant(id: string) {
      const index = state.variants.findIndex((v) => v.id === id);
      for (const run of state.variants[index]?.runs ?? []) {
        URL.revokeObjectURL(run.url);
        urls.current.delete(run.url);
      }
      setState((s) => ({ ...s, variants: s.variants.filter((v) => v.id !== id) }));
      announce(t('submit.variant.removed', { n: index + 1 }));
    },
  };
}
