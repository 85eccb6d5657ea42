import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTree, parse, fixture, required, treeArbitrary } from '../../../fixtures/dom-fixtures';
import { blockStandsAlone, readBlocks, textPiecesFor } from '../../../../src/dom/read/blocks';

const NBSP = '\u00a0';

describe('readBlocks on a Discuz post (<br> lines, &nbsp; indents)', () => {
  const doc = fixture('discuz-thread.html');
  const td = required(doc.querySelector('#postmessage_101'));
  const map = readBlocks(td);
  const indent = `\n${NBSP} ${NBSP} `;

  it('makes one block per <br>-separated line, keeping the indent characters as they are', () => {
    expect(map.blocks.map((b) => b.text)).toEqual([
      `${indent}2020年利津县政府工作报告`,
      `${indent}各位代表：`,
      `${indent}现在，我代表县人民政府，向大会报告工作，请予审议。`,
      `${indent}一、2019年工作回顾`,
      `${indent}过去的一年，全县地区生产总值完成221.46亿元，增长6.5%左右。`,
      `${indent}二、2020年总体要求`,
      `${indent}经济社会发展主要预期目标是：地区生产总值增长6.5%左右；一般公共预算收入增长5%。`,
    ]);
  });

  it('maps every line to the post cell, which no line stands for alone', () => {
    for (let i = 0; i < map.blocks.length; i++) {
      expect(map.elementFor(i)).toBe(td);
      expect(blockStandsAlone(map, i)).toBe(false);
    }
    expect(map.blocks.some((b) => b.markedHeading)).toBe(false);
  });

  it('gives a range across the <b> that splits a figure', () => {
    const text = required(map.blocks[4]).text;
    const start = text.indexOf('6.5%左右');
    const range = required(map.rangeFor(4, start, start + '6.5%左右'.length));
    expect(range.toString()).toBe('6.5%左右');
    expect(range.startContainer.parentNode?.nodeName).toBe('B');
    expect(required(textPiecesFor(map, 4, start, start + 6)).map((p) => p.node.data.slice(p.start, p.end))).toEqual([
      '6.5',
      '%左右',
    ]);
  });

  it('refuses offsets outside the block', () => {
    const length = required(map.blocks[0]).text.length;
    expect(map.rangeFor(0, 0, length + 1)).toBeNull();
    expect(map.rangeFor(0, 3, 2)).toBeNull();
    expect(map.rangeFor(-1, 0, 1)).toBeNull();
    expect(map.rangeFor(99, 0, 1)).toBeNull();
    expect(map.elementFor(99)).toBe(td);
  });
});

describe('readBlocks on a portal article (<p>s, <strong> headings, tables)', () => {
  const doc = fixture('portal-article.html');
  const root = required(doc.querySelector('#zoomcon'));
  const map = readBlocks(root);

  it('joins inline pieces into one paragraph and cells into blocks of their own', () => {
    expect(map.blocks.map((b) => b.text)).toEqual([
      '示例县2022年国民经济和社会发展统计公报',
      '2022年，全县上下坚持稳中求进工作总基调，高效统筹疫情防控和经济社会发展，圆满完成年度主要目标任务。',
      '一、综合',
      '初步核算，全年全县地区生产总值245.3亿元，比上年增长4.8%。其中，第一产业增加值30.1亿元，增长3.9%。',
      '二、农业',
      '全年粮食种植面积60.2万亩，比上年增长0.3%；粮食总产量26.7万吨。',
      '指标',
      '绝对数',
      '地区生产总值',
      '245.3',
    ]);
  });

  it('marks all-bold paragraphs as headings and maps them to their own <p>', () => {
    expect(map.blocks.map((b) => b.markedHeading === true)).toEqual([
      false, false, true, false, true, false, false, false, false, false,
    ]);
    expect(map.elementFor(2).localName).toBe('p');
    expect(map.elementFor(2).textContent).toBe('一、综合');
    expect(blockStandsAlone(map, 2)).toBe(true);
  });

  it('ranges over several spans read back the block text', () => {
    const text = required(map.blocks[3]).text;
    const start = text.indexOf('生产总值245.3亿元');
    const end = start + '生产总值245.3亿元'.length;
    expect(required(map.rangeFor(3, start, end)).toString()).toBe('生产总值245.3亿元');
  });
});

describe('readBlocks boundaries', () => {
  it('treats h1–h6 as marked headings', () => {
    const doc = parse('<div id="r"><h2>一、总体要求</h2><p>正文</p></div>');
    const map = readBlocks(required(doc.getElementById('r')));
    expect(map.blocks).toEqual([{ text: '一、总体要求', markedHeading: true }, { text: '正文' }]);
  });

  it('ends blocks at newlines inside <pre> and drops the newline', () => {
    const doc = parse('<pre id="r">第一行\n第二行\n\n第四行</pre>');
    const map = readBlocks(required(doc.getElementById('r')));
    expect(map.blocks.map((b) => b.text)).toEqual(['第一行', '第二行', '第四行']);
    expect(map.rangeFor(1, 1, 3)?.toString()).toBe('二行');
  });

  it('skips scripts, styles and hidden subtrees without breaking the paragraph', () => {
    const doc = parse(
      '<div id="r"><p>可见<span hidden>隐藏</span>文字<script>脚本</script></p>' +
        '<div aria-hidden="true">不读</div><p style="display: none">也不读</p><template>模板</template></div>',
    );
    const map = readBlocks(required(doc.getElementById('r')));
    expect(map.blocks.map((b) => b.text)).toEqual(['可见文字']);
    expect(map.rangeFor(0, 0, 2)?.toString()).toBe('可见');
    // a range across the hidden span covers it in the DOM; the pieces (what
    // highlights wrap) do not
    expect(required(textPiecesFor(map, 0, 1, 3)).map((p) => p.node.data.slice(p.start, p.end))).toEqual(['见', '文']);
  });

  it('keeps text around a nested block as separate blocks of the outer element', () => {
    const doc = parse('<div id="r"><div id="outer">前言<p>段落</p>后记</div></div>');
    const map = readBlocks(required(doc.getElementById('r')));
    expect(map.blocks.map((b) => b.text)).toEqual(['前言', '段落', '后记']);
    expect(map.elementFor(0).id).toBe('outer');
    expect(blockStandsAlone(map, 0)).toBe(false);
    expect(blockStandsAlone(map, 1)).toBe(true);
  });

  it('does not call a bold first line of a <br>-paragraph a heading by markup', () => {
    const doc = parse('<div id="r"><p><strong>一、标题</strong><br>正文</p></div>');
    const map = readBlocks(required(doc.getElementById('r')));
    expect(map.blocks).toEqual([{ text: '一、标题' }, { text: '正文' }]);
  });

  it('reads an empty root and survives 20,000 levels of nesting', () => {
    const doc = parse('<div id="r"></div>');
    const root = required(doc.getElementById('r'));
    expect(readBlocks(root).blocks).toEqual([]);
    let parent: Element = root;
    for (let i = 0; i < 20000; i++) {
      const span = doc.createElement(i % 2 ? 'span' : 'div');
      parent.appendChild(span);
      parent = span;
    }
    parent.appendChild(doc.createTextNode('最深处'));
    expect(readBlocks(root).blocks.map((b) => b.text)).toEqual(['最深处']);
  });

  it('reads a 100,000-character report quickly', () => {
    const doc = parse('<div id="r"></div>');
    const root = required(doc.getElementById('r'));
    for (let i = 0; i < 3000; i++) {
      const p = doc.createElement('p');
      p.appendChild(doc.createTextNode('全年地区生产总值增长'));
      const b = doc.createElement('b');
      b.appendChild(doc.createTextNode('6.5'));
      p.appendChild(b);
      p.appendChild(doc.createTextNode(`%左右，一般公共预算收入增长5%。第${i}段`));
      root.appendChild(p);
    }
    const started = performance.now();
    const map = readBlocks(root);
    const elapsed = performance.now() - started;
    expect(map.blocks.length).toBe(3000);
    expect(map.blocks.reduce((n, b) => n + b.text.length, 0)).toBeGreaterThan(90_000);
    // happy-dom is far slower than a browser; this only catches a quadratic walk
    expect(elapsed).toBeLessThan(1000);
  });
});

describe('rangeFor agrees with block text (property)', () => {
  const inlineTags = ['span', 'b', 'strong', 'a', 'font', 'em'];
  const blockTags = ['p', 'div', 'li', 'td'];
  const treeArb = treeArbitrary(/^[一二三4.5%\u00a0\u3000 \n]{0,6}$/, [...inlineTags, ...blockTags, 'br']);


  it('range text equals the slice for any offsets', () => {
    fc.assert(
      fc.property(fc.array(treeArb, { maxLength: 5 }), fc.nat(), fc.nat(), (trees, a, b) => {
        const doc = parse('<div id="r"></div>');
        const root = required(doc.getElementById('r'));
        for (const tree of trees) buildTree(doc, root, tree);
        const map = readBlocks(root);
        map.blocks.forEach((block, index) => {
          const start = a % (block.text.length + 1);
          const end = start + (b % (block.text.length - start + 1));
          expect(map.rangeFor(index, start, end)?.toString()).toBe(block.text.slice(start, end));
        });
      }),
      { numRuns: 150 },
    );
  });
});
