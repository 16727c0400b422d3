import type { TallyOption, TallyTemplate } from '@/db/schema';

/**
 * The option keys of the ready-made questions. Their text lives in the message files
 * (tally.templates.<template>.options.<key>), so a template question reads in the viewer's
 * language; the keys are what votes store and never change.
 */
export const TEMPLATE_OPTION_KEYS = {
  'perceived-gender': ['woman', 'man', 'cant-tell'],
  'skin-tone': ['lighter', 'medium', 'darker'],
  age: ['child', 'young-adult', 'middle-aged', 'older'],
} as const satisfies Record<TallyTemplate, readonly string[]>;

export function templateOptions(template: TallyTemplate): TallyOption[] {
  return TEMPLATE_OPTION_KEYS[template].map((key) => ({ key, label: null }));
}

/**
 * Keys for a teacher's own options: a slug of the text, so a CSV stays readable, made unique with
 * a number. Letters outside a–z (é, ß…) become plain ones where Unicode can decompose them.
 */
export function customOptions(labels: readonly string[]): TallyOption[] {
  const used = new Set<string>();
  return labels.map((label, i) => {
    const base =
      label
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 40) || `option-${i + 1}`;
    let key = base;
    for (let n = 2; used.has(key); n++) key = `${base}-${n}`;
    used.add(key);
    return { key, label };
  });
}
