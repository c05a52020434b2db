/**
 * Header labels of government web pages and database exports (索引号, 发文机关,
 * 成文日期, 标题, 发文字号, 发布日期 …). Characters of a label may be spaced out
 * (`索  引 号:`, `标　　题：`) because the source laid them out in a table.
 */
export type HeaderKey =
  | 'index'
  | 'subject'
  | 'issuer'
  | 'signedDate'
  | 'title'
  | 'docNumber'
  | 'publishedDate'
  | 'source'
  | 'sourceUrl'
  | 'keywords'
  | 'other';

const LABELS: ReadonlyArray<[HeaderKey, readonly string[]]> = [
  ['index', ['索引号']],
  ['subject', ['主题分类', '组配分类', '体裁分类', '主题词分类']],
  ['issuer', ['发文机关', '发文机构', '发布机构', '发布机关', '发文单位', '制发机关', '颁布机关']],
  ['signedDate', ['成文日期', '成文时间', '签发日期', '印发日期']],
  ['title', ['标题', '题名', '文件名称', '文件标题']],
  ['docNumber', ['发文字号', '文号', '文件编号', '发文编号']],
  ['publishedDate', ['发布日期', '发布时间', '公开日期', '公布日期', '发文日期', '公开时间']],
  ['source', ['信息来源', '文章来源', '来源']],
  ['sourceUrl', ['原文链接', '原文地址', '来源网址', '网址']],
  ['keywords', ['关键字', '关键词', '主题词']],
  [
    'other',
    [
      '政策类型', '政策层级', '有效性', '时效性', '效力级别', '实施日期', '施行日期', '生效日期', '失效日期',
      '公开方式', '公开范围', '所属机构', '法规类别', '公文种类', '访问次数', '浏览次数', '作者', '有效期',
    ],
  ],
];

export const KEY_OF = new Map<string, HeaderKey>();
for (const [key, labels] of LABELS) for (const l of labels) KEY_OF.set(l, key);

// 索  引 号 / 标　　题: characters of a label may be spaced out (table layout in the source).
const LABEL_GAP = '[ \\t\\u3000\\u00a0]{0,8}';

/**
 * The labels as one prefix tree (发(?:文(?:机(?:关|构)|…)|布…)): at any position at
 * most one branch can continue, so a failed match costs one pass over the label,
 * not one pass per label that shares its first character.
 */
function prefixTreePattern(words: readonly string[]): string {
  interface Node {
    end: boolean;
    next: Map<string, Node>;
  }
  const root: Node = { end: false, next: new Map() };
  for (const word of words) {
    let node = root;
    for (const ch of word) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const emit = (node: Node): string => {
    const branches = [...node.next.keys()].sort().map((ch) => {
      const child = node.next.get(ch)!;
      return child.next.size ? `${ch}${child.end ? `(?:${LABEL_GAP}${emit(child)})?` : LABEL_GAP + emit(child)}` : ch;
    });
    return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  };
  return emit(root);
}

const LABEL_ALTERNATION = prefixTreePattern([...KEY_OF.keys()]);
/** A label at a line start or after whitespace, then a colon. */
const HEADER_LABEL = new RegExp(`(?:^|(?<=[\\s\\u3000]))(${LABEL_ALTERNATION})${LABEL_GAP}[:：]`, 'g');
/** The label patterns (for the ReDoS sweep in tests). */
export const LABEL_PATTERNS = (): readonly RegExp[] => [HEADER_LABEL, LINE_STARTS_WITH_LABEL];
const LINE_STARTS_WITH_LABEL = new RegExp(`^(?:${LABEL_ALTERNATION})${LABEL_GAP}[:：]`);


/** Whether a line starts with a header label and its colon. */
export function startsWithLabel(text: string): boolean {
  return LINE_STARTS_WITH_LABEL.test(text);
}

/**
 * Every label on a line, in order. (The shared global regex is reset before each
 * use: matchAll starts from its lastIndex, and a leftover index leaked state between documents.)
 */
export function labelMatches(text: string): RegExpExecArray[] {
  HEADER_LABEL.lastIndex = 0;
  const out = [...text.matchAll(HEADER_LABEL)];
  HEADER_LABEL.lastIndex = 0;
  return out;
}

/** Offset of the first label on a line, or -1. */
export function firstLabelIndex(text: string): number {
  const m = labelMatches(text)[0];
  return m ? m.index : -1;
}
