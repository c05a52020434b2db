/**
 * Header labels of government web pages and database exports (索引号, 发文机关, 成文日期,
 * 标题, 发文字号, 发布日期 …), by the metadata field they give. A label's characters may be
 * spaced out (`索  引 号:`, `标　　题：`) because the source laid them out in a table.
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

export const HEADER_LABELS: ReadonlyArray<readonly [HeaderKey, readonly string[]]> = [
  ['index', ['索引号']],
  ['subject', ['主题分类', '组配分类', '体裁分类', '主题词分类']],
  ['issuer', ['发文机关', '发文机构', '发布机构', '发布机关', '发文单位', '制发机关', '颁布机关']],
  ['signedDate', ['成文日期', '成文时间', '签发日期', '印发日期', '发文日期']],
  ['title', ['标题', '题名', '文件名称', '文件标题', '名称']],
  ['docNumber', ['发文字号', '文号', '文件编号', '发文编号']],
  ['publishedDate', ['发布日期', '发布时间', '发表时间', '发表日期', '公开日期', '公布日期', '公开时间']],
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

/** Label → field. */
export const HEADER_KEY_OF: ReadonlyMap<string, HeaderKey> = new Map(HEADER_LABELS.flatMap(([key, labels]) => labels.map((l) => [l, key] as const)));
