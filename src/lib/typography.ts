import Typograf from 'typograf';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

const typograf = new Typograf({ locale: ['fr', 'en-US'] });
// Rules that delete the spaces French needs, or misfire on text cut across inline elements.
for (const rule of [
  'common/space/delBeforePunctuation',
  'common/space/delBeforePercent',
  'common/nbsp/afterShortWord',
  'common/nbsp/beforeShortLastWord',
  'common/symbols/copy',
  'common/space/trimLeft',
  'common/space/trimRight',
  'common/space/delLeadingBlanks',
  'common/space/delTrailingBlanks',
  'common/space/insertFinalNewline',
]) {
  typograf.disableRule(rule);
}
typograf.enableRule('common/number/digitGrouping');

// Units written after a number; the space between them must not break (« 20 min », « 40 Go »).
const UNITS = /(\d) (min|h|s|ms|[kKMGT]i?o|octets|[kMG]?bit\/s|[kmc]?m|[km]?g|[kMG]?Wh|[kMG]?W|°C|€)(?![\p{L}\d’'])/gu;

/**
 * The rule typograf's French locale lacks: a narrow no-break space before ; ! ? % and inside « »,
 * a no-break space before : and between a number and its unit. It works on a piece of text cut by inline elements, too.
 */
export function frenchSpacing(text: string): string {
  return text
    .replace(UNITS, `$1${NBSP}$2`)
    .replace(/[ \u00a0\u202f]+([;!?%])/g, `${NNBSP}$1`)
    .replace(/[ \u00a0\u202f]+:(?=\s|$)/g, `${NBSP}:`)
    .replace(/«[ \u00a0\u202f]*/g, `«${NNBSP}`)
    .replace(/[ \u00a0\u202f]*»/g, `${NNBSP}»`);
}

// Quotes an author typed are kept as typed: typograf would re-pair them within one text node,
// and a node cut by an inline element holds only half of a pair.
const TYPED_QUOTES = ['«', '»', '“', '”'];
const PLACEHOLDERS = ['\ue000', '\ue001', '\ue002', '\ue003'];

function protectQuotes(text: string): string {
  return TYPED_QUOTES.reduce((t, q, i) => t.replaceAll(q, PLACEHOLDERS[i]), text);
}

function restoreQuotes(text: string): string {
  return PLACEHOLDERS.reduce((t, p, i) => t.replaceAll(p, TYPED_QUOTES[i]), text);
}

/** French typography for a run of prose: quotes, apostrophes, thousands, no-break spaces. */
export function typographyFr(text: string): string {
  if (text.trim() === '') return text;
  return frenchSpacing(restoreQuotes(typograf.execute(protectQuotes(frenchSpacing(text)))));
}
