// Budget reports as their own kind. A budget report keeps four accounts —
// 一般公共预算, 政府性基金预算, 国有资本经营预算, 社会保险基金预算 — each with
// 收入 and 支出, for the whole jurisdiction (全市) and its own level (市本级),
// and once it has named the account it says only "支出预算调整为…，完成…，
// 为调整预算的100%": those figures measure the account's 支出. And it restates
// the budget a result is measured against (年初预算合计…，实际完成…): that
// figure is the year's target, not a result.

/** An account as these reports name it, with the level of government whose
 * budget it is; 全市/全县 is the whole jurisdiction, which the name leaves out. */
const ACCOUNT =
  /(市本级|市级|县本级|县级|区本级|区级|本级|全市|全县|全区|全省)?(一般公共预算|政府性基金预算|政府性基金|国有资本经营预算|国有资本经营|社会保险基金预算|社会保险基金)/g;
const WHOLE_JURISDICTION = new Set(['全市', '全县', '全区', '全省']);

/** The budget stage named after the account: the figure is the budget. */
const BUDGET_STAGE = /(?:年初预算数|年初预算|调整预算数|调整预算|预算调整|预算数|预算)$/;
const LEVEL_PREFIX = /^(?:市本级|市级|县本级|县级|区本级|区级|本级)/;
/** The account's own name ends in 预算 too: 一般公共预算 is no stage. */
const ACCOUNT_STEM = /(?:一般公共|政府性基金|国有资本经营|社会保险基金)$/;
/** A noun that is only a side of the account: 收入, 支出, 预算支出, 支出预算. */
const ACCOUNT_SIDE = /^(市本级|市级|县本级|县级|区本级|区级|本级)?(?:预算)?(收入|支出)(?:预算)?$/;

export interface AccountMention {
  at: number;
  /** level and account as a name prefix: 市本级一般公共预算, 政府性基金预算 */
  account: string;
}

/** Every account the text names, in order. */
export function findAccounts(text: string): AccountMention[] {
  const mentions: AccountMention[] = [];
  ACCOUNT.lastIndex = 0;
  for (let m = ACCOUNT.exec(text); m; m = ACCOUNT.exec(text)) {
    const level = m[1] && !WHOLE_JURISDICTION.has(m[1]) ? m[1] : '';
    mentions.push({ at: m.index, account: level + (m[2] ?? '') });
  }
  return mentions;
}

export interface BudgetNaming {
  indicator: string;
  /** the figure is a budget (年初预算, 调整预算): a target of its year */
  budgeted: boolean;
}

/** The indicator of a figure of a budget report, with the account written out
 * and the budget stage taken off: 支出预算 in the 一般公共预算 paragraph →
 * 一般公共预算支出, budgeted. */
export function budgetName(indicator: string, account: string | null): BudgetNaming {
  let name = indicator;
  let budgeted = false;
  const stage = BUDGET_STAGE.exec(name);
  const accountItself = ACCOUNT_STEM.test(name.slice(0, stage?.index ?? 0));
  if (stage && name.length - stage[0].length >= 2 && !accountItself) {
    name = name.slice(0, stage.index);
    budgeted = true;
  }
  const side = ACCOUNT_SIDE.exec(name);
  if (side && account) {
    // 市级支出 in the 政府性基金预算 paragraph: that account at that level
    const level = side[1] ?? '';
    const accountName = level && !account.startsWith(level) ? level + account.replace(LEVEL_PREFIX, '') : account;
    name = `${accountName}${side[2] ?? ''}`;
    budgeted ||= indicator !== name && BUDGET_STAGE.test(indicator);
  }
  return { indicator: name, budgeted };
}
