import type { InputKind } from './analyze-input';
import { InputError } from './analyze-input';
import type { UiLanguage } from '../core/settings';

export const OUTPUT_FORMATS = ['json', 'jsonl', 'csv', 'tsv', 'markdown', 'xlsx'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

const FORMAT_ALIASES: Record<string, OutputFormat> = { md: 'markdown' };

/** --out's extension names the format; --format overrides it. */
const FORMAT_BY_EXTENSION: Record<string, OutputFormat> = {
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.csv': 'csv',
  '.tsv': 'tsv',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.xlsx': 'xlsx',
};

export interface CliArgs {
  inputs: string[];
  format?: OutputFormat;
  out?: string;
  kind?: InputKind;
  /** --ledger: the targets of each year beside their outcomes (docs/contract.md §4),
   * not the figures */
  ledger: boolean;
  help: boolean;
  version: boolean;
}

export function formatForFile(path: string): OutputFormat | undefined {
  const match = /\.[^./\\]+$/.exec(path.toLowerCase());
  return match ? FORMAT_BY_EXTENSION[match[0]] : undefined;
}

function parseFormat(value: string | undefined): OutputFormat {
  const format = value === undefined ? undefined : (FORMAT_ALIASES[value] ?? value);
  if (!format || !(OUTPUT_FORMATS as readonly string[]).includes(format)) {
    throw new InputError(`unknown format "${value ?? ''}" (choose ${OUTPUT_FORMATS.join(', ')})`);
  }
  return format as OutputFormat;
}

/** The value of `--name value` or `--name=value`. */
function optionValue(argv: readonly string[], index: number): { value: string | undefined; next: number } {
  const arg = argv[index] ?? '';
  if (arg.includes('=')) return { value: arg.slice(arg.indexOf('=') + 1), next: index };
  return { value: argv[index + 1], next: index + 1 };
}

const SHORT_USAGE = 'usage: report-lens [--ledger] <page.html | report.txt | folder | -> … [--format FORMAT] [--out FILE] (--help for more)';

export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { inputs: [], ledger: false, help: false, version: false };
  let optionsEnded = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const name = arg.split('=')[0];
    if (optionsEnded || arg === '-' || !arg.startsWith('-')) {
      args.inputs.push(arg);
    } else if (arg === '--') {
      optionsEnded = true;
    } else if (name === '--format' || name === '-f') {
      const { value, next } = optionValue(argv, i);
      args.format = parseFormat(value);
      i = next;
    } else if (name === '--out' || name === '-o') {
      const { value, next } = optionValue(argv, i);
      if (!value) throw new InputError(`${name} needs a file name`);
      args.out = value;
      i = next;
    } else if (arg === '--html' || arg === '--text') {
      args.kind = arg === '--html' ? 'html' : 'text';
    } else if (arg === '--ledger') {
      args.ledger = true;
    } else if (arg === '--help' || arg === '-h') {
      args.help = true;
    } else if (arg === '--version' || arg === '-v') {
      args.version = true;
    } else {
      throw new InputError(`unknown option ${arg}; ${SHORT_USAGE}`);
    }
  }
  if (!args.help && !args.version && args.inputs.length === 0) throw new InputError(SHORT_USAGE);
  if (args.out && !args.format && !formatForFile(args.out)) {
    throw new InputError(`cannot tell the format from "${args.out}": name it .json, .jsonl, .csv, .tsv, .md or .xlsx, or add --format`);
  }
  return args;
}

/** The language of the help text: Chinese where the locale is Chinese. */
export function helpLanguage(env: Readonly<Record<string, string | undefined>>): UiLanguage {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh([_-]|$)/i.test(locale) ? 'zh' : 'en';
}

const HELP_EN = `report-lens — the figures of Chinese government reports (政府工作报告, 统计公报, 预算报告)

Usage:
  report-lens <page.html | report.txt | folder | -> … [options]
  report-lens --ledger <files | folders …> [options]

Reads saved web pages (.html, .htm; any charset, read as a browser reads
them) and plain-text reports (.txt: UTF-8, GBK/GB18030, Big5, or UTF-16 with
a byte-order mark). A folder is read with everything under it; "-" reads
standard input. One input prints its export; several inputs, or a folder,
give one table with the columns source, url, title, jurisdiction, year,
kind first.

--ledger reads the inputs the same way and sets each target a government
set for a year (its report of that year) beside the outcome the next year's
report gives, per jurisdiction and indicator, with a status: met, exceeded,
missed, no-outcome. JSON is report-lens-ledger/1; the tables have one row a
target (jurisdiction, indicator, year, target, outcome, status, sentences,
sources).

Options:
  -f, --format FORMAT  json (default), jsonl, csv, tsv, markdown (md), xlsx
  -o, --out FILE       write to FILE, in the format its extension names
                       (.json .jsonl .csv .tsv .md .xlsx); --format overrides
      --html, --text   read standard input as a page or as a text
      --ledger         targets beside outcomes instead of the figures
  -h, --help           this help
  -v, --version        the version

CSV written to a file starts with a UTF-8 byte-order mark, so that Excel on
Chinese Windows shows the characters; cells of CSV and TSV that start with
= + - @ get a leading ' so that no spreadsheet runs them as formulas.

Exit codes:
  0  every input was a report
  1  some inputs were skipped (one line on stderr each)
  2  usage error, or nothing could be read

Examples:
  report-lens page.html
  report-lens reports/ --out figures.xlsx
  report-lens 2024/*.html 2025/*.txt --format csv > figures.csv
  cat page.html | report-lens - --format markdown
  report-lens --ledger reports/hailar/ --out ledger.xlsx
`;

const HELP_ZH = `report-lens —— 提取政府工作报告、统计公报、预算报告中的数据

用法：
  report-lens <网页.html | 报告.txt | 文件夹 | -> … [选项]
  report-lens --ledger <文件 | 文件夹 …> [选项]

读取保存的网页（.html、.htm，任何字符集，与浏览器的读法相同）和纯文本报告
（.txt：UTF-8、GBK/GB18030、Big5，或带字节顺序标记的 UTF-16）。文件夹连同
其中所有子文件夹一起读取；“-”读取标准输入。一个输入输出它的导出结果；多个
输入或一个文件夹合成一张表，前几列为 source、url、title、jurisdiction、year、kind。

--ledger 以同样方式读取输入，把政府为某年定的目标（当年的报告）与下一年报告
给出的实际结果逐地区、逐指标对照，并给出完成情况：met（达成）、exceeded（超额
完成）、missed（未达成）、no-outcome（无结果）。JSON 格式为
report-lens-ledger/1；表格每个目标一行（地区、指标、年份、目标、实际、完成情况、
原句、出处）。

选项：
  -f, --format 格式    json（默认）、jsonl、csv、tsv、markdown（md）、xlsx
  -o, --out 文件       写入文件，格式由扩展名决定
                       （.json .jsonl .csv .tsv .md .xlsx）；--format 优先
      --html, --text   把标准输入当作网页或纯文本读取
      --ledger         输出目标与实际对照表，而不是数据
  -h, --help           显示本帮助
  -v, --version        显示版本

写入文件的 CSV 以 UTF-8 字节顺序标记（BOM）开头，中文版 Windows 的 Excel
打开时不会乱码；CSV 和 TSV 中以 = + - @ 开头的单元格前加 '，表格软件不会把它
当作公式执行。

退出码：
  0  每个输入都是报告
  1  跳过了部分输入（每个在标准错误输出中占一行）
  2  用法错误，或没有读到任何报告

示例：
  report-lens page.html
  report-lens reports/ --out figures.xlsx
  report-lens 2024/*.html 2025/*.txt --format csv > figures.csv
  cat page.html | report-lens - --format markdown
  report-lens --ledger reports/hailar/ --out ledger.xlsx
`;

export function helpText(language: UiLanguage): string {
  return language === 'zh' ? HELP_ZH : HELP_EN;
}
