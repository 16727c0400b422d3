import type { PackRefusal } from './refusals';

/**
 * What an import reports, shared by the importer, the upload route (one JSON object per line,
 * streamed while it works) and the import form. Client-safe: types only.
 */
export type ImportStatus = 'pending' | 'published';
export type ImportProgress = { phase: 'checking' | 'images' | 'saving'; done: number; total: number };
export type ImportReport = {
  status: ImportStatus;
  comparisons: Array<{
    id: number;
    slug: string;
    /** The slug in the pack; differs from `slug` when that one was taken. */
    packSlug: string;
    title: string;
    runs: number;
    questions: number;
    votes: number;
  }>;
  images: { total: number; stored: number; reused: number };
};

export type ImportEvent =
  | ({ type: 'progress' } & ImportProgress)
  | { type: 'done'; report: ImportReport }
  | { type: 'refused'; refusals: PackRefusal[] };
