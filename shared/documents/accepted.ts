/**
 * The document files ExportDesk keeps: what end-user statements, certificates, letters and register
 * extracts arrive as. Anything else (archives, executables, macros-enabled formats) is refused.
 */
export interface AcceptedFileType {
  extensions: readonly string[];
  mime: string;
  label: string;
}

export const ACCEPTED_DOCUMENT_TYPES: readonly AcceptedFileType[] = [
  { extensions: ['pdf'], mime: 'application/pdf', label: 'PDF' },
  { extensions: ['png'], mime: 'image/png', label: 'PNG image' },
  { extensions: ['jpg', 'jpeg'], mime: 'image/jpeg', label: 'JPEG image' },
  { extensions: ['tif', 'tiff'], mime: 'image/tiff', label: 'TIFF image' },
  { extensions: ['gif'], mime: 'image/gif', label: 'GIF image' },
  { extensions: ['webp'], mime: 'image/webp', label: 'WebP image' },
  { extensions: ['docx'], mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', label: 'Word document (DOCX)' },
  { extensions: ['odt'], mime: 'application/vnd.oasis.opendocument.text', label: 'OpenDocument text (ODT)' },
];

export const MAX_DOCUMENT_BYTES = 25 * 1024 * 1024;

/**
 * Images past this many pixels are refused: a few kilobytes of PNG can declare 12,000 × 12,000
 * pixels, which a package or a viewer must decode to gigabytes. 25 megapixels holds an A4 page
 * scanned at 400 dpi and a 24-megapixel camera photo.
 */
export const MAX_IMAGE_PIXELS = 25_000_000;

/** For a file picker's accept attribute. */
export const DOCUMENT_ACCEPT = ACCEPTED_DOCUMENT_TYPES.flatMap((t) => t.extensions.map((e) => `.${e}`)).join(',');

export function acceptedTypeByExtension(ext: string): AcceptedFileType | undefined {
  const e = ext.toLowerCase().replace(/^\./, '');
  return ACCEPTED_DOCUMENT_TYPES.find((t) => t.extensions.includes(e));
}
