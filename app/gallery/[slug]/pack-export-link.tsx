/** A link that downloads this comparison as a pack (issue 6, in progress). */
export function PackExportLink(_props: { slug: string }) {
  return null;
}
