// The words a table for a reader says in place of the machine values of the
// export (target, true, increase, about, work-report): a table copied into
// Excel or WPS by a Chinese reader is Chinese in every cell but the units and
// the names the report itself gives. The figures' tables (figure-table.ts)
// and the ledger's (ledger-export.ts) say a thing alike.
import { QUALIFIER_WORDS, RELATION_WORDS } from './export';
import type { MetricKind, Qualifier, Relation, ReportKind } from './types';
import type { UiLanguage } from './settings';

export const METRIC_KIND_WORDS: Record<UiLanguage, Record<MetricKind, string>> = {
  en: { actual: 'result', target: 'target' },
  zh: { actual: '结果', target: '目标' },
};

export const YES_NO_WORDS: Record<UiLanguage, { yes: string; no: string }> = {
  en: { yes: 'yes', no: 'no' },
  zh: { yes: '是', no: '否' },
};

/** A qualifier as the reports write it (6.5%左右 is 左右, 3.5%以内 is 以内),
 * the way economists' datasets code targets; the hover card's 约 and 不低于
 * say the same to a reader in a sentence. */
export const TABLE_QUALIFIER_WORDS: Record<UiLanguage, Record<Qualifier, string>> = {
  en: QUALIFIER_WORDS.en,
  zh: { about: '左右', 'at-least': '以上', 'at-most': '以内', range: '区间', exact: '精确' },
};

export const TABLE_RELATION_WORDS: Record<UiLanguage, Record<Relation, string>> = RELATION_WORDS;

export const REPORT_KIND_WORDS: Record<UiLanguage, Record<ReportKind, string>> = {
  en: {
    'work-report': 'government work report',
    'statistical-communique': 'statistical communiqué',
    'budget-report': 'budget report',
    plan: 'development plan',
    'other-report': 'report',
  },
  zh: {
    'work-report': '政府工作报告',
    'statistical-communique': '统计公报',
    'budget-report': '预算报告',
    plan: '规划纲要',
    'other-report': '报告',
  },
};
