import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';

/**
 * The fonts every package embeds: DejaVu Sans (regular and bold) from the npm package
 * dejavu-fonts-ttf, which covers Latin, Greek, Cyrillic, Arabic and Hebrew names. Licence: the
 * Bitstream Vera licence with DejaVu's changes in the public domain (resources/fonts/README.md).
 * Shipping the files with the app keeps packages identical on every machine: a system font would
 * make the same records print differently.
 */
export const FONT_FILES = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const;

export interface PackageFonts {
  regular: Buffer;
  bold: Buffer;
  dir: string;
}

const PACKAGE_TTF_DIR = path.join('node_modules', 'dejavu-fonts-ttf', 'ttf');

/**
 * Where the fonts may be, most specific first: an explicit folder (EXPORTDESK_FONTS_DIR), the
 * installed app's resources/fonts (electron-builder copies them there), then the npm package found
 * by walking up from this module: the sources under tsx (CLI, tests, bridge) or dist/electron in
 * the esbuild bundle, which defines import.meta.dirname as __dirname.
 */
export function fontDirCandidates(): string[] {
  const out: string[] = [];
  if (process.env.EXPORTDESK_FONTS_DIR) out.push(path.resolve(process.env.EXPORTDESK_FONTS_DIR));
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath;
  if (resourcesPath) out.push(path.join(resourcesPath, 'resources', 'fonts'));
  const starts = [import.meta.dirname, process.cwd()].filter((d): d is string => typeof d === 'string' && d.length > 0);
  for (const start of starts) {
    let dir = start;
    for (;;) {
      out.push(path.join(dir, PACKAGE_TTF_DIR));
      const up = path.dirname(dir);
      if (up === dir) break;
      dir = up;
    }
  }
  return [...new Set(out)];
}

let cached: PackageFonts | null = null;

export function packageFonts(): PackageFonts {
  if (cached) return cached;
  const candidates = fontDirCandidates();
  const dir = candidates.find((d) => fs.existsSync(path.join(d, FONT_FILES.regular)) && fs.existsSync(path.join(d, FONT_FILES.bold)));
  if (!dir) {
    throw new AppError(
      'NOT_FOUND',
      `The package fonts (${FONT_FILES.regular}, ${FONT_FILES.bold} from dejavu-fonts-ttf) are missing; looked in ${candidates.slice(0, 4).join(', ')}. Reinstall ExportDesk (or run npm install).`,
    );
  }
  cached = { regular: fs.readFileSync(path.join(dir, FONT_FILES.regular)), bold: fs.readFileSync(path.join(dir, FONT_FILES.bold)), dir };
  return cached;
}
