/**
 * Page furniture: the navigation, footers, counters and buttons that web pages and database
 * exports wrap around a document (kept in source.text, left out of the structure). Each list
 * names the phrases of one rule of src/normalize/chrome.ts.
 */

/** 当前位置 : 首页 >> 通知公告 / 您现在的位置： */
export const LOCATION_WORDS: readonly string[] = ['当前位置', '您现在的位置', '您当前所在的位置', '您的位置', '现在位置', '所在位置', '当前的位置'];
/** Breadcrumb separators after 首页. */
export const BREADCRUMB_SEPARATORS: readonly string[] = ['>', '»', '＞', '›', '→', '/', '&gt;'];
/** 首页 | 网站地图 | 网站声明 | 联系我们 | 关于我们 */
export const SITE_LINK_WORDS: readonly string[] = ['网站地图', '网站声明', '联系我们', '关于我们', '隐私声明', '使用帮助', '网站导航'];
/** 版权所有:吕梁市人民政府网 晋ICP备06004910号-1 网站标识码:1411000003 */
export const COPYRIGHT_WORDS: readonly string[] = ['版权所有', 'Copyright', '©', 'ICP备', 'ICP证', '公网安备', '网站标识码', '网站识别码', '政府网站标识'];
/** 吕梁市人民政府办公室主办 吕梁市政府信息中心承办 技术支持:… */
export const OPERATOR_WORDS: readonly string[] = ['主办单位', '承办单位', '技术支持', '网站技术联系电话', '维护单位', '运行维护'];
/** 访问次数: / 浏览次数：123 / 阅读量 */
export const COUNTER_WORDS: readonly string[] = ['访问次数', '浏览次数', '阅读次数', '点击次数', '点击数', '访问量', '浏览量', '阅读量', '阅读数'];
/** 【打印本页】【关闭窗口】 / 分享到： / 返回顶部 */
export const BUTTON_WORDS: readonly string[] = ['打印本页', '打印此页', '关闭窗口', '关闭本页', '分享到', '返回顶部', '加入收藏', '设为首页', '收藏本页'];
/** 上一篇：… / 下一篇：… */
export const PREV_NEXT_WORDS: readonly string[] = ['上一篇', '下一篇', '上一条', '下一条'];
/** x.xlsx附件预览 / 附件下载 */
export const ATTACHMENT_LINK_WORDS: readonly string[] = ['附件预览', '附件下载', '点击下载', '下载附件'];
/** Wikisource scrape: 本作品在全世界都属于公有领域 … */
export const LICENSE_WORDS: readonly string[] = ['属于公有领域', '公有领域', '知识共享', 'Creative Commons', '本作品', '维基文库'];
/** 责任编辑：张三 / 【纠错】 */
export const EDITOR_WORDS: readonly string[] = ['责任编辑', '编辑', '纠错', '来稿'];
