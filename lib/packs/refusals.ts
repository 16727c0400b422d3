/**
 * Why a pack was refused. Client-safe: the import form and the CLI translate the code into a
 * message (packs.refusal.<code>) with the params; `file` names the zip entry when there is one.
 */
export const PACK_REFUSAL_CODES = [
  'notZip',
  'damagedZip',
  'zipTooLarge',
  'tooManyEntries',
  'totalTooLarge',
  'entryTooLarge',
  'compressionRatio',
  'unsafePath',
  'duplicateEntry',
  'encrypted',
  'unsupportedCompression',
  'corruptEntry',
  'manifestMissing',
  'manifestJson',
  'manifestInvalid',
  'unsupportedVersion',
  'duplicateSlug',
  'tooManyComparisons',
  'tooManyImages',
  'fileMissing',
  'unexpectedEntry',
  'unlistedFile',
  'sizeMismatch',
  'hashMismatch',
  'dimensionMismatch',
  'imageRejected',
  'talliesInvalid',
  'tooManyVotes',
  'busy',
  'forbidden',
  'server',
] as const;
export type PackRefusalCode = (typeof PACK_REFUSAL_CODES)[number];

export type PackRefusal = {
  code: PackRefusalCode;
  params?: Record<string, string | number>;
};

/** The pack is refused as a whole; `refusals` lists every problem found before giving up. */
export class PackRefusedError extends Error {
  override readonly name = 'PackRefusedError';
  constructor(
    public readonly refusals: PackRefusal[],
    /** 413 when a size limit was the problem, otherwise 422 (400 for bytes that are no zip). */
    public readonly status = 422,
  ) {
    super(`Pack refused: ${refusals.map((r) => `${r.code} ${JSON.stringify(r.params ?? {})}`).join('; ')}`);
  }
}

export function refuse(code: PackRefusalCode, params?: PackRefusal['params'], status?: number): never {
  throw new PackRefusedError([{ code, params }], status);
}
