// Page furniture of HTML pages: the navigation, headers, footers, related-link lists and share
// widgets around the document's body are marked (Decoded.furniture → page furniture lines in
// normalize), while the body, the title and the labelled metadata block stay content.
// Built on the eight full pages a browser saved (corpus 206–213) and the gov.cn fragments.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HTML_FURNITURE } from '../../src/ingest/html-furniture.js';
import { htmlToText } from '../../src/ingest/html.js';
import { ingest } from '../../src/ingest/index.js';
import { normalize } from '../../src/normalize/index.js';
import type { Decoded, Furniture, Line } from '../../src/types.js';

const CORPUS = new URL('../../fixtures/corpus/', import.meta.url).pathname;
const { nav, header, footer, related, share, links, hidden, page } = HTML_FURNITURE;

/** The rule of the furniture stretch holding a whole line, or null. */
function ruleOf(furniture: readonly Furniture[], line: Pick<Line, 'start' | 'end'>): string | null {
  return furniture.find((f) => f.span[0] <= line.start && f.span[1] >= line.end)?.rule ?? null;
}

function load(prefix: string): { name: string; decoded: Decoded; lines: Line[]; chrome: boolean[] } {
  const name = readdirSync(CORPUS).find((f) => f.startsWith(prefix) && f.endsWith('.html'))!;
  const decoded = ingest(readFileSync(CORPUS + name), { path: name });
  const { lines, chrome } = normalize(decoded);
  return { name, decoded, lines, chrome };
}

/** The first line that starts with `start`, its indent (　　) set aside and its spaces (&nbsp; too) read as one. */
function lineStarting(lines: readonly Line[], start: string): Line {
  const spaced = (s: string): string => s.trim().replace(/\s+/g, ' ');
  const line = lines.find((l) => spaced(l.text).startsWith(spaced(start)));
  if (!line) throw new Error(`no line starts with ${start}`);
  return line;
}

interface PageCase {
  prefix: string;
  /** The body's first heading and the start of its last paragraph. */
  first: string;
  last: string;
  /** Lines of the page around the body, with the rule that marks them. */
  furniture: Array<[string, string]>;
  /** The title, metadata and body lines the later stages read: never furniture. */
  kept: string[];
}

const PAGES: PageCase[] = [
  {
    prefix: '206-',
    first: '第一章 总则',
    last: '第五十四条本办法自印发之日起施行，有效期5年。',
    furniture: [['政府信息公开 规章库', header], ['高级搜索', page], ['搜索位置', page], ['下载文字版', header], ['分享到：', share], ['主办单位：广州市天河区人民政府天园街道办事处', footer]],
    kept: ['索引号：', '11440106718120458W/2024-00008', '成文日期：', '2024-07-26', '发布日期：2024-09-12', '（转载）广州市人民政府办公厅关于印发广州市公共租赁住房管理办法的通知', '穗府办规〔2024〕13号'],
  },
  {
    prefix: '207-',
    first: '第一章  总则',
    last: '第三十八条 本办法自2024年4月1日起实施，有效期5年。',
    furniture: [['搜索以下关键词', page], ['下载图片版', header], ['粤公网安备44010602000147号', footer]],
    kept: ['发布机构：', '2024-03-14', '发布日期：2024-10-15', '穗民规字〔2024〕3号', '广州市老年人助餐配餐服务管理办法'],
  },
  {
    prefix: '208-',
    first: '一、社会救助标准',
    last: '本通知有效期1年。',
    furniture: [['政务公开', links], ['政策解读', related], ['【文字解读】', related], ['分享到', share], ['扫一扫在手机打开当前页', share], ['内容纠错', footer], ['· 市委组织部', links]],
    kept: ['统一编号： GZ0320250043', '文　　号： 穗民规字〔2025〕2号', '发布机关： 广州市民政局', '广州市民政局 广州市财政局关于印发', '广州市民政局　　广州市财政局', '2025年5月30日', '公开方式：主动公开'],
  },
  {
    prefix: '209-',
    first: '第一条 为完善广州市社会救助体系',
    last: '第十八条 本实施细则自印发之日起施行',
    furniture: [['魅力广州', links], ['【音频解读】', related], ['关怀版', page]],
    kept: ['文　　号： 穗府办规〔2021〕19号', '广州市临时救助实施细则', '广州市人民政府办公厅秘书处'],
  },
  {
    prefix: '210-',
    first: '第一章  总  则',
    last: '第五十二条　本办法自印发之日起施行，有效期5年。',
    furniture: [['相关新闻', related], ['【一图读懂】', related], ['当前位置：', page], ['扫码进入', share]],
    kept: ['广州市人民政府办公厅关于印发广州市居家社区养老服务管理办法的通知', '2022-09-16', '来源： 广州市人民政府办公厅', '穗府办规〔2022〕13号'],
  },
  {
    prefix: '211-',
    first: '第一条  为加强来穗人员服务管理',
    last: '第十三条  本办法自印发之日起施行',
    furniture: [['相关新闻', related], ['【政策解读】', related], ['营商环境', links]],
    kept: ['来源： 广州市人民政府办公厅', '穗府办规〔2025〕8号', '广州市积分制入户管理办法'],
  },
  {
    prefix: '212-',
    first: '一、公共租赁住房保障家庭收入和财产准入限额',
    last: '七、本通知自2024年3月4日起施行，有效期5年。',
    furniture: [['搜索热词：', links], ['【音频解读】', related], ['网站标识码：4401000004', footer]],
    // The 相关附件 download links are the document's own attachments.
    kept: ['文　　号： 穗建规字〔2024〕5号', '相关附件', '附件1：申请公共租赁住房保障家庭收入及财产限额.doc'],
  },
  {
    prefix: '213-',
    first: '一、申请类别及条件',
    last: '7.天河区人才公寓申请人才情况汇总表.xls',
    furniture: [['首页Home', nav], ['您当前所在的位置', links], ['网站地图 | 联系我们', footer], ['手机版', page]],
    kept: ['关于受理天河区人才公寓申请的公告', '发表时间：2025-08-11 18:04:59'],
  },
];

describe('saved web pages (corpus 206–213): the body is content, the page around it furniture', () => {
  for (const c of PAGES) {
    const { name, decoded, lines, chrome } = load(c.prefix);
    describe(name.slice(0, 48), () => {
      it('the body is all there, from its first heading to its last paragraph, and none of it is furniture', () => {
        const first = lineStarting(lines, c.first);
        const last = lineStarting(lines, c.last);
        expect(first.index).toBeLessThan(last.index);
        for (const l of lines.slice(first.index, last.index + 1)) {
          expect(ruleOf(decoded.furniture, l), `line ${l.index + 1}: ${l.text}`).toBeNull();
        }
      });

      it('navigation, related links, share widgets and footers are furniture, with their rule', () => {
        for (const [start, rule] of c.furniture) {
          const line = lineStarting(lines, start);
          expect([start, ruleOf(decoded.furniture, line)]).toEqual([start, rule]);
          expect(chrome[line.index], start).toBe(true);
        }
      });

      it('the title and the labelled metadata are not furniture', () => {
        for (const start of c.kept) expect([start, ruleOf(decoded.furniture, lineStarting(lines, start))]).toEqual([start, null]);
        expect(decoded.htmlTitle).not.toBeNull();
      });

      it('every stretch covers whole lines of the text and none overlaps the next', () => {
        for (let i = 0; i < decoded.furniture.length; i++) {
          const f = decoded.furniture[i]!;
          expect(f.span[0]).toBeLessThan(f.span[1]);
          expect(f.span[0] === 0 || decoded.text[f.span[0] - 1] === '\n').toBe(true);
          expect(f.span[1] === decoded.text.length || decoded.text[f.span[1]] === '\n').toBe(true);
          if (i > 0) expect(decoded.furniture[i - 1]!.span[1]).toBeLessThan(f.span[0]);
        }
      });
    });
  }
});

describe('gov.cn fragments (corpus 012–024, 105–135): nothing but the QR line is furniture', () => {
  const fragments = readdirSync(CORPUS).filter((f) => /^(0[12]\d|1[0-3]\d)-.*\.html$/.test(f));
  it('there are 44 of them', () => expect(fragments).toHaveLength(44));
  for (const name of fragments) {
    it(name.slice(0, 48), () => {
      const r = htmlToText(readFileSync(CORPUS + name, 'utf8'));
      expect(r.furniture.map((f) => [f.rule, r.text.slice(f.span[0], f.span[1]).trim()])).toEqual([[share, '扫一扫在手机打开当前页']]);
    });
  }
});

describe('furniture rules on small pages', () => {
  const body = Array.from({ length: 6 }, (_, i) => `<p>第${i + 1}条 各县（市、区）民政局要加强基层治理，完善村（居）民委员会成员竞职、创业、辞职制度，${i + 2025}年底前完成。</p>`).join('');
  const rulesOf = (html: string): Array<[string, string]> => {
    const r = htmlToText(html);
    return r.furniture.map((f) => [r.text.slice(f.span[0], f.span[1]), f.rule]);
  };

  it('a page with no body to find gets only explicit widgets', () => {
    expect(rulesOf('<div class="header"><a href="/">首页</a></div><p>各县民政局：请于5月底前报送材料。</p><div class="share">分享到：</div>')).toEqual([
      ['分享到：', share],
    ]);
  });

  it('outside the body: header, nav, link lists, footers and the rest of the page; inside: the title and metadata', () => {
    const html = `<div class="top"><a href="/">首页</a> <a href="/zw">政务公开</a></div>
      <nav><a href="/">首页</a><a href="/a">通知公告</a></nav>
      <div class="search">搜索位置 标题 全文</div>
      <div class="main"><h1>关于加强基层治理的通知</h1><div class="info">发布日期：2024-03-04 来源：市民政局</div>
        <div class="TRS_Editor">${body}</div></div>
      <div class="list"><h3>相关链接</h3><ul><li><a href="/1">关于印发工作要点的通知</a></li><li><a href="/2">关于开展检查的通知</a></li></ul></div>
      <footer>版权所有：某市人民政府 主办单位：某市人民政府办公室</footer>`;
    const r = htmlToText(`<title>关于加强基层治理的通知_某市人民政府</title>${html}`);
    const marked = r.furniture.map((f) => [r.text.slice(f.span[0], f.span[1]), f.rule]);
    expect(marked).toEqual([
      ['首页 政务公开', header],
      ['首页通知公告', nav],
      ['搜索位置 标题 全文', page],
      ['相关链接\n关于印发工作要点的通知\n关于开展检查的通知', related],
      ['版权所有：某市人民政府 主办单位：某市人民政府办公室', footer],
    ]);
    expect(r.text).toContain('关于加强基层治理的通知\n发布日期：2024-03-04 来源：市民政局\n第1条');
  });

  it('labelled metadata, the title and prose outside the article stay content', () => {
    const longBody = body + body;
    const html = `<div class="head"><a href="/">首页</a><a href="/b">部门</a><a href="/c">公开</a></div>
      <table class="meta"><tr><td>索引号：</td><td>000014349/2019-00005</td></tr><tr><td>发文机关：</td><td>国务院</td></tr></table>
      <h2>关于加强基层治理的通知</h2>
      <div class="c"><div id="zoom">${longBody}</div><a href="/x">上一篇</a><a href="/y">下一篇</a><a href="/z">返回</a></div>
      <div class="note">如对本通知有疑问，请与市民政局基层政权建设处联系，电话详见官网。</div>`;
    const r = htmlToText(`<title>关于加强基层治理的通知</title>${html}`);
    const text = (f: Furniture): string => r.text.slice(f.span[0], f.span[1]);
    // 上一篇 下一篇 返回 beside the body is the page's (a step of links the article does not take in).
    expect(r.furniture.map((f) => [text(f), f.rule])).toEqual([
      ['首页部门公开', links],
      ['上一篇下一篇返回', page],
    ]);
  });

  it('aria-hidden="true" is furniture only when it holds no sentence', () => {
    const html = `<div class="TRS_Editor">${body}<span aria-hidden="true"><div>返回顶部 ×</div></span>
      <div aria-hidden="true">各县民政局要在2025年底前完成村（居）民委员会换届工作，确保换届风清气正。</div></div>`;
    const r = htmlToText(html);
    expect(r.furniture.map((f) => [r.text.slice(f.span[0], f.span[1]), f.rule])).toEqual([['返回顶部 ×', hidden]]);
  });
});
