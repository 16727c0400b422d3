import type { GridVariant } from './run-grid';
import type { PictureImage } from '@/app/_components/run-picture';
import type { ComparisonDetail } from '@/db/queries/get-comparison';

function pictureOf(image: PictureImage): PictureImage {
  const { hash, width, height, variantWidths, placeholder, dominantColor } = image;
  return { hash, width, height, variantWidths, placeholder, dominantColor };
}

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
      // Only what the grid shows: a run's own settings (the client puts them over the variant's,
      // which are not repeated per run) and the picture's fields. These props travel in the RSC
      // payload of every page view; a 96-run comparison repeated ~1 KB of variant settings per run.
      runs: v.runs.map((r) => ({ id: r.id, image: pictureOf(r.image), settings: r.settings })),
    };
  });
  const fullFormats = Object.fromEntries(
    c.variants.flatMap((v) => v.runs.map((r) => [r.image.hash, r.image.format])),
  );
  return { variants, fullFormats };
}
