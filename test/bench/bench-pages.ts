// Pages the browser benchmark serves from memory: corpus reports wrapped in a
// plain page, and a long forum thread that is not a report.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export function readCorpusReport(name: string): string {
  return readFileSync(join(ROOT, 'seeds/reports', name, 'report.txt'), 'utf8');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The report's text, `times` whole copies one after another. */
export function repeatReport(text: string, times: number): string {
  return Array.from({ length: times }, () => text).join('\n');
}

/** Whole copies of the report, then its first lines, up to exactly about
 * `chars` characters (cut at a line end). */
export function reportOfLength(text: string, chars: number): string {
  const long = repeatReport(text, Math.ceil(chars / text.length) + 1);
  const cut = long.lastIndexOf('\n', chars);
  return long.slice(0, cut > 0 ? cut : chars);
}

/** A report as the simplest portals publish it: an <h1> with the first line,
 * then one <p> per line (the shape of seeds/pages/plain-tibet-2025). */
export function reportPage(text: string): string {
  const lines = text.split('\n').map((line) => line.trim()).filter((line) => line.length > 0);
  const title = lines[0] ?? '';
  const paragraphs = lines.slice(1).map((line) => `<p>${escapeHtml(line)}</p>`).join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body { max-width: 860px; margin: 24px auto; font: 16px/1.8 sans-serif; } p { text-indent: 2em; }</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
${paragraphs}
</body>
</html>
`;
}

// Forum chatter about a trip to the Yellow River delta: ordinary Chinese prose
// with numbers, dates and prices, and none of the report genres' wording.
const REPLIES: readonly string[] = [
  '上周末带孩子去了黄河口，湿地公园门票六十元，观光车另收二十元，建议早上八点前到，人少鸟多。',
  '楼主拍的东方白鹳太漂亮了，请问用的是什么镜头？我那台老相机一拉长焦就糊。',
  '去年十月去过一次，芦苇荡金黄一片，就是风大，记得带件厚外套，傍晚气温降得很快。',
  '利津的水煎包一定要尝，县城老街那家排队的人最多，三块钱一个，皮脆馅香。',
  '自驾的话从东营市区出发大概一个半小时，沿途有几个加油站，服务区的厕所挺干净。',
  '黄河刀鱼现在不好买了，市场上很多是外地货，想吃正宗的得提前跟渔家预约。',
  '我们住的民宿一晚两百八，带早餐，老板人很热情，还给我们指了看日落的好位置。',
  '请问十一假期去人会不会很多？家里老人腿脚不好，想找个不用走太多路的路线。',
  '观鸟最好的季节是春秋两季，候鸟迁徙的时候成千上万只一起飞，场面特别震撼。',
  '顶一下楼主，攻略写得很详细，已经收藏了，下个月带父母去转转。',
  '码头坐船去看黄河入海口，船票一百二十元一位，天气好的时候能看到黄蓝交汇。',
  '提醒大家湿地里蚊子很多，夏天一定要带驱蚊水，长袖长裤最保险。',
  '滩羊肉炖萝卜真是一绝，我们四个人点了一大锅，吃到撑才花了一百五十块。',
  '孩子最喜欢的是科普馆，里面有黄河改道的沙盘演示，讲解员说得通俗易懂。',
  '路过盐窝镇可以停一下，集市上的红枣和小米便宜又好，带了两袋回来送人。',
  '有没有一起拼车的朋友？我们周六早上七点从济南出发，车上还有两个空位。',
  '回复楼上，高铁到东营南站以后可以坐公交，也可以在站前打车，去景区大概八十块。',
  '清晨的雾气笼罩着河面，远处的渔船若隐若现，那一刻觉得起早也值得了。',
  '景区里的栈道有些地方在维修，绕行要多走二十分钟，出发前最好看一下公告。',
  '第一次发帖，分享几张手机拍的照片，水平一般，大家凑合看看。',
];

const USERS: readonly string[] = ['河口老张', '观鸟小队', '背包客阿杰', '东营吃货', '芦苇青青', '自驾达人', '小王', '摄影爱好者', '晚霞', '老李头'];

/** A long Discuz thread page (many floors of replies), at least `minBytes`
 * bytes of UTF-8: a big page the detector must reject. Deterministic. */
export function longForumPage(minBytes: number): string {
  let seed = 12345;
  const next = (bound: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % bound;
  };
  const head = `<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>黄河口湿地两日游攻略，附住宿和美食推荐 - 旅游交流 - quyushuju - Powered by Discuz!</title>
<meta name="generator" content="Discuz! X3.4">
<style>body { background: #f2f2f2; font: 12px/1.6 Tahoma, sans-serif; } .plhin { width: 100%; background: #fff; border-bottom: 4px solid #c2d5e3; } .pls { width: 160px; vertical-align: top; } .t_f { font-size: 14px; }</style>
</head>
<body id="nv_forum" class="pg_viewthread">
<div id="toptb"><a href="#">设为首页</a><a href="#">收藏本站</a></div>
<div id="wp" class="wp"><div id="pt"><div class="z"><a href="./">quyushuju</a> › <a href="forum.php">论坛</a> › <a href="forum-41-1.html">旅游交流</a></div></div>
<div id="ct"><div id="postlist">
<table><tr><td>查看: 58213 | 回复: 1024</td><td><h1 class="ts"><span id="thread_subject">黄河口湿地两日游攻略，附住宿和美食推荐</span></h1></td></tr></table>
`;
  const floors: string[] = [];
  let bytes = Buffer.byteLength(head);
  for (let pid = 1; bytes < minBytes; pid++) {
    const user = USERS[next(USERS.length)] ?? '';
    const sentences = Array.from({ length: 2 + next(4) }, () => REPLIES[next(REPLIES.length)] ?? '');
    const floor = `<div id="post_${pid}"><table id="pid${pid}" class="plhin"><tr>
<td class="pls"><div id="favatar${pid}" class="favatar"><div class="authi"><a class="xw1" href="space-uid-${pid}.html">${user}</a></div><table class="tns"><tr><th>主题 ${next(90)}</th><th>帖子 ${next(900)}</th><th>积分 ${next(5000)}</th></tr></table></div></td>
<td class="plc"><div class="pi"><strong><a href="#pid${pid}">${pid}#</a></strong><em id="authorposton${pid}">发表于 2024-${1 + next(12)}-${1 + next(28)} ${next(24)}:${10 + next(50)}</em></div>
<div class="pct"><div class="pcb"><div class="t_fsz"><table><tr><td class="t_f" id="postmessage_${pid}">${sentences.join('<br>\n')}</td></tr></table></div></div></div>
<div class="po"><div class="pob"><a href="#">回复</a><a href="#">引用</a><a href="#">举报</a></div></div></td>
</tr></table></div>
`;
    floors.push(floor);
    bytes += Buffer.byteLength(floor);
  }
  return `${head}${floors.join('')}</div></div></div>
<div id="ft"><div id="frt">Powered by quyushuju X3.4</div></div>
</body>
</html>
`;
}
