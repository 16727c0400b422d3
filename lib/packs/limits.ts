import { MAX_IMAGE_BYTES } from '@/lib/images/limits';

/**
 * What one pack may hold. Client-safe: the import form shows the size limit, and export stops
 * adding comparisons before a pack would exceed what import accepts, so every export re-imports.
 */
export const PACK_LIMITS = {
  /** The zip file as uploaded. */
  maxZipBytes: 1024 * 1024 * 1024,
  /** Sum of every entry's uncompressed size, as the central directory declares it. */
  maxTotalBytes: 1024 * 1024 * 1024,
  maxEntries: 1_200,
  maxImages: 1_000,
  maxComparisons: 100,
  maxImageBytes: MAX_IMAGE_BYTES,
  maxManifestBytes: 4 * 1024 * 1024,
  maxTalliesBytes: 8 * 1024 * 1024,
  /**
   * Uncompressed ÷ compressed size per entry. Images are already compressed (~1:1) and JSON is
   * ~10:1; zip bombs reach 1000:1 and more.
   */
  maxRatio: 100,
  /** Entries smaller than this skip the ratio check: tiny files compress oddly and cannot harm. */
  ratioMinBytes: 64 * 1024,
  maxVotes: 200_000,
} as const;

export const MANIFEST_FILE = 'manifest.json';
export const TALLIES_FILE = 'tallies.csv';
