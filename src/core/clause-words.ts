// The words of a clause that sit around a figure without being what it
// measures, in one place, each table with why it exists. A clause reads
// [time][place][connective][modal][verbs] NOUN [base][scope][predicate] FIGURE;
// extract-indicator.ts strips everything but the noun with these tables and
// keeps what the base and scope words say.

import type { Relation } from './types';

/** Verbs that give a figure its direction. Only these count: 新增 or 涨幅
 * name a quantity, they do not say it went up. */
export const RELATION_WORDS: readonly { word: string; relation: Relation; atEndOnly?: boolean }[] = [
  { word: '增长', relation: 'increase' },
  { word: '提高', relation: 'increase' },
  { word: '上升', relation: 'increase' },
  { word: '增加', relation: 'increase' },
  { word: '提升', relation: 'increase' },
  { word: '上涨', relation: 'increase' },
  { word: '增幅', relation: 'increase' },
  { word: '下降', relation: 'decrease' },
  { word: '减少', relation: 'decrease' },
  { word: '压减', relation: 'decrease' },
  { word: '降低', relation: 'decrease' },
  { word: '缩减', relation: 'decrease' },
  { word: '下滑', relation: 'decrease' },
  { word: '回落', relation: 'decrease' },
  { word: '微降', relation: 'decrease' },
  { word: '降幅', relation: 'decrease' },
  { word: '减量', relation: 'decrease' },
  { word: '压缩', relation: 'decrease' },
  { word: '缩小', relation: 'decrease' },
  // a rate's own change: 增速比上年加快0.3个百分点, 降幅收窄2.1个百分点; at
  // a clause's start they are work verbs (加快建设100个项目), so only at its end
  { word: '加快', relation: 'increase', atEndOnly: true },
  { word: '放缓', relation: 'decrease', atEndOnly: true },
  { word: '收窄', relation: 'decrease', atEndOnly: true },
  { word: '递增', relation: 'increase' },
  { word: '递减', relation: 'decrease' },
  // changes of an account written as one verb: 比上年增收1.4亿元, 增支3.1亿元, 增产4546吨
  { word: '增收', relation: 'increase' },
  { word: '增支', relation: 'increase' },
  { word: '增产', relation: 'increase' },
  { word: '减收', relation: 'decrease' },
  { word: '减支', relation: 'decrease' },
  { word: '减产', relation: 'decrease' },
];

/** What a change is compared with, written before its verb: 比上年增长,
 * 较上年预算数增加, 比年初下降, 比2010年增长, 比五年前增加, 与上年相比.
 * The base is kept as written (上年, 上年预算数, 2010年); 同比 names none. */
export const COMPARISON_BASE =
  /(?:比|较|与|由|从)((?:上年|去年|上月|上季度?|年初|年末|年底|同期|上年同期|上年末|上年底|\d(?: ?\d){3} ?年(?:末|底|同期)?|[一二三四五六七八九十两]年前|“?十[一二三四五]五”?(?:时期|期末|末)?)(?:预算数|预算|决算数|决算|执行数|实际完成数|完成数|同期|末|底)?)[\u4e00-\u9fff]{0,6}?(?:相比|同期相比)?$/;
/** 同口径, 同比: a comparison whose base the sentence leaves implied. */
export const IMPLIED_BASE = /(?:同比|环比|同口径)$/;

/** What a completion rate is a rate of: 为预算的91.1%, 完成调整预算的95.64％,
 * 完成年计划的118.2%, 为上年的102%. The figure measures the noun before. */
export const COMPLETION_BASE =
  /(?:为|完成|达到|占|是)((?:[\u4e00-\u9fff]{0,8}?)(?:预算|计划|目标|任务|预算数|计划数|执行数|决算数)|上年|上年实际完成数?|\d{4}年|“?十[一二三四五]五”?时期)的?$/;
/** A comparison with a wider whole: 对俄进出口增速高于全国8.4个百分点. */
export const ABOVE_WHOLE = /(?:高于|低于|快于|慢于)(全国|全省|全市|全区|全县|全球|全国平均|全省平均|全国平均水平|全省平均水平)$/;

/** A share: 占全国44%, 占一般公共预算支出的80.2%, 占GDP比重达到. The base is
 * the whole it is a share of. */
export const SHARE_OF = /占(?!比|有)([^占，,、；;（）()的]{1,16}?)的?$/;
/** The same share with 比重 or 比例 written: the phrase as written is the
 * indicator's name (第三产业增加值占地区生产总值的比重), its whole the base. */
export const SHARE_WRITTEN = /占(?!比)([^占，,、；;（）()的]{1,16}?)的?(?:比重|比例)$/;
/** Changes that are the name of what is measured: 经济增长预期目标为5%左右. */
export const NAMED_CHANGES: readonly string[] = ['经济增长', '经济增速'];

/** The statistical scope a sentence puts its figures in, wherever it is
 * written; it is kept as written and dropped from the noun. */
export const SCOPE_PHRASES: readonly string[] = [
  '按不变价格计算', '按可比价格计算', '按可比价计算', '按可比口径计算', '按可比口径', '按同口径计算', '按现价计算',
  '按户籍人口计算', '按常住人口计算',
];
/** Adjustments written as a phrase of their own: 扣除价格因素后, 剔除虚增空转因素后,
 * 扣除房地产开发投资后. Kept as written. */
export const ADJUSTMENT_SCOPE = /(?:扣除|剔除)[\u4e00-\u9fff]{1,12}?后|(?:扣除|剔除)[\u4e00-\u9fff]{0,8}?因素/;
/** Scope words that are part of the measure's usual name; the figure keeps
 * them in its indicator and says them as its scope too. */
export const NAMED_SCOPES: readonly string[] = ['规模以上', '规上', '限额以上', '限上'];

/** Verbs of reaching a level, written between the noun and the figure:
 * 地区生产总值完成303.6亿元, 粮食产量达到, 失业率控制在. They say the figure is
 * a level; stripped from the end, repeatedly, longest first. */
export const LEVEL_PREDICATES: readonly string[] = [
  '调整为', '调整到', '执行', '达到了', '达到', '完成了', '完成', '实现了', '实现', '保持在', '稳定在', '控制在', '维持在', '提高到', '提高至',
  '提升到', '提升至', '增长到', '增长至', '增加到', '增加至', '上升到', '上升至', '下降到', '下降至', '降低到',
  '降低至', '减少到', '减少至', '扩大到', '扩大至', '延长到', '延长至', '缩短到', '缩短至', '压缩到', '压缩至',
  '降至', '增至', '升至', '突破', '首次跃上', '跃上', '迈上', '连跨', '超过', '超', '约为', '为', '是', '达',
  '相当于', '预计', '预期目标', '目标', '保持', '惠及', '控制到', '发展到', '缩减到', '缩减至', '跨过', '跨越', '要高于',
  '高于', '低于', '平均值', '有序', '完工', '折合', '拓展到', '拓展至', '整合为', '优化整合为', '共有',
  // 重点调度项目有66个; not the 有 of 国有, 公有, 私有, 所有, 实有 (OWNED_ENDINGS)
  '有',
];
/** Nouns ending in 有 that the predicate 有 must leave whole. */
export const OWNED_ENDINGS = /[国公私所共拥现具专实]有$/;

/** Words between the noun and the figure that say nothing of what is
 * measured: distributors (分别, 均), totals (累计, 合计), adverbs and particles,
 * budget wording (拟安排), rates per head (每人每月). Stripped from the end. */
export const TRAILING_FILLERS: readonly string[] = [
  '分别', '年均', '平均每年', '平均', '每年', '累计', '共计', '合计', '力争', '确保', '全年', '预定', '了', '的',
  '均', '都', '共', '和', '与', '近', '已', '等', '对', '拟安排', '拟按', '安排', '拟', '按', '首次', '每人每月',
  '每人每年', '每月', '每人', '从', '由', '连续', '实际', '再', '新增', '新推出', '获', '在', '使', '将', '较', '并', '先',
  '月人均', '全年人均', '人均月增', '人均月', '五年', '再次', '进一步', '持续', '不断', '稳步', '大幅',
  // a phase of a project is no thing measured: 完成二期170万平方米供热改造
  '一期', '二期', '三期', '四期',
  '各', '中有', '国有', '还有', '再有', '又有', '已有', '县有', '市有', '省有',
];

/** Time words that open a clause: they say when, not what. */
export const LEADING_TIME =
  /^(?:到|至|在|截至|截止|于|从)?(?:\d(?: ?\d){3} ?年(?:度|底前|底|末|初|前|内)?|牧业年度|本年度|年度|今明两年|年终|五年(?=[共新累])|今年|去年|当年|全年|年内|年底前|年底|年末|年初|上半年|下半年|前三季度|[一二三四]季度|五年来|过去五年|一年来|过去一年|近年来|“?十[一二三四五]五”?(?:时期|期间)?)(?:以来|期间|内|来)?/;

/** Place words that open a clause: they say where. Names that carry one
 * (全市生产总值, 全社会…) are kept by NAMES_WITH_PLACE. */
export const PLACE_WORDS: readonly string[] = [
  '全县', '全市', '全省', '全区', '全州', '全盟', '全旗', '我县', '我市', '我省', '我区', '本市', '本县', '全国', '我国',
  '市域', '中心市区', '市区', '中心城区', '市级', '市本级', '县级', '县本级', '区级', '区本级', '省级', '省本级', '本级',
];
/** Place words that also qualify a name: 全国首创…案例, 全国财政收入, and in
 * budget reports the level of the budget (市本级一般公共预算收入 is not the
 * city's whole). They are only a place when a verb follows them (全国实现…,
 * 我国缔结…, 市级安排…). */
export const QUALIFYING_PLACES: readonly string[] = [
  '全国', '我国', '市级', '市本级', '县级', '县本级', '区级', '区本级', '省级', '省本级', '本级',
];
export const NAMES_WITH_PLACE: readonly string[] = ['生产总值', '财政收入'];
/** …but only after these: 全市生产总值 is Shanghai's name for GDP; 全省生产总值
 * is a place and GDP. */
export const PLACES_IN_NAMES: readonly string[] = ['全市', '全国'];

/** Words that open a clause and are not the noun: connectives, modals,
 * list openers (一是…), and adverbs of manner. A one-character one is
 * stripped only when something is left after it. */
export const LEADING_FILLERS: readonly string[] = [
  '其中', '此外', '同时', '另外', '以及', '一是', '二是', '三是', '四是', '五是', '六是', '七是', '八是', '九是', '十是',
  '力争', '确保', '计划', '争取', '预计', '现有', '拟', '并', '和', '与', '及', '将', '要', '的', '按一年计', '比上年',
  '同比', '年均', '实现', '达到', '主要用于', '先', '含', '共有', '另有', '努力', '各类',
];
/** Adverbs that open a clause only as part of its verb (共实施, 累计完成,
 * 重点实施, 再提高): stripped where a verb follows them, kept where a noun does
 * (重点项目, 再就业, 共建重点项目, 基本养老保险, 累计结余). */
export const VERB_ADVERBS: readonly string[] = [
  '继续', '进一步', '全面', '重点', '扎实', '大力', '积极', '加快', '持续', '深入', '着力', '有效', '全力', '稳步',
  '先后', '已经', '圆满', '顺利', '基本', '初步', '累计', '累积', '共', '再', '已', '足额', '一次性', '五年共', '五年',
  '全年共', '分区分类', '严格', '高质量',
];

/** Verbs that act on what the figure counts or costs: 新建公厕28座 counts
 * 公厕, 发放就业小额担保贷款1230万元 measures the loans. A clause that opens
 * with them names its noun after them, or, when only verbs are left, after
 * the figure (完成13.6万平方米旧里改造, 实施40个民生项目). Optionally followed
 * by 了 or 好. */
export const ACTION_VERBS: readonly string[] = [
  '建成投运', '新建成', '新（改）建', '新(改)建', '新改建', '改扩建', '新开通', '新开行', '新认定', '争取到', '完成好', '新建', '建成', '改建',
  '扩建', '改造', '建设', '完成', '实施', '推进', '推动', '开工', '竣工', '启动', '开展', '培育', '引进', '落实',
  '发放', '办结', '审定', '办理', '受理', '争取', '获得', '获批', '开通', '开行', '投运', '打造', '创建', '认定',
  '评为', '入选', '吸纳', '带动', '安置', '救助', '资助', '帮扶', '培训', '招引', '签约', '举办', '组织', '查处',
  '化解', '盘活', '收回', '筹措', '拨付', '下达', '兑现', '减免', '选派', '发布', '制定', '出台', '布局', '吸引',
  '集聚', '支持', '帮助', '扶持', '解决', '投入', '缔结或者参加', '缔结', '接待', '调整', '优化', '提升', '为', '保障',
  '帮', '统筹', '重点实施', '拟安排', '安排', '偿还', '增发', '发行', '提请', '审议', '修订', '核定', '转贷', '签订',
  '拥有', '发生', '承办', '新开工改造', '新开工', '开工改造', '共办复', '办复', '清理', '抽选', '取得', '喜摘',
  '落地', '施划', '安放', '颁发', '清退', '封停处置', '封停', '处置', '召开', '接管', '设立', '成立', '组建',
  '举行', '开设', '新晋', '新培育', '培育认定', '铺设', '栽植', '修建', '修缮', '维修', '配备', '配置', '购置',
  '采购', '免除', '退还', '返还', '追回', '挽回', '查办', '审批', '核发', '备案', '处理', '调解', '排查',
  '整改', '关闭', '取缔', '取消', '下放', '承接', '主办', '结对', '慰问', '走访', '输转', '招聘', '招录', '录用',
  '派出', '表彰', '评选', '命名', '授予', '获评', '申报', '投产', '上线', '接入', '拆除', '腾退', '淘汰', '关停',
  '稳定', '引导', '开发', '新增开发', '办好', '治理', '运行', '建立', '贷款支持', '扶持培育', '削减', '精简', '封存', '增补', '提质升级', '续建',
  '转化', '并入', '支持建设', '推动', '改善', '新获批', '释放', '新集聚', '复航', '加密', '新开', '修复治理', '修复',
  '供应', '新创建',
];
/** Verbs that act on a stock (治理耕地5.5万亩, 拆除违建) are verbs too: the
 * figure's unit says it is the land treated. 整治, 修复, 化解, 盘活 are left out:
 * they name the measure (沙区综合整治, 化解债务). */
/** What an action verb may not be followed by if it is to be stripped: with
 * these it is part of a noun (建设用地, 建设项目, 支持资金, 服务业; housing
 * named by its purpose: 安置房, 保障房, 周转房). */
export const VERB_NOUN_COMPOUNDS = /^(?:用地|项目|资金|业|性|费|方案|任务|工作|率|额|量|合同额|人数|住宿|完成率|房(?![地屋]))/;
/** Words after one verb that make a name with it: 接待床位 (beds for guests), 开发区, 新建住宅, 供应链. */
export const VERB_SPECIFIC_COMPOUNDS: Readonly<Record<string, RegExp>> = {
  接待: /^床位/,
  保障: /^和/,
  开发: /^区/,
  // 新建商品住宅销售价格 is the statistic of new housing
  新建: /^(?:商品住宅|住宅)/,
  // 削减审批事项62项 counts the matters that need approval
  审批: /^事项/,
  供应: /^链/,
  // 科技成果转化企业 are firms that turn research into products
  转化: /^(?:企业|平台|基地|中心)/,
};
/** Statistical terms that open with a verb and keep it: 完成投资 is the
 * investment completed (省级重点项目完成投资), not investment. */
export const VERB_TERMS: readonly string[] = ['完成投资'];

/** A clause that ends in 等 gives examples of what is counted; the count's
 * own noun follows it: 实施智联农创等22个产业化项目, “双招双引”等18项指标. */
export const EXAMPLES_MARK = '等';

/** Where the noun written after a count stops: the verb that follows it
 * (选派240名机关干部下沉企业, 为14家企业应急转贷, 70个县实现…全覆盖). */
export const AFTER_NOUN_VERBS: readonly string[] = [
  '下沉', '应急', '追回', '实现', '实施', '开展', '完成', '参加', '参与', '入选', '入围', '获得', '获评', '获',
  '被', '纳入', '享受', '签约', '落户', '通过', '达到', '免费', '义无', '累计', '共', '均', '全部', '已',
  '解决', '得到', '建立', '分别', '列全', '居全', '位居', '位列', '投入使用', '开工', '建成', '竣工', '正式',
  '退出', '摘帽', '脱贫', '改造', '新建', '提升', '维修', '拆改', '亮化', '整治', '修缮', '发放', '建设', '有序', '完工',
  '通车', '进行', '投入使用', '入驻', '入园', '上市', '挂牌', '投产', '达产', '增补', '突破', '技术改造', '技改', '提供',
  '创建', '装修', '改善', '支持', '用于',
];

/** Verbs that open a verb phrase inside a longer clause (提请全国人大常委会审议
 * 法律议案, 继续举全区之力推进总投资…): what follows the last of them is the noun.
 * Only verbs that never end a noun of their own are here. */
export const INNER_VERBS: readonly string[] = [
  '推进', '审议', '提请', '核定', '转贷', '引进', '启动', '新建', '开通', '偿还', '修订', '制定', '发放', '拥有', '投入',
  '培养', '完成', '承办', '转化', '清理', '查找', '查处',
];
/** 新增发放 is one verb: its 发放 does not cut the noun before it; 每千人拥有 is a per-head base. */
export const INNER_VERB_EXCEPTIONS = /新增$|每[十百千万]+(?:常住)?人口?$/;
/** Measures too bare to stand alone after a cut (棚户区改造面积 stays whole). */
export const BARE_MEASURES: readonly string[] = [
  '面积', '资金', '投资', '规模', '数量', '项目', '任务', '金额', '总额', '强度', '比重', '占比', '比例', '总量', '增速', '余额',
];
/** A relative clause before the noun: 人代会批准的…, 2019年到期的债务. */
export const RELATIVE_CLAUSE = /^.*?(?:批准|核定|确定|下达|到期|审定|通过|安排)的/;

/** Time words that make no indicator on their own. */
export const TIME_ONLY: readonly string[] = [
  '全年', '五年来', '过去五年', '一年来', '过去一年', '年内', '今年', '去年', '上年', '年末', '年底', '年初', '当年',
  '五年', '年度', '度',
];

/** The measures communiqués and reports name their quantities by, drawn from
 * the indicators of the corpus. A noun that ends in none of them is a category
 * (轻工业, 粗钢, 家电类, 私营企业); in a paragraph whose figures are of one
 * measure it takes that measure: 规模以上工业增加值增长7.0%，其中轻工业增长8.8% →
 * 轻工业增加值. Longest first. */
export const MEASURE_HEADS: readonly string[] = [
  '人均可支配收入', '人均消费支出', '可支配收入', '进出口总额', '工业总产值', '利润总额', '营业收入', '播种面积', '种植面积', '消费支出',
  '零售总额', '零售额', '销售额', '营业额', '成交额', '增加值', '总产值', '总产量', '吞吐量', '客运量', '货运量',
  '周转量', '发电量', '用电量', '进出口', '产值', '产量', '总产', '面积', '投资', '出口', '进口', '总额', '收入', '人次',
  '数量', '起数',
  '支出', '价格', '余额', '床位', '存栏', '出栏', '人数', '人口', '里程', '利润', '税收', '能耗', '年平均浓度', '平均浓度',
  '浓度',
];

/** Endings that make a noun a measure already, though no head above names it:
 * money (资金, 补贴, 贷款, 税), volumes (业务量), counts (数), rates and values. */
export const MEASURE_ENDINGS = /(?:资金|补贴|补助|贷款|存款|债券|金|券|费|额|量|数|率|值|税|花费|融资|收益|规模|指数|水平|标准|次|就业)$/;
/** Words that open a breakdown: the categories after them share the measure
 * of the total before (其中, 分经济类型看, 限额以上单位商品零售额中，). */
export const BREAKDOWN = /其中|分[\u4e00-\u9fff]{1,8}看|按[\u4e00-\u9fff]{1,8}分|[\u4e00-\u9fff]中[，,：:]/;
/** Endings of category nouns: industries (轻工业), classes of goods (家电类). */
export const CATEGORY_ENDINGS = /(?:业|类|品)$/;

/** A grade alone names no measure: 其中国家级2个, 其中4A级19家 count the
 * chain's noun of that grade (国家级星创天地, 4A级景区). */
export const GRADE_ONLY = /^(?:世界级|国家级|省级|市级|县级|区级|国家|省|[0-9]A级|[一二三四五]星级|[一二三四五]级)$/;

/** Nouns that share the class named before the first of them: 普通高中毕业生…，
 * 招生…，在校生… are the class's 招生 and 在校生; 公共汽车营运线路…，营运车辆… */
export const SIBLING_NOUNS: readonly (readonly string[])[] = [
  ['毕业生', '招生', '在校生', '专任教师', '在园幼儿', '毕业', '在校'],
  ['营运线路长度', '营运线路', '营运车辆', '客运总量', '客运量'],
  ['床位', '卫生技术人员', '执业医师', '执业（助理）医师', '注册护士'],
];
/** A parenthesis after these generic measures gives the measure's usual name:
 * 占总人口的比重（常住人口城镇化率）. After other nouns it is part of the name
 * (博物馆（纪念馆）) or a note to drop. */
export const GENERIC_MEASURE = /(?:比重|比例|占比|比率)$/;
/** Notes in parentheses that narrow a noun without renaming it (散居孤儿（含…）,
 * （预计完成数，下同）, （海关口径）, a formula such as （出口减进口）): dropped. An exclusion (不含农户) is kept: it is part of
 * the statistic's name, 固定资产投资（不含农户）. */
export const DROPPED_NOTE = /^(?:含|包括|其中|按|下同|注|预计|本外币|指)|下同|，|,|口径$|^[\u4e00-\u9fff]{1,6}[减加][\u4e00-\u9fff]{1,6}$/;
export const KEPT_NOTE = /^(?:不含|不包括)/;

/** Measures named alone in a clause of a chain, which are the measure of the
 * chain's subject: 粮食播种面积…、产量1285万吨 → 粮食产量; 新能源汽车产量…、保有量
 * → 新能源汽车保有量; 生产安全事故…，死亡人数 → 生产安全事故死亡人数. */
export const BARE_MEASURES_OF_SUBJECT: readonly string[] = [
  '产量', '产值', '总产值', '收入', '营业收入', '利润', '利润总额', '涨幅', '保有量', '死亡人数', '受伤人数', '增加值',
  '投资', '出口', '进口', '销售额', '营业额', '零售额', '余额', '贷款余额', '存款余额', '面积', '播种面积', '规模',
  '人数', '招生', '在校生', '毕业生', '营运车辆', '客运量', '货运量', '增速', '比重', '占比', '利润率', '总花费', '花费',
  '完成投资', '总投资',
];

/** Per-head bases that open a count: 每千人拥有6.1名社会体育指导员. */
export const PER_HEAD = /^(每[十百千万]+(?:人|人口|常住人口))(?:拥有|有)?$/;
