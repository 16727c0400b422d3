import type { GridVariant } from './run-grid';
import type { ComparisonDetail } from '@/db/queries/get-comparison';

/** The run grid's props for a comparison: the gallery page, the receipt and the teacher review share it. */
export function toGrid(c: ComparisonDetail): {
  variants: GridVariant[];
  fullFormats: Record<string, 'png' | 'jpeg'>;
} {
  const variants = c.variants.map((v) => {
    const meta = {
      tool: v.tool,
      model: v.model,
      settings: v.settings,
      revisedPrompt: v.revisedPrompt,
      generatedAt: v.generatedAt,
    };
    return {
      id: v.id,
      prompt: v.prompt,
      meta,
      runs: v.runs.map((r) => ({
        id: r.id,
        image: r.image,
        meta: { ...meta, settings: { ...v.settings, ...r.settings } },
      })),
    };
  });
  const fullFormats = Object.fromEntries(
    c.variants.flatMap((v) => v.runs.map((r) => [r.image.hash, r.image.format])),
  );
  return { variants, fullFormats };
}
