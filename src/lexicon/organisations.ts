/**
 * How the names of organisations end, and the collective words that name nobody in
 * particular. Used to tell a unit list from running text (省民政厅、省财政厅 vs 加强统筹),
 * a signature organ from a date line, and a 主送 list from the first sentence.
 */

/** Endings of an organisation's name, longest forms included: 省民政厅 / 市局基政科 / 中国人民银行杭州中心支行. */
export const ORG_SUFFIXES: readonly string[] = [
  '部', '厅', '局', '委', '办', '院', '署', '司', '会', '室', '处', '科', '股', '所', '站', '协', '组',
  '海关', '中心', '政府', '党委', '党组', '单位', '部门', '机关', '机构', '支行', '分行', '银行', '集团', '公司',
  '法院', '检察院', '委员会', '办公室', '管委会', '街道', '乡镇', '社', '联', '队', '团', '馆', '台',
  '协会', '学会', '基金会', '大学', '学院', '学校', '医院', '组织', '小组', '指挥部', '联席会议', '专班', '企业', '科室',
];

/** Administrative places: a bare 济南 / 青岛 in 济南、青岛、烟台市政府 shares the last member's suffix. */
export const PLACE_SUFFIXES: readonly string[] = ['省', '市', '县', '区', '州', '盟', '旗'];

/**
 * Words that end a title or a task rather than an organisation: 数字政府建设 / 基层治理 ends in
 * none of the suffixes above, but 加强组织 / 推进公共服务 would without this list.
 */
export const NOT_ORG_ENDINGS: readonly string[] = ['工作', '建设', '治理', '发展', '管理', '服务'];

/**
 * Generic collectives: 有关部门 / 各相关单位 / 县直各有关单位 / 各有关部门和单位. The GUIDE
 * does not list them as units. A collective is an optional scope, then 各 / 其他 / 有关 / 相关
 * (at least one of them), then a few words (行业主管), then the collective noun.
 */
export const COLLECTIVE_SCOPES: readonly string[] = ['省直', '市直', '县直', '区直', '中央', '国家', '省', '市', '县', '区', '各级'];
export const COLLECTIVE_MARKERS: readonly string[] = ['各', '其他', '其它', '有关', '相关'];
export const COLLECTIVE_NOUNS: readonly string[] = ['部门和单位', '单位和部门', '部门单位', '部门', '单位', '机构', '方面'];

/** 各地区 / 各地 / 各市人民政府: the local governments as a group, named as a unit. */
export const LOCAL_GOVERNMENT_PLACES: readonly string[] = ['地区', '地', '省', '市', '县', '区', '州'];

/** Words after a list that widen it without naming anyone: 省经信委等其他有关部门 → 省经信委. */
export const ETC_WORDS: readonly string[] = ['等'];

/** Words inside a name that join two organisations: 街道(乡镇)和有关部门 / 市工业和信息化局及专班成员单位. */
export const AND_WORDS: readonly string[] = ['和', '及', '与'];

/** 会同 joins a partner to a lead: 国家发展改革委会同有关部门 → 国家发展改革委. */
export const WITH_WORDS: readonly string[] = ['会同'];
