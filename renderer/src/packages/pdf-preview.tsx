import { useEffect, useRef, useState } from 'react';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { call } from '../api/client';
import { ErrorBox } from '../components/error-box';
import { PackageDownload } from './package-download';

/** pdf.js is loaded the first time a preview is shown, so the rest of the app starts without it. */
async function loadPdfJs() {
  const pdfjs = await import('pdfjs-dist');
  // The worker is a file of the app itself: the CSP (default-src 'self') allows nothing else.
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
  return pdfjs;
}

function fromBase64(b64: string): Uint8Array {
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

/**
 * The first pages of a stored package drawn with pdf.js, so the officer sees what will be filed
 * without leaving the app. The core cuts the pages out (packages.preview); nothing is fetched.
 */
export function PdfPreview({ packageId, pages = 3 }: { packageId: number; pages?: number }) {
  const holder = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<unknown>(null);
  const [shown, setShown] = useState<{ pages: number; total: number } | null>(null);

  useEffect(() => {
    let cancelled = false;
    const target = holder.current;
    setError(null);
    setShown(null);
    (async () => {
      const preview = await call('packages.preview', { id: packageId, pages });
      // No eval, no remote fonts: the package embeds its fonts and the CSP forbids both anyway.
      const { getDocument } = await loadPdfJs();
      const pdf = await getDocument({ data: fromBase64(preview.pdfBase64), isEvalSupported: false, useSystemFonts: false }).promise;
      try {
        if (!target || cancelled) return;
        target.replaceChildren();
        for (let n = 1; n <= pdf.numPages && !cancelled; n++) {
          const page = await pdf.getPage(n);
          const viewport = page.getViewport({ scale: 0.8 });
          const canvas = document.createElement('canvas');
          canvas.width = Math.ceil(viewport.width);
          canvas.height = Math.ceil(viewport.height);
          canvas.className = 'pdf-page';
          canvas.dataset.testid = 'package-preview-page';
          canvas.setAttribute('aria-label', `Page ${n} of ${preview.totalPages}`);
          target.appendChild(canvas);
          await page.render({ canvas, viewport }).promise;
        }
        if (!cancelled) setShown({ pages: pdf.numPages, total: preview.totalPages });
      } finally {
        await pdf.destroy();
      }
    })().catch((e) => !cancelled && setError(e));
    return () => {
      cancelled = true;
    };
  }, [packageId, pages]);

  return (
    <div className="pdf-preview" data-testid="package-preview" data-rendered={shown ? 'true' : 'false'}>
      <ErrorBox error={error} title="The preview could not be drawn." testId="package-preview-error" />
      {shown && (
        <p className="muted" data-testid="package-preview-caption">
          First {shown.pages} of {shown.total} pages{' '}
          <PackageDownload packageId={packageId} testId="package-preview-download" label={`Download all ${shown.total} pages`} className="link-button" />
        </p>
      )}
      <div className="pdf-pages" ref={holder} />
    </div>
  );
}
