// HTML → visible text, construct by construct, as a browser shows it: comments, templates,
// hidden elements, entities, white space, <br>, <pre>, implied end tags, nested tables with
// rowspan/colspan, and pathological inputs (3,000 levels of nesting, a 125,000-cell table)
// that must run without recursion, in linear time, and never throw RangeError.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { htmlToText } from '../../src/ingest/html.js';
import { ingest } from '../../src/ingest/index.js';
import type { HtmlTable } from '../../src/types.js';

const TITLE = '关于印发《2017年全省基层政权和社区建设工作要点》的通知';
const ADDRESSEE = '各县(市、区)民政局';

const textOf = (html: string): string => htmlToText(html).text;

function expectCellSpans(text: string, tables: readonly HtmlTable[]): void {
  for (const table of tables) {
    for (const row of table.rows) for (const cell of row) expect(text.slice(cell.span[0], cell.span[1])).toBe(cell.text);
  }
}

describe('comments', () => {
  it('a comment ends at its first -->, whatever <!-- it contains', () => {
    // The browser closes the comment at the first -->: " 可见 -->" after it is text.
    expect(textOf(`<p>${TITLE}</p><!-- 注释 <!-- 内层 --><p>${ADDRESSEE}</p>`)).toBe(`${TITLE}\n${ADDRESSEE}\n`);
    expect(textOf('<p>甲<!-- a <!-- b --> 可见 --></p>')).toBe('甲 可见 -->\n');
  });

  it('drops the conditional comments of a saved gd.gov.cn page, with the scripts inside them', () => {
    const html = `<head><!--[if lt IE 9]>
<script src="/gkmlpt/gkml/public/polyfill/es5.min.js"></script><script>alert('为了您的使用体验，建议使用Chrome');</script>
<![endif]-->
<!--[if (gte IE 9)|!(IE)]><!--><script src="//service.gd.gov.cn/wza/wza.js"></script><!--<![endif]--></head>
<body><p>${TITLE}</p><!--<input type='radio' name='status' value='2'><i>已废止</i>--></body>`;
    expect(textOf(html)).toBe(`${TITLE}\n`);
  });

  it('short and unclosed comments: <!-->, <!--->, and one running to the end of the file', () => {
    expect(textOf('<p>甲</p><!--><p>乙</p><!---><p>丙</p>')).toBe('甲\n乙\n丙\n');
    expect(textOf(`<p>${TITLE}</p><!-- 未闭合 <p>隐藏</p>`)).toBe(`${TITLE}\n`);
  });
});

describe('content that is never shown', () => {
  it('drops template, script, style, noscript, svg, select/option, textarea and buttons', () => {
    const html = `<template><p>模板一</p><template><p>模板二</p></template></template>
      <script>var s = "</div><p>脚本</p>";</script><style>p::after{content:"样式"}</style>
      <noscript><div>请开启脚本</noscript><svg><title>图标</title><text>矢量</text><path/></svg>
      <select><option>全部</option><option selected>已废止</option></select><textarea>输入</textarea>
      <button>搜索</button><p>${TITLE}</p>`;
    expect(textOf(html)).toBe(`${TITLE}\n`);
  });

  it('a <noscript> is raw text: tags inside it never close the page around it', () => {
    expect(textOf(`<div><noscript></div><p>请开启脚本</p></noscript><p>${TITLE}</p></div>`)).toBe(`${TITLE}\n`);
  });

  it('drops hidden elements, and shows a visibility:visible child of a visibility:hidden one', () => {
    const html = `<div hidden>隐藏一</div><div style="display : none"><p>隐藏二</p></div>
      <div style="visibility:hidden">隐藏三<span style="visibility: visible">${ADDRESSEE}</span></div><p>${TITLE}</p>`;
    expect(textOf(html)).toBe(`${ADDRESSEE}\n${TITLE}\n`);
  });

  it('keeps a page whose <body> is hidden until its scripts run (saved gkmlpt pages, corpus 206/207)', () => {
    expect(textOf(`<html><body style='visibility: hidden'><p>${TITLE}</p></body></html>`)).toBe(`${TITLE}\n`);
    expect(textOf(`<html style="display:none"><body hidden><p>${TITLE}</p></body></html>`)).toBe(`${TITLE}\n`);
  });

  it('keeps aria-hidden text: it is on screen (it is only hidden from screen readers)', () => {
    expect(textOf(`<p aria-hidden="true">${TITLE}</p>`)).toBe(`${TITLE}\n`);
  });

  it('reads the first <title>, not the tooltip of an <svg> icon before it', () => {
    const r = htmlToText(`<svg><title>图标</title></svg><title> ${TITLE} </title><title>第二个</title><p>${ADDRESSEE}</p>`);
    expect(r.title).toBe(TITLE);
    expect(r.text).toBe(`${ADDRESSEE}\n`);
  });

  it('text in <head> and after </body> is shown, as a browser moves it into the body', () => {
    expect(textOf(`<html><head><title>标题</title><p>${TITLE}</p></head><body></body></html><p>${ADDRESSEE}</p>`)).toBe(
      `${TITLE}\n${ADDRESSEE}\n`,
    );
  });
});

describe('entities', () => {
  it('decodes named, numeric and legacy references in text and attributes', () => {
    expect(textOf('<p>&lt;要点&gt; &amp; &quot;通知&quot; &#20013;&#x56FD; &copy 2024 &amp;lt;</p>')).toBe('<要点> & "通知" 中国 © 2024 &lt;\n');
    const r = htmlToText('<table><tr><td colspan="&#50;">甲</td></tr></table>');
    expect(r.tables[0]!.rows[0]![0]!.colspan).toBe(2);
  });

  it('&nbsp; and the ideographic space are not collapsed; unknown and invalid references', () => {
    expect(textOf('<p>国务院&nbsp;&nbsp;&nbsp;办公厅</p><p>\u3000\u3000第一条</p>')).toBe('国务院\u00a0\u00a0\u00a0办公厅\n\u3000\u3000第一条\n');
    expect(textOf('<p>&foo; &#0; &#x110000;</p>')).toBe('&foo; \ufffd \ufffd\n');
  });
});

describe('white space', () => {
  it('collapses runs of ASCII white space, across inline elements, with none at a line start or end', () => {
    const html = `<div>\n   ${TITLE}   <span> \n </span>  </div>\n\n<p>  各县  <b>(市、区)</b>\n民政局 ：  </p>`;
    expect(textOf(html)).toBe(`${TITLE}\n各县 (市、区) 民政局 ：\n`);
  });

  it('<br> ends a line (also written </br> or <br/>); <hr> too', () => {
    expect(textOf('<p>现将要点印发给你们，<br>请认真贯彻落实。<br/>黑龙江省民政厅</br>2017年4月20日<hr>附件</p>')).toBe(
      '现将要点印发给你们，\n请认真贯彻落实。\n黑龙江省民政厅\n2017年4月20日\n附件\n',
    );
  });

  it('<pre> keeps its white space and line breaks (but not the newline right after <pre>)', () => {
    // As in a browser, the line break before </pre> ends the last line and adds no empty one.
    expect(textOf('<p>表一</p><pre>\n序号  任务\n 1    健全<b>制度</b>\r\n</pre><p>完</p>')).toBe('表一\n序号  任务\n 1    健全制度\n完\n');
    expect(textOf('<pre>\n\n甲\n\n乙</pre>')).toBe('\n甲\n\n乙\n');
    expect(textOf('<div style="white-space: pre">甲  乙</div>')).toBe('甲  乙\n');
  });
});

describe('implied end tags', () => {
  it('<p>, <li>, <dt>/<dd> and headings end the one before them', () => {
    expect(textOf('<p>一、总体要求<p>（一）指导思想<ul><li>甲<li>乙</ul><dl><dt>文号<dd>国发〔2019〕4号</dl><h2>标题<h3>小标题</h3>')).toBe(
      '一、总体要求\n（一）指导思想\n甲\n乙\n文号\n国发〔2019〕4号\n标题\n小标题\n',
    );
  });

  it('a stray </p> is an empty paragraph; a stray </span> across a block is ignored', () => {
    expect(textOf('甲</p>乙')).toBe('甲\n乙');
    expect(textOf('<span>甲<div>乙</span>丙</div>丁')).toBe('甲\n乙丙\n丁');
  });

  it('a link ends at </a> even inside a block opened within it', () => {
    const r = htmlToText('<a href="/"><div>首页</a>各县民政局要加强基层治理，</div>');
    expect(r.text).toBe('首页各县民政局要加强基层治理，\n');
  });
});

describe('tables', () => {
  it('cells without end tags: each <td> and <tr> ends the one before', () => {
    const r = htmlToText('<table><tr><th>序号<th>任务<tr><td>1<td>健全制度<tr><td>2<td>推进建设</table><p>完</p>');
    expect(r.text).toBe('序号\n任务\n1\n健全制度\n2\n推进建设\n完\n');
    expect(r.tables[0]!.rows.map((row) => row.map((c) => c.text))).toEqual([
      ['序号', '任务'],
      ['1', '健全制度'],
      ['2', '推进建设'],
    ]);
    expectCellSpans(r.text, r.tables);
  });

  it('rowspan/colspan cells, and a table nested in an unclosed cell', () => {
    const html = `<table><tr><td rowspan="2">1<td colspan=2>健全制度<tr><td>民政局<td>
      <table><tr><td>指标<td>90%</table>
      <tr><td>2<td>推进建设<td>财政局<td>2025年</table>`;
    const r = htmlToText(html);
    expect(r.tables).toHaveLength(2);
    const [outer, inner] = r.tables as [HtmlTable, HtmlTable];
    expect([outer.depth, outer.containsTable, inner.depth, inner.containsTable]).toEqual([0, true, 1, false]);
    expect(outer.rows.map((row) => row.map((c) => [c.text, c.rowspan, c.colspan]))).toEqual([
      [['1', 2, 1], ['健全制度', 1, 2]],
      [['民政局', 1, 1], ['指标\n90%', 1, 1]],
      [['2', 1, 1], ['推进建设', 1, 1], ['财政局', 1, 1], ['2025年', 1, 1]],
    ]);
    expect(inner.rows.map((row) => row.map((c) => c.text))).toEqual([['指标', '90%']]);
    expectCellSpans(r.text, r.tables);
  });

  it('</div> inside a cell never closes a div outside the table', () => {
    const r = htmlToText('<div><table><tr><td>甲</div>乙</td><td>丙</td></tr></table>丁</div>');
    expect(r.tables[0]!.rows[0]!.map((c) => c.text)).toEqual(['甲乙', '丙']);
    expect(r.text).toBe('甲乙\n丙\n丁\n');
  });
});

describe('pathological inputs: no recursion, linear time, never RangeError', () => {
  const body = '各县民政局要加强基层治理，2025年底前完成。';

  it('3,000 levels of nested <div>, <span> and <table> (closed and unclosed)', () => {
    for (const html of [
      '<div>'.repeat(3000) + `<p>${body}</p>` + '</div>'.repeat(3000),
      '<span>'.repeat(3000) + `<p>${body}</p>`,
      '<div>'.repeat(3000) + '</span>'.repeat(3000) + body,
      '<table><tr><td>'.repeat(3000) + body + '</td></tr></table>'.repeat(3000),
      '<table><tr><td>'.repeat(3000) + body,
    ]) {
      const r = htmlToText(html);
      expect(r.text.trim()).toBe(body);
      expectCellSpans(r.text, r.tables);
    }
    const nested = htmlToText('<table><tr><td>'.repeat(3000) + body);
    expect(nested.tables).toHaveLength(3000);
    expect(nested.tables[2999]!.depth).toBe(2999);
    expect(nested.tables.filter((t) => t.containsTable)).toHaveLength(2999);
  });

  it('300,000 levels still go through (the callback parser keeps its own stack)', () => {
    expect(htmlToText('<div>'.repeat(300_000) + body).text).toBe(`${body}\n`);
  });

  it('a table of 125,000 cells, with and without end tags: every cell recorded with its span', () => {
    const rows = 25_000;
    const closed = `<table>${Array.from({ length: rows }, (_, r) => `<tr>${'<td>格</td>'.repeat(4)}<td>${r}</td></tr>`).join('')}</table>`;
    const open = `<table>${Array.from({ length: rows }, (_, r) => `<tr>${'<td>格'.repeat(4)}<td>${r}`).join('')}</table>`;
    for (const html of [closed, open]) {
      const r = htmlToText(html);
      expect(r.tables).toHaveLength(1);
      const t = r.tables[0]!;
      expect(t.rows).toHaveLength(rows);
      expect(t.rows.reduce((n, row) => n + row.length, 0)).toBe(125_000);
      expect(t.rows[rows - 1]!.map((c) => c.text)).toEqual(['格', '格', '格', '格', String(rows - 1)]);
      const last = t.rows[rows - 1]![4]!;
      expect(r.text.slice(last.span[0], last.span[1])).toBe(String(rows - 1));
    }
  });

  it('ingest reports unusable HTML as InputError, never as RangeError', () => {
    const deepEmpty = '<div>'.repeat(3000) + '<script>var a;</script>' + '</div>'.repeat(3000);
    expect(() => ingest(deepEmpty, { format: 'html' })).toThrow(InputError);
    expect(() => ingest('<!-- 只有注释 <p>甲</p>', { format: 'html' })).toThrow('no visible text in the HTML page');
  });
});

describe('the whole pipeline on a 125,000-cell table', () => {
  const BIN = new URL('../../bin/policy-extract.js', import.meta.url).pathname;
  // src/segment/table.ts once spread every cell into Math.max(...), which overflowed the main
  // thread's stack at 125,000 cells ("internal error: Maximum call stack size exceeded" alone,
  // but not in a --jobs 2 batch, where worker threads have a larger stack).
  it('a single file on the CLI goes through', () => {
    const dir = mkdtempSync(join(tmpdir(), 'html-cells-'));
    try {
      const file = join(dir, 'cells.html');
      const rows = Array.from({ length: 25_000 }, (_, r) => `<tr><td>${r + 1}</td><td>推进第${r}项工作</td><td>市民政局</td><td>2025年底前</td><td>无</td></tr>`);
      writeFileSync(file, `<table><tr><th>序号</th><th>任务</th><th>责任单位</th><th>时限</th><th>备注</th></tr>${rows.join('')}</table>`);
      const r = spawnSync(process.execPath, [BIN, file, '--format', 'summary', '--jobs', '1', '--output', join(dir, 'out.txt')], { encoding: 'utf8' });
      expect(r.stderr).not.toContain('Maximum call stack size exceeded');
      expect(r.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('properties of the text pass on random tag soup', () => {
  const piece = fc.constantFrom(
    '<p>', '</p>', '<div class="content">', '<div class="nav">', '</div>', '<br>', '</br>', '<table>', '</table>', '<tr>', '</tr>',
    '<td rowspan="2">', '<td colspan="3">', '<td>', '</td>', '<th>', '<li>', '<ul>', '</ul>', '<a href="/">', '</a>', '<b>', '</b>',
    '<span>', '</span>', '<pre>', '</pre>', '<nav>', '</nav>', '<footer>', '</footer>', '<template>', '</template>', '<!--', '-->',
    '<!-- <!-- -->', '<script>var a = "</div>";</script>', '<style>p{}</style>', '<div hidden>', '<p style="display:none">',
    '<span style="visibility:hidden">', '<noscript>', '</noscript>', '<svg>', '</svg>', '<select><option>', '</select>',
    '&nbsp;', '&lt;', '&#20013;', '&amp', '  ', '\n', '　　', '索引号：', '相关链接', '分享到：', '扫一扫',
    '各县民政局要加强基层治理，2025年底前完成。', '一、总体要求', '国发〔2019〕4号',
  );
  const html = fc.array(piece, { maxLength: 120 }).map((a) => a.join(''));

  it('never throws; cell, table and furniture spans index the text; same input, same output', () => {
    fc.assert(
      fc.property(html, (h) => {
        const r = htmlToText(h);
        expectCellSpans(r.text, r.tables);
        for (const t of r.tables) {
          expect(t.span[0] <= t.span[1] && t.span[1] <= r.text.length).toBe(true);
          for (const row of t.rows) for (const c of row) expect(c.span[0] >= t.span[0] && c.span[1] <= t.span[1]).toBe(true);
        }
        let previousEnd = -1;
        for (const f of r.furniture) {
          expect(f.span[0]).toBeGreaterThan(previousEnd);
          expect(f.span[1] <= r.text.length && f.span[0] < f.span[1]).toBe(true);
          expect(f.span[0] === 0 || r.text[f.span[0] - 1] === '\n').toBe(true);
          previousEnd = f.span[1];
        }
        // Outside <pre>, no line starts or ends with a collapsible space.
        if (!h.includes('<pre>')) expect(r.text).not.toMatch(/ \n|\n |^ /);
        expect(JSON.stringify(htmlToText(h))).toBe(JSON.stringify(r));
      }),
      { numRuns: 300 },
    );
  });
});

