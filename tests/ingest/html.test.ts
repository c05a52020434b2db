// HTML → visible text: dropped elements, line breaks, table cells with spans, titles,
// the HTML sniffing heuristic, and ingest's HTML path.
import { readFileSync, readdirSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { htmlToText, looksLikeHtml } from '../../src/ingest/html.js';
import { ingest } from '../../src/ingest/index.js';
import type { HtmlTable } from '../../src/types.js';

const CORPUS = new URL('../../fixtures/corpus/', import.meta.url).pathname;

const TITLE = '关于印发《2017年全省基层政权和社区建设工作要点》的通知';
const ADDRESSEE = '各县(市、区)民政局';

/** Every cell's span must index exactly its text in the returned text. */
function expectCellSpans(text: string, tables: HtmlTable[]): void {
  for (const table of tables) {
    for (const row of table.rows) {
      for (const cell of row) expect(text.slice(cell.span[0], cell.span[1])).toBe(cell.text);
    }
  }
}

describe('htmlToText: dropped content', () => {
  it('removes script, style and noscript', () => {
    const html = `<html><head><style>.wrap{color:red}</style><script>var secret = 1;</script></head>
      <body><script type="text/javascript">document.write("广告")</script>
      <noscript>请开启脚本</noscript><style>p{margin:0}</style><p>${TITLE}</p></body></html>`;
    const { text } = htmlToText(html);
    expect(text).toBe(`${TITLE}\n`);
    expect(text).not.toContain('secret');
    expect(text).not.toContain('广告');
    expect(text).not.toContain('请开启脚本');
    expect(text).not.toContain('margin');
  });

  it('drops hidden elements (display:none, visibility:hidden, hidden attribute)', () => {
    const html = `<div><p>${TITLE}</p><p style="display:none">隐藏一</p><div style="COLOR:red; DISPLAY : NONE">隐藏二</div>
      <span style="visibility: hidden">隐藏三</span><p hidden>隐藏四</p><p>${ADDRESSEE}</p></div>`;
    const { text } = htmlToText(html);
    expect(text).toBe(`${TITLE}\n${ADDRESSEE}\n`);
  });

  it('drops a hidden table entirely (no table recorded)', () => {
    const { text, tables } = htmlToText(`<p>${TITLE}</p><table style="display:none"><tr><td>隐藏</td></tr></table>`);
    expect(text).toBe(`${TITLE}\n`);
    expect(tables).toEqual([]);
  });
});

describe('htmlToText: line structure', () => {
  it('turns <p>, <div> and <br> into line breaks', () => {
    const html = `<div>${TITLE}</div><p>${ADDRESSEE}：</p><p>现将要点印发给你们，<br>请结合实际认真贯彻落实。<br/>黑龙江省民政厅</p><div>2017年4月20日</div>`;
    const { text } = htmlToText(html);
    expect(text).toBe(`${TITLE}\n${ADDRESSEE}：\n现将要点印发给你们，\n请结合实际认真贯彻落实。\n黑龙江省民政厅\n2017年4月20日\n`);
  });

  it('collapses source whitespace inside a line and decodes entities', () => {
    const html = '<p>  各县  <span>(市、区)</span>\n民政局 ：</p><p>现将&lt;要点&gt;&amp;印发<b>给你们</b></p>';
    const { text } = htmlToText(html);
    expect(text).toBe('各县 (市、区) 民政局 ：\n现将<要点>&印发给你们\n');
  });

  it('does not put the <title> into the text but returns it, whitespace-collapsed', () => {
    const html = `<html><head><title>\n  ${TITLE}\n  _黑龙江省民政厅 </title></head><body><p>${ADDRESSEE}</p></body></html>`;
    const r = htmlToText(html);
    expect(r.title).toBe(`${TITLE} _黑龙江省民政厅`);
    expect(r.text).toBe(`${ADDRESSEE}\n`);
  });

  it('returns a null title when there is none', () => {
    expect(htmlToText(`<p>${TITLE}</p>`).title).toBeNull();
    expect(htmlToText(`<html><head><title>  </title></head><body><p>${TITLE}</p></body></html>`).title).toBeNull();
  });
});

describe('htmlToText: tables', () => {
  const html = `<p>${TITLE}</p>
    <table border="1">
      <thead><tr><th>序号</th><th colspan="2">任务</th><th>责任单位</th></tr></thead>
      <tbody>
        <tr><td rowspan="2">1</td><td>  健全  基层群众自治制度 </td><td><p>2017年</p><p>6月底前</p></td><td>${ADDRESSEE}</td></tr>
        <tr><td>推进社区服务设施建设</td><td></td><td>各市（地）民政局</td></tr>
      </tbody>
    </table>
    <p>黑龙江省民政厅</p>`;
  const { text, tables } = htmlToText(html);

  it('puts each cell on its own line', () => {
    expect(text).toBe(
      [
        TITLE,
        '序号',
        '任务',
        '责任单位',
        '1',
        // A browser shows no space at the end of a line: the cell's trailing space is gone.
        '健全 基层群众自治制度',
        '2017年',
        '6月底前',
        ADDRESSEE,
        '推进社区服务设施建设',
        '各市（地）民政局',
        '黑龙江省民政厅',
        '',
      ].join('\n'),
    );
  });

  it('records rows, cell texts, header flags and rowspan/colspan', () => {
    expect(tables).toHaveLength(1);
    const t = tables[0]!;
    expect(t.depth).toBe(0);
    expect(t.containsTable).toBe(false);
    expect(t.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['序号', '任务', '责任单位'],
      ['1', '健全 基层群众自治制度', '2017年\n6月底前', ADDRESSEE],
      ['推进社区服务设施建设', '', '各市（地）民政局'],
    ]);
    expect(t.rows.map((r) => r.map((c) => c.header))).toEqual([
      [true, true, true],
      [false, false, false, false],
      [false, false, false],
    ]);
    expect(t.rows[0]!.map((c) => c.colspan)).toEqual([1, 2, 1]);
    expect(t.rows[1]!.map((c) => c.rowspan)).toEqual([2, 1, 1, 1]);
    expect(t.rows[2]!.map((c) => [c.colspan, c.rowspan])).toEqual([[1, 1], [1, 1], [1, 1]]);
  });

  it('cell spans index exactly their text', () => {
    expectCellSpans(text, tables);
    const addressee = tables[0]!.rows[1]![3]!;
    expect(text.slice(addressee.span[0], addressee.span[1])).toBe(ADDRESSEE);
  });

  it('the table span covers its cells and not the surrounding paragraphs', () => {
    const t = tables[0]!;
    const inside = text.slice(t.span[0], t.span[1]);
    expect(inside.startsWith('序号\n')).toBe(true);
    expect(inside.endsWith('各市（地）民政局\n')).toBe(true);
    expect(inside).not.toContain(TITLE);
    expect(inside).not.toContain('黑龙江省民政厅');
    for (const row of t.rows) for (const c of row) expect(c.span[0] >= t.span[0] && c.span[1] <= t.span[1]).toBe(true);
  });

  it('clamps odd span attributes: 0 and junk become 1, huge values are capped at 1000', () => {
    const r = htmlToText('<table><tr><td colspan="0">甲</td><td colspan="x" rowspan="5000">乙</td><td rowspan="-3">丙</td></tr></table>');
    expect(r.tables[0]!.rows[0]!.map((c) => [c.text, c.colspan, c.rowspan])).toEqual([
      ['甲', 1, 1],
      ['乙', 1, 1000],
      ['丙', 1, 1],
    ]);
  });

  it('flags nested tables with containsTable and depth', () => {
    const nested = `<table id="layout"><tr><td>${TITLE}</td></tr><tr><td>
        <table><tr><td>指标</td><td>目标值</td></tr><tr><td>社区综合服务设施覆盖率</td><td>90%</td></tr></table>
      </td></tr></table>`;
    const r = htmlToText(nested);
    expect(r.tables).toHaveLength(2);
    const [outer, inner] = r.tables as [HtmlTable, HtmlTable];
    expect([outer.depth, outer.containsTable]).toEqual([0, true]);
    expect([inner.depth, inner.containsTable]).toEqual([1, false]);
    expect(inner.rows.map((row) => row.map((c) => c.text))).toEqual([
      ['指标', '目标值'],
      ['社区综合服务设施覆盖率', '90%'],
    ]);
    expect(outer.rows.map((row) => row.map((c) => c.text))).toEqual([[TITLE], ['指标\n目标值\n社区综合服务设施覆盖率\n90%']]);
    expect(inner.span[0] >= outer.span[0] && inner.span[1] <= outer.span[1]).toBe(true);
    expectCellSpans(r.text, r.tables);
  });

  it('three levels of nesting give depths 0, 1, 2', () => {
    const r = htmlToText('<table><tr><td><table><tr><td><table><tr><td>民政局</td></tr></table></td></tr></table></td></tr></table>');
    expect(r.tables.map((t) => [t.depth, t.containsTable])).toEqual([
      [0, true],
      [1, true],
      [2, false],
    ]);
    expectCellSpans(r.text, r.tables);
  });

  const htmlFiles = readdirSync(CORPUS).filter((f) => f.endsWith('.html'));
  it('the corpus has HTML pages to check', () => expect(htmlFiles.length).toBeGreaterThanOrEqual(10));
  for (const name of htmlFiles) {
    it(`cell spans index their text in corpus ${name.slice(0, 40)}`, () => {
      const html = readFileSync(CORPUS + name, 'utf8');
      expect(looksLikeHtml(html)).toBe(true);
      const r = htmlToText(html);
      expect(r.text).not.toMatch(/<\/?(?:div|p|td|script)\b/i);
      if (/<table/i.test(html)) expect(r.tables.length).toBeGreaterThan(0);
      for (const t of r.tables) expect(t.depth === 0 || r.tables.some((o) => o.containsTable && o.depth === t.depth - 1)).toBe(true);
      expectCellSpans(r.text, r.tables);
    });
  }
});

describe('looksLikeHtml', () => {
  it('is true for a gov.cn-like fragment with many tags and no <html>', () => {
    const fragment = `<div class="wrap">
  <div class="header"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a></div>
  <div class="article">
    <h1>${TITLE}</h1>
    <p class="info"><span>发布时间：2017-04-20</span><span>来源：黑龙江省民政厅</span></p>
    <div class="content"><p>${ADDRESSEE}：</p><p>现将要点印发给你们，请结合实际认真贯彻落实。</p></div>
  </div>
</div>`;
    expect(looksLikeHtml(fragment)).toBe(true);
  });

  it('is true for a page that starts with a doctype or <html>', () => {
    expect(looksLikeHtml(`<!DOCTYPE html>\n${TITLE}`)).toBe(true);
    expect(looksLikeHtml(`  <html lang="zh-CN">${TITLE}`)).toBe(true);
  });

  it('is false for the Markdown corpus file with one <!-- INFO END --> comment', () => {
    const name = readdirSync(CORPUS).find((f) => f.startsWith('041-') && f.endsWith('.txt'))!;
    const md = readFileSync(CORPUS + name, 'utf8');
    expect(md).toContain('<!-- INFO END -->');
    expect(looksLikeHtml(md)).toBe(false);
  });

  it('is false for plain text with a few tags mentioned', () => {
    expect(looksLikeHtml(`${TITLE}\n${ADDRESSEE}：\n请在网页中使用<p>和<br>标签。\n`)).toBe(false);
  });
});

describe('ingest: HTML', () => {
  const page = `<!DOCTYPE html><html><head><meta charset="gbk"><title>${TITLE}</title>
    <script>var x = 1;</script></head><body><div class="content"><p>${ADDRESSEE}：</p>
    <table><tr><td>序号</td><td>任务</td></tr><tr><td>1</td><td>健全基层群众自治制度</td></tr></table></div></body></html>`;

  it('decodes a <meta charset="gbk"> page named .html and converts it to text', () => {
    const r = ingest(iconv.encode(page, 'gbk'), { path: 'notice.html' });
    expect(r.encoding).toBe('gb18030');
    expect(r.format).toBe('html');
    expect(r.htmlTitle).toBe(TITLE);
    expect(r.text).toBe(`${ADDRESSEE}：\n序号\n任务\n1\n健全基层群众自治制度\n`);
    expect(r.htmlTables).toHaveLength(1);
    expect(r.htmlTables[0]!.rows.map((row) => row.map((c) => c.text))).toEqual([
      ['序号', '任务'],
      ['1', '健全基层群众自治制度'],
    ]);
    expectCellSpans(r.text, r.htmlTables);
    expect(r.warnings).toEqual([]);
  });

  it('recognises HTML by content when there is no path', () => {
    const r = ingest(Buffer.from(page, 'utf8'));
    expect(r.format).toBe('html');
    expect(r.encoding).toBe('utf-8');
    expect(r.htmlTitle).toBe(TITLE);
    expect(r.text).not.toContain('<');
  });

  it("format 'text' keeps the markup as text", () => {
    const r = ingest(Buffer.from(page, 'utf8'), { format: 'text', path: 'notice.html' });
    expect(r.format).toBe('text');
    expect(r.htmlTitle).toBeNull();
    expect(r.text).toBe(page);
  });

  it("format 'html' applies to a fragment that does not look like HTML", () => {
    const r = ingest(`<b>${TITLE}</b><br>${ADDRESSEE}`, { format: 'html' });
    expect(r.format).toBe('html');
    expect(r.text).toBe(`${TITLE}\n${ADDRESSEE}`);
  });

  it('a page with no visible text throws InputError', () => {
    const empty = '<html><head><title>空</title><script>var a;</script></head><body><div style="display:none">隐藏</div></body></html>';
    let caught: unknown;
    try {
      ingest(Buffer.from(empty, 'utf8'), { path: 'empty.html' });
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(InputError);
    expect((caught as InputError).message).toBe('no visible text in the HTML page');
  });

  it('the Markdown corpus file 041 stays text', () => {
    const name = readdirSync(CORPUS).find((f) => f.startsWith('041-') && f.endsWith('.txt'))!;
    const r = ingest(readFileSync(CORPUS + name), { path: name });
    expect(r.format).toBe('text');
    expect(r.text).toContain('<!-- INFO END -->');
  });
});
