/** Slugs of the example comparisons the project generates itself (content/packs/gan-examples). */
export const EXAMPLE_SLUGS = {
  variation: 'gan-draw-a-digit-seeds',
  temperature: 'gan-noise-scale',
  bias: 'gan-bias-skewed-training-data',
  collapse: 'gan-model-collapse-generations',
} as const;
