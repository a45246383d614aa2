import { ACCEPTED_DOCUMENT_TYPES, MAX_IMAGE_PIXELS } from '../../../shared/documents/accepted';
import { imageSize } from './image-size';

/** The images a package embeds, whose header must be readable to be embedded at all. */
const EMBEDDED = new Set(['image/png', 'image/jpeg']);

const count = (n: number) => n.toLocaleString('en-US');
const megapixels = (n: number) => `${count(Math.round(n / 100_000) / 10)} megapixels`;

/**
 * Why an image cannot be kept or embedded, in words, or null when it can: more pixels than the
 * limit, or (for the PNG and JPEG images a package embeds) a header that declares no size. Other
 * image types a header cannot be read from are only stored and listed, never decoded here.
 */
export function imageProblem(mime: string, bytes: Buffer): string | null {
  if (!mime.startsWith('image/')) return null;
  const size = imageSize(mime, bytes);
  if (!size) {
    if (!EMBEDDED.has(mime)) return null;
    const label = ACCEPTED_DOCUMENT_TYPES.find((t) => t.mime === mime)?.label ?? 'image';
    return `the size of the image cannot be read from its header: the ${label} is damaged or not a real one`;
  }
  const pixels = size.width * size.height;
  if (pixels <= MAX_IMAGE_PIXELS) return null;
  return `the image is ${count(size.width)} × ${count(size.height)} pixels (${megapixels(pixels)}), over the limit of ${megapixels(MAX_IMAGE_PIXELS)} for images`;
}
