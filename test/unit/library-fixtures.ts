// A small export document of the Hailar 2014 work report for the library's tests.
import type { ExportDocument } from '../../src/core/export';

export function exportDoc(overrides: Partial<ExportDocument['detection']> & { url?: string; title?: string } = {}): ExportDocument {
  const { url = 'http://www.hailar.gov.cn/2014.html', title = '2014年海拉尔区政府工作报告', ...detection } = overrides;
  return {
    schema: 'report-lens/1',
    url,
    title,
    detection: { isReport: true, kind: 'work-report', jurisdiction: '海拉尔区', year: 2014, score: 0.9, ...detection },
    outline: [],
    metrics: [
      {
        id: 'm1', text: '11%', value: 11, unit: '%', normalized: { value: 11, unit: '%' }, indicator: '地区生产总值',
        relation: 'increase', qualifier: 'exact', kind: 'target', headline: true, period: 2014, sectionId: null,
        sentence: '经济社会发展主要预期目标是：地区生产总值增长11%，达到282亿元',
      },
    ],
  };
}
