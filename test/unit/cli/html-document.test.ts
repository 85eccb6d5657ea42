// The command line's HTML parser builds the tree the HTML standard's
// tree-construction rules build (what Chromium and Firefox build): known
// answers for the markup that happy-dom's own parser leaves broken. The
// end-to-end test test/e2e/cli-parser.test.ts compares with Chromium itself.
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { parseHtmlPage } from '../../../src/cli/html-document';

const DOCTYPE = '<!DOCTYPE html><html><head><title>t</title></head><body>';

function body(html: string, prefix = DOCTYPE): string {
  const page = parseHtmlPage(`${prefix}${html}`);
  try {
    return page.document.body.innerHTML;
  } finally {
    page.close();
  }
}

describe('parseHtmlPage builds the standard tree', () => {
  it.each([
    ['cells without a row (Discuz!’s stats table)', '<table><th><p>1040</p>主题</th><td>3</td></table>', '<table><tbody><tr><th><p>1040</p>主题</th><td>3</td></tr></tbody></table>'],
    ['a <p> inside a table is moved before it', '<table><p>x</p><tr><td>y</td></tr></table>', '<p>x</p><table><tbody><tr><td>y</td></tr></tbody></table>'],
    ['a <div> inside a table row is moved before the table', '<table><tr><div>x</div><td>y</td></tr></table>', '<div>x</div><table><tbody><tr><td>y</td></tr></tbody></table>'],
    ['unclosed <p>', '<p>a<p>b', '<p>a</p><p>b</p>'],
    ['unclosed <li>', '<ul><li>a<li>b</ul>', '<ul><li>a</li><li>b</li></ul>'],
    ['unclosed <td>', '<table><tr><td>a<td>b</table>', '<table><tbody><tr><td>a</td><td>b</td></tr></tbody></table>'],
    ['misnested <b><p>', '<b>1<p>2</b>3</p>', '<b>1</b><p><b>2</b>3</p>'],
    ['</br> is a line break', 'a</br>b', 'a<br>b'],
    ['stray end tags are dropped', '</div>x</span>y</td>', 'xy'],
    ['a <table> in a <p> closes it (standards mode)', '<p>a<table><tr><td>b</td></tr></table>c', '<p>a</p><table><tbody><tr><td>b</td></tr></tbody></table>c'],
    ['Word’s <o:p> is an inline element of that name', '<p>a<o:p></o:p>b</p>', '<p>a<o:p></o:p>b</p>'],
  ])('%s', (_name, html, expected) => {
    expect(body(html)).toBe(expected);
  });

  it('keeps a <p> open around a <table> in quirks mode (no doctype), as browsers do', () => {
    expect(body('<p>a<table><tr><td>b</td></tr></table>c', '<html><body>')).toBe('<p>a<table><tbody><tr><td>b</td></tr></tbody></table>c</p>');
  });

  it('reads <noscript> as text, as a browser with scripting on does', () => {
    const page = parseHtmlPage(`${DOCTYPE}<noscript><p>x</p></noscript>`);
    const children = [...(page.document.querySelector('noscript')?.childNodes ?? [])];
    expect(children.map((node) => [node.nodeType, node.textContent])).toEqual([[3, '<p>x</p>']]);
    page.close();
  });

  it('names an element with a colon by its whole name', () => {
    const page = parseHtmlPage(`${DOCTYPE}<p>a<o:p>b</o:p></p>`);
    const element = page.document.body.querySelector('p')?.lastElementChild;
    expect([element?.localName, element?.tagName]).toEqual(['o:p', 'O:P']);
    page.close();
  });

  it('keeps attributes the DOM API would refuse, as a browser’s parser does', () => {
    const page = parseHtmlPage(`${DOCTYPE}<p title"x="1" id="p">q</p>`);
    const p = page.document.getElementById('p');
    expect(p?.getAttributeNames()).toEqual(['title"x', 'id']);
    page.close();
  });

  it('puts a template’s children into its content', () => {
    const page = parseHtmlPage(`${DOCTYPE}<template id="t"><p>x</p></template>`);
    const template = page.document.getElementById('t') as HTMLTemplateElement;
    expect([template.childNodes.length, template.content.textContent]).toEqual([0, 'x']);
    page.close();
  });

  it('a Discuz! post stays inside its floor; happy-dom’s own parser loses it (why parse5)', () => {
    const thread = `<div id="postlist"><div id="post_1"><table id="pid1"><tr><td class="pls"><div class="tns xg2"><table cellspacing="0" cellpadding="0"><th><p><a href="#">1040</a></p>主题</th><th><p>9</p>帖子</th><td><p>3</p>积分</td></table></div></td><td class="plc"><table><tr><td class="t_f" id="postmessage_1">各位代表</td></tr></table></td></tr></table></div></div>`;
    const ours = parseHtmlPage(`${DOCTYPE}${thread}`);
    expect(ours.document.querySelector('#postlist > div[id^=post_] td.t_f')?.id).toBe('postmessage_1');
    ours.close();
    const theirs = new Window().document;
    theirs.write(`${DOCTYPE}${thread}`);
    expect(theirs.querySelector('#postlist > div[id^=post_] td.t_f')).toBeNull();
  });

  it('runs nothing and loads nothing of the page', () => {
    const page = parseHtmlPage(`${DOCTYPE}<script>document.body.setAttribute('data-ran', '1')</script><img src="http://127.0.0.1:9/x.png" onerror="document.body.setAttribute('data-ran', '2')"><p>x</p>`);
    expect(page.document.body.hasAttribute('data-ran')).toBe(false);
    page.close();
  });
});
