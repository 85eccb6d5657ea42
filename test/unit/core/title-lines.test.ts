// The report's head read from its blocks (core/title-lines.ts) and note
// markers (core/note-markers.ts). Block texts are the corpus pages' own
// opening lines, copied from the pages; the roles are what a reader sees.
import { describe, expect, it } from 'vitest';
import { findHeadLines } from '../../../src/core/title-lines';
import { findNoteMarkers } from '../../../src/core/note-markers';

const none = new Set<number>();

describe('findHeadLines', () => {
  it('a forum post: the title, the meeting line broken in two, the speaker; it ends at 各位代表', () => {
    const texts = [
      '\n2020年利津县政府工作报告',
      '\n—— 2020年5月20日在利津县第十八届人民代表大会',
      '\n第四次会议上',
      '\n利津县县长  张晓彬',
      '\n    各位代表:',
      '\n    现在,我代表县人民政府向大会作政府工作报告,请予审议。',
    ];
    expect(findHeadLines(texts, '2020年利津县政府工作报告', { titleOutside: false, headingBlocks: none })).toEqual([
      { block: 0, role: 'title' },
      { block: 1, role: 'line' },
      { block: 2, role: 'line' },
      { block: 3, role: 'line' },
    ]);
  });

  it('a touch-template post: the page tools before the title, then four lines and a photo caption that ends it', () => {
    const texts = ['下载', '打印', '全屏', '收藏', '【字号：', '加大', '还原', '减小', '】', '2026年江西省政府工作报告',
      '——2026年1月27日在江西省第十四届人民代表大会第四次会议上', '来源：江西日报', '时间：2026-02-05', '省长 叶建春',
      '省长叶建春作政府工作报告。本报全媒体记者 林 君摄', '各位代表：'];
    const head = findHeadLines(texts, '2026年江西省政府工作报告', { titleOutside: false, headingBlocks: none });
    expect(head.filter((line) => line.role === 'tool').map((line) => line.block)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(head.filter((line) => line.role !== 'tool')).toEqual([
      { block: 9, role: 'title' },
      { block: 10, role: 'line' },
      { block: 11, role: 'line' },
      { block: 12, role: 'line' },
      { block: 13, role: 'line' },
    ]);
  });

  it('a title broken over two paragraphs, and a meeting line that names the speaker', () => {
    const texts = ['关于三门峡市2019年财政预算执行情况', '和2020年财政预算（草案）的报告（书面）',
      '——2020年5月14日在三门峡市第七届人民代表大会第五次会议上三门峡市财政局局长  宋  东', '各位代表：'];
    const title = '关于三门峡市2019年财政预算执行情况和2020年财政预算（草案）的报告（书面）';
    expect(findHeadLines(texts, title, { titleOutside: false, headingBlocks: none }).map((line) => line.role)).toEqual(['title', 'title', 'line']);
  });

  it('a communiqué: its title with a note marker, the two bureaus and the date', () => {
    const texts = ['江西省2022年国民经济和社会发展统计公报[1]', '江西省统计局  国家统计局江西调查总队', '2023年3月28日',
      '2022年是党的二十大胜利召开之年，是党和国家历史上极为重要的一年。'];
    expect(findHeadLines(texts, '江西省2022年国民经济和社会发展统计公报', { titleOutside: false, headingBlocks: none }).map((line) => line.role)).toEqual([
      'title', 'line', 'line',
    ]);
  });

  it('under a portal\'s own title: the genre line is a subtitle, and lines may open the body', () => {
    const national = ['政府工作报告', '——2025年3月5日在第十四届全国人民代表大会第三次会议上', '国务院总理　李强', '　　各位代表：'];
    expect(findHeadLines(national, '2025年政府工作报告', { titleOutside: true, headingBlocks: none }).map((line) => line.role)).toEqual([
      'subtitle', 'line', 'line',
    ]);
    const wechat = ['点击上方蓝字“申城政事速递”关注我们，每天了解上海政务动态', '----2025年1月15日龚正市长在上海市第十六届人民代表大会第三次会议的政府工作报告', '来源：解放日报', '各位代表：'];
    expect(findHeadLines(wechat, '2025年上海市政府工作报告', { titleOutside: true, headingBlocks: none, skipBlocks: new Set([0]) })).toEqual([
      { block: 1, role: 'line' },
      { block: 2, role: 'line' },
    ]);
    expect(findHeadLines(['万载县统计局    国家统计局万载调查队', '\n（2023年5月）', '2022年，万载全县上下坚持以习近平新时代中国特色社会主义思想为指导。'],
      '万载县2022年国民经济和社会发展统计公报', { titleOutside: true, headingBlocks: none }).map((line) => line.role)).toEqual(['line', 'line']);
  });

  it('finds nothing where the text opens with prose, a heading, or lines with no title anywhere', () => {
    const prose = ['2025年是收官“十四五”、谋划“十五五”之年。全市上下始终坚持以习近平新时代中国特色社会主义思想为指导。', '一、综合'];
    expect(findHeadLines(prose, '长沙市2025年国民经济和社会发展统计公报', { titleOutside: true, headingBlocks: new Set([1]) })).toEqual([]);
    expect(findHeadLines(['一、综合', '2023年3月28日'], '某市统计公报', { titleOutside: true, headingBlocks: new Set([0]) })).toEqual([]);
    // a date line alone, no title in the body or outside it: not a title block
    expect(findHeadLines(['2023年3月28日', '全年地区生产总值增长5%。'], '某市2022年统计公报', { titleOutside: false, headingBlocks: none })).toEqual([]);
    // short words before prose are no page tools when no title follows them
    expect(findHeadLines(['下载', '打印', '全年地区生产总值增长5%。'], '某市2022年统计公报', { titleOutside: false, headingBlocks: none })).toEqual([]);
  });

  it('stops at the first heading, even one that looks like a line', () => {
    const texts = ['2025年西藏政府工作报告', '来源：西藏日报', '2024年工作回顾', '——2025年1月19日在西藏自治区第十二届人民代表大会第三次会议上'];
    expect(findHeadLines(texts, '2025年西藏政府工作报告', { titleOutside: false, headingBlocks: new Set([2]) }).map((line) => line.block)).toEqual([0, 1]);
  });
});

describe('findNoteMarkers', () => {
  const markers = (text: string) => findNoteMarkers(text).map((marker) => text.slice(marker.start, marker.end));

  it('finds bracketed, parenthesised, bare and circled markers after a word', () => {
    expect(markers('根据年快报统计[1]，现将2025年全市国民经济和社会发展情况公报如下：')).toEqual(['[1]']);
    expect(markers('初步核算，全年地区生产总值[2]1570.2亿元，比上年增长4.0%。')).toEqual(['[2]']);
    expect(markers('优良天数比例87.0%［3］；细颗粒物平均浓度下降。')).toEqual(['［3］']);
    expect(markers('城镇调查失业率5.2%（注1），居民消费价格上涨0.2%注2。')).toEqual(['（注1）', '注2']);
    expect(markers('规模以上工业增加值增长6.1%①，其中制造业增长6.5%②。')).toEqual(['①', '②']);
  });

  it('leaves a note\'s own label, list numbers and words with 注 alone', () => {
    expect(markers('[1]本公报中数据均为初步统计数。')).toEqual([]);
    expect(markers('  ［2］地区生产总值按现价计算。')).toEqual([]);
    expect(markers('三次产业包括：①农业；②工业；③服务业。')).toEqual([]);
    expect(markers('其中①农业增加值增长3%')).toEqual([]);
    expect(markers('持续关注1万户困难家庭，备注2项，投注3亿元。')).toEqual([]);
    expect(markers('数组[12] [3]')).toEqual(['[12]']);
  });
});
