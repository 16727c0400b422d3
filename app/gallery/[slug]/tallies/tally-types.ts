import type { TallyReference } from '@/db/schema';

/** A question as the results show it: texts already in the viewer's language. */
export type QuestionView = {
  id: number;
  text: string;
  votingOpen: boolean;
  options: { key: string; label: string }[];
  reference: TallyReference | null;
};

export type VariantView = { id: number; n: number; prompt: string };
