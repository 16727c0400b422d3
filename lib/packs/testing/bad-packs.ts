import { createHash } from 'node:crypto';
import { rawZip, type RawEntry } from './raw-zip';

/**
 * A small valid pack (one comparison, two runs, a question with votes) and every way the issue
 * asks the importer to refuse one. Images are passed in, so unit tests and the Playwright spec can
 * each make theirs (fresh ones, to prove a refused import leaves no file behind).
 */
export type PackImages = Array<{ data: Buffer; width: number; height: number }>;

export function validManifest(slug: string, images: PackImages) {
  const files = images.map((_, i) => `images/run-${i + 1}.png`);
  return {
    format: 'prompt-gallery-pack',
    version: 2,
    name: 'test pack',
    comparisons: [
      {
        slug,
        title: `Pack test ${slug}`,
        description: 'Made by the pack tests.',
        locale: 'en',
        translations: { nl: { title: `Pakkettest ${slug}`, description: 'Gemaakt door de pakkettests.' } },
        caseKind: 'bias',
        submitterName: 'Pack Tester',
        tags: ['packs'],
        variants: [
          {
            prompt: 'a nurse at work',
            revisedPrompt: null,
            tool: 'Stable Diffusion',
            model: 'SDXL 1.0',
            settings: { steps: 30, guidance: 7 },
            generatedAt: '2026-11-01',
            runs: files.map((file, i) => ({ file, settings: { seed: i + 1 } })),
          },
        ],
        questions: [
          {
            template: null,
            label: 'Does the person wear a uniform?',
            options: [
              { key: 'yes', label: 'Yes' },
              { key: 'no', label: 'No' },
            ],
            votingOpen: true,
            reference: { shares: { yes: 0.5, no: 0.5 }, source: 'a guess' },
          },
        ],
      },
    ],
    files: Object.fromEntries(
      images.map((img, i) => [
        files[i]!,
        { bytes: img.data.length, sha256: sha256(img.data), width: img.width, height: img.height },
      ]),
    ),
  };
}

const TALLIES = (slug: string) => `slug,question,variant,run,option,count\r\n${slug},1,1,1,yes,3\r\n${slug},1,1,2,no,2\r\n`;

export function packEntries(manifest: unknown, images: PackImages, tallies?: string): RawEntry[] {
  const entries: RawEntry[] = [{ name: 'manifest.json', data: Buffer.from(JSON.stringify(manifest)), deflate: true }];
  if (tallies) entries.push({ name: 'tallies.csv', data: Buffer.from(tallies), deflate: true });
  images.forEach((img, i) => entries.push({ name: `images/run-${i + 1}.png`, data: img.data }));
  return entries;
}

export function validPack(slug: string, images: PackImages): Buffer {
  return rawZip(packEntries(validManifest(slug, images), images, TALLIES(slug)));
}

/** Each bad pack with the refusal code the importer must answer with. */
export function badPacks(slug: string, images: PackImages): Array<{ name: string; code: string; zip: Buffer }> {
  const m = () => validManifest(slug, images);
  const base = () => packEntries(m(), images, TALLIES(slug));
  const zeros = Buffer.alloc(12 * 1024 * 1024);
  const lying = m();
  lying.files['images/run-2.png']!.width += 1;
  const wrongHash = m();
  wrongHash.files['images/run-1.png']!.sha256 = '0'.repeat(64);
  const wrongSize = m();
  wrongSize.files['images/run-1.png']!.bytes += 5;
  const missing = m();
  missing.comparisons[0]!.variants[0]!.runs.push({ file: 'images/absent.png', settings: { seed: 9 } });
  const notImage = [images[0]!, { data: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), width: 1, height: 1 }];
  const badTallies = `slug,question,variant,run,option,count\r\n${slug},2,1,1,yes,3\r\n`;
  return [
    { name: 'not a zip', code: 'notZip', zip: images[0]!.data },
    { name: 'text, not a zip', code: 'notZip', zip: Buffer.from('PK? no, just text\n'.repeat(10)) },
    { name: 'zip bomb (ratio)', code: 'compressionRatio', zip: rawZip([...base(), { name: 'images/bomb.png', data: zeros, deflate: true }]) },
    {
      name: 'zip bomb (lying header)',
      code: 'corruptEntry',
      zip: rawZip([{ name: 'manifest.json', data: zeros, deflate: true, declaredSize: 60_000 }]),
    },
    {
      name: 'stored entry whose sizes disagree',
      code: 'damagedZip',
      zip: rawZip([...base(), { name: 'images/odd.png', data: Buffer.alloc(10), declaredSize: 5000 }]),
    },
    {
      name: 'entry larger than an image may be',
      code: 'entryTooLarge',
      zip: rawZip([...base(), { name: 'images/huge.png', data: Buffer.alloc(10), deflate: true, declaredSize: 16 * 1024 * 1024 }]),
    },
    { name: 'path traversal', code: 'unsafePath', zip: rawZip([...base(), { name: '../../evil.png', data: images[0]!.data }]) },
    { name: 'absolute path', code: 'unsafePath', zip: rawZip([...base(), { name: '/tmp/evil.png', data: images[0]!.data }]) },
    { name: 'backslash', code: 'unsafePath', zip: rawZip([...base(), { name: 'images\\evil.png', data: images[0]!.data }]) },
    { name: 'duplicate entry', code: 'duplicateEntry', zip: rawZip([...base(), { name: 'images/run-1.png', data: images[1]!.data }]) },
    { name: 'missing entry', code: 'fileMissing', zip: rawZip(packEntries(missing, images)) },
    { name: 'extra junk', code: 'unexpectedEntry', zip: rawZip([...base(), { name: 'notes.txt', data: Buffer.from('hello') }]) },
    { name: 'manifest lies about a hash', code: 'hashMismatch', zip: rawZip(packEntries(wrongHash, images)) },
    { name: 'manifest lies about a size', code: 'sizeMismatch', zip: rawZip(packEntries(wrongSize, images)) },
    { name: 'manifest lies about dimensions', code: 'dimensionMismatch', zip: rawZip(packEntries(lying, images)) },
    { name: 'no manifest', code: 'manifestMissing', zip: rawZip(base().slice(1)) },
    { name: 'tallies for a question that does not exist', code: 'talliesInvalid', zip: rawZip(packEntries(m(), images, badTallies)) },
    { name: 'an image that is not an image', code: 'imageRejected', zip: rawZip(packEntries(validManifest(slug, notImage), notImage)) },
  ];
}

function sha256(data: Buffer) {
  return createHash('sha256').update(data).digest('hex');
}
