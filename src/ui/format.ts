// Words and number formats the UI shows. Pure: no DOM, no browser APIs, so
// the popup, the sidebar and the hover card all say a thing the same way.
import { SUBSTITUTION_SLOTS, type Translate } from '../core/message-bundle';
import { outlineEntries } from '../core/outline-nodes';
import { formatNumber, QUALIFIER_WORDS, RELATION_WORDS } from '../core/export';
import { REPORT_KIND_WORDS } from '../core/table-words';
import type { Metric, MetricKind, OutlineNode, Qualifier, Relation, ReportKind } from '../core/types';
import type { UiLanguage } from '../core/settings';

const METRIC_KIND_WORDS: Record<UiLanguage, Record<MetricKind, string>> = {
  en: { actual: 'result', target: 'target' },
  zh: { actual: '结果', target: '目标' },
};

const HEADLINE_WORDS: Record<UiLanguage, string> = { en: 'headline target', zh: '主要预期目标' };

/** The content script reports a kind as a plain string: anything unknown
 * reads as a generic report rather than a raw key. */
export function reportKindWords(kind: string | null | undefined, language: UiLanguage): string {
  const words = REPORT_KIND_WORDS[language];
  return kind && kind in words ? words[kind as ReportKind] : words['other-report'];
}

export function metricKindWords(metric: Pick<Metric, 'kind' | 'headline'>, language: UiLanguage): string {
  if (metric.kind === 'target' && metric.headline) return HEADLINE_WORDS[language];
  return METRIC_KIND_WORDS[language][metric.kind];
}

export function qualifierWords(qualifier: Qualifier, language: UiLanguage): string {
  return QUALIFIER_WORDS[language][qualifier];
}

export function relationWords(relation: Relation, language: UiLanguage): string {
  return RELATION_WORDS[language][relation];
}

/** An arrow a reader takes in at a glance; the words go into the label. */
export function relationArrow(relation: Relation): string {
  if (relation === 'increase') return '↑';
  if (relation === 'decrease') return '↓';
  return '';
}

/** Units that hang off a number without a space in Chinese writing keep
 * doing so; a space before letters (kWh, km) is what an English reader expects. */
function joinUnit(number: string, unit: string): string {
  if (!unit) return number;
  return /^[A-Za-z]/.test(unit) ? `${number} ${unit}` : `${number}${unit}`;
}

/** For reading, not for export: binary floating point leftovers
 * (11.100000000000001) are cut at twelve significant digits. */
export function formatDisplayNumber(value: number): string {
  return Number.isFinite(value) ? formatNumber(Number(value.toPrecision(12))) : '';
}

/** "6.5%", "6–6.5%", "221.46亿元". */
export function formatQuantity(quantity: { value: number; upper?: number; unit: string }): string {
  const number = quantity.upper === undefined
    ? formatDisplayNumber(quantity.value)
    : `${formatDisplayNumber(quantity.value)}–${formatDisplayNumber(quantity.upper)}`;
  return joinUnit(number, quantity.unit);
}

/** Scientific notation in plain text ("2.2146 × 10^10") so it survives a
 * copy into any editor; small numbers stay as they are. */
export function formatScientific(value: number, significantDigits = 6): string {
  if (!Number.isFinite(value)) return '';
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  if (magnitude >= 1e-3 && magnitude < 1e6) return formatNumber(Number(value.toPrecision(significantDigits)));
  let exponent = Math.floor(Math.log10(magnitude));
  let mantissa = Number((value / 10 ** exponent).toPrecision(significantDigits));
  // 9.9999996e9 rounds to a mantissa of 10: carry it into the exponent
  if (Math.abs(mantissa) >= 10) {
    mantissa = Number((mantissa / 10).toPrecision(significantDigits));
    exponent += 1;
  }
  return `${formatNumber(mantissa)} × 10^${exponent}`;
}

/** The normalized quantity, worth showing only when it says something the
 * written figure does not (亿元 → 元, not % → %). */
export function normalizedText(metric: Pick<Metric, 'value' | 'upper' | 'unit' | 'normalized'>): string | null {
  const { normalized } = metric;
  if (normalized.unit === metric.unit && normalized.value === metric.value && normalized.upper === metric.upper) {
    return null;
  }
  const low = formatScientific(normalized.value);
  const number = normalized.upper === undefined ? low : `${low} – ${formatScientific(normalized.upper)}`;
  return normalized.unit ? `${number} ${normalized.unit}` : number;
}

/** Figures per section, counting a section's subsections with it. */
export function countMetricsBySection(outline: readonly OutlineNode[], metrics: readonly Metric[]): Map<string, number> {
  const own = new Map<string, number>();
  for (const metric of metrics) {
    if (metric.sectionId) own.set(metric.sectionId, (own.get(metric.sectionId) ?? 0) + 1);
  }
  // each section's own figures once up its path, rather than a path per figure
  const counts = new Map<string, number>();
  for (const { node, ancestors } of outlineEntries(outline)) {
    const count = own.get(node.id);
    if (!count) continue;
    for (const section of [...ancestors, node]) counts.set(section.id, (counts.get(section.id) ?? 0) + count);
  }
  return counts;
}

/** "1 result", "314 results": `key` says a count of things ($1, and any
 * more substitutions after it); `${key}_one`, where the locale has it, says
 * one of them (English plurals; a Chinese locale gives the same words for both). */
export function countWords(t: Translate, key: string, count: number, ...more: string[]): string {
  if (count === 1) {
    const one = t(`${key}_one`, ['1', ...more]);
    if (one !== `${key}_one`) return one;
  }
  return t(key, [String(count), ...more]);
}

/** A private-use character no message or page text the UI shows holds: the
 * message bundle's stand-in for $1. */
const SLOT = SUBSTITUTION_SLOTS[0] ?? '\uE001';
const templates = new WeakMap<Translate, Map<string, (value: string) => string>>();

/** A one-substitution message as a function of its value, asking `t` once
 * per key: messages with a substitution are not cached on the browser's
 * side, and a long report's rows would otherwise cross into it once each.
 * The value goes in wherever `t` put the substitution, as given. */
export function messageWith(t: Translate, key: string): (value: string) => string {
  let byKey = templates.get(t);
  if (!byKey) templates.set(t, (byKey = new Map()));
  let fill = byKey.get(key);
  if (!fill) {
    const parts = t(key, SLOT).split(SLOT);
    fill = parts.length === 1 ? () => parts[0] ?? '' : (value) => parts.join(value);
    byKey.set(key, fill);
  }
  return fill;
}

/** Plain `$1`…`$9` substitution, the way browser.i18n reads messages.json;
 * for tests and for pages where the i18n API is missing. */
export function substitute(template: string, substitutions?: string | string[]): string {
  const values = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return template.replace(/\$(\d)/g, (whole, digit: string) => values[Number(digit) - 1] ?? whole);
}
