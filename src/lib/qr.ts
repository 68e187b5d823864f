// QR codes drawn at build time, as SVG in the page: nothing is computed or downloaded by the reader's browser.
import QRCode from 'qrcode';

/**
 * An SVG QR code for an address, dark modules on a light ground whatever the theme (a phone reads it from a screen,
 * a projection or paper), sized by its container. `label` names it for screen readers.
 */
export async function qrSvg(url: string, label: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } });
  const escaped = label.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  // the library writes width and height; the page's CSS sizes the code, so only the viewBox stays
  return svg
    .replace(/<svg\b([^>]*)>/, (_, attrs: string) => `<svg${attrs.replace(/\s(width|height)="[^"]*"/g, '')} class="qr" role="img" aria-label="${escaped}">`)
    .replace(/\n/g, '');
}
