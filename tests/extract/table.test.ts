// Task tables, flattened one cell per line (seeds 001 and 003) and in HTML: each difficulty
// with a fixture cut from the seeds.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/index.js';
import { extract } from '../helpers/extract.js';

const header003 = ['主要任务', '工作措施', '工作路径及任务指标', '完成时限', '责任单位'];

function rowsOf(text: string) {
  const doc = extract(text);
  return { doc, table: doc.tables[0]!, tasks: doc.tasks.filter((t) => t.origin === 'table') };
}

const unitsOf = (doc: ReturnType<typeof extract>, taskId: string) =>
  doc.responsibleUnits.filter((u) => u.taskId === taskId).map((u) => `${u.name}/${u.role}`);

describe('flattened tables', () => {
  it('rebuilds 序号 / 工作任务 / 负责单位 rows with blank lines between cells (seed 001 annex)', () => {
    const { doc, table, tasks } = rowsOf(
      [
        '序号', '', '工作任务', '', '负责单位', '',
        '1', '', '引导基层党组织强化政治功能，健全完善社区党组织领导基层群众性自治组织开展工作的相关制度。', '', '省委组织部', '',
        '2', '', '推动全面从严治党向城乡社区延伸，加强城乡社区党风廉政建设。', '', '省纪委机关', '',
        '3', '', '加快城乡社区公共服务体系建设，健全城乡社区服务机构，编制城乡社区公共服务指导目录。', '', '省民政厅牵头，各相关部门参与', '',
      ].join('\n'),
    );
    expect(table.header).toEqual(['序号', '工作任务', '负责单位']);
    expect(table.rows.map((r) => r[0])).toEqual(['1', '2', '3']);
    expect(tasks.map((t) => t.text.slice(0, 8))).toEqual(['引导基层党组织强', '推动全面从严治党', '加快城乡社区公共']);
    expect(tasks.map((t) => [t.tableId, t.row, t.marker])).toEqual([[table.id, 1, null], [table.id, 2, null], [table.id, 3, null]]);
    expect(unitsOf(doc, tasks[2]!.id)).toEqual(['省民政厅/lead']);
  });

  it('carries a merged 主要任务 cell and a missing 责任单位 cell into the rows they cover (seed 003 rows 1-2)', () => {
    const { doc, table, tasks } = rowsOf(
      [
        ...header003,
        '1.健全基层治理党的领导体制',
        '积极推行村(社区)党组织书记通过法定程序担任村(居)民委员会主任。',
        '会同组织部门巩固深化村(社区)换届成果、做好后续工作。',
        '持续推进',
        '各县(市、区)民政局、市局基政科',
        '完善村(居)民委员会成员竞职、创业、辞职“三项承诺”制度和定期述职制度。',
        '会同组织部门完善相关制度。',
        '持续推进',
        '2.规范基层权力运行监督机制',
        '加强日常监督,持续整治群众身边的不正之风和腐败问题。',
        '会同纪检部门完善相关日常监督制度,加强配合联动。',
        '持续推进',
        '各县(市、区)民政局、市局基政科',
      ].join('\n'),
    );
    expect(table.rows).toHaveLength(3);
    expect(table.rows[1]![0]).toBe('1.健全基层治理党的领导体制');
    expect(table.rows[1]![4]).toBe('各县(市、区)民政局、市局基政科');
    expect(tasks.map((t) => t.group)).toEqual(['1.健全基层治理党的领导体制', '1.健全基层治理党的领导体制', '2.规范基层权力运行监督机制']);
    expect(unitsOf(doc, tasks[1]!.id)).toEqual(['各县(市、区)民政局/responsible', '市局基政科/responsible']);
  });

  it('skips the header repeated at a page break, even mid-task (seed 003 rows 3-4)', () => {
    const { table } = rowsOf(
      [
        ...header003,
        '2.规范基层权力运行监督机制',
        '加强日常监督,持续整治群众身边的不正之风和腐败问题。',
        '会同纪检部门完善相关日常监督制度,加强配合联动。',
        '持续推进',
        '各县(市、区)民政局、市局基政科',
        '研究制定清廉村居建设实施意见,全面推动清廉村居创建工作。',
        '会同纪检、组织、现代农业发展中心等部门出台相关意见,开展清廉村居创建。',
        '2022年',
        '-2025年',
        ...header003,
        '3.健全党建引领的社会参与机制。',
        '通过政府购买服务、公益创投、社会资本投入等多种渠道加大对基层社会组织的培育扶持力度。',
        '加大社区组织培育力度,每个城市社区平均拥有社区社会组织不少于10个。',
        '2022年 ',
        '-2025年',
        '各县(市、区)民政局、市局社管科',
      ].join('\n'),
    );
    expect(table.rows.map((r) => r[3])).toEqual(['持续推进', '2022年-2025年', '2022年-2025年']);
    expect(table.rows[1]![4]).toBe('各县(市、区)民政局、市局基政科');
    expect(table.rows[2]![0]).toBe('3.健全党建引领的社会参与机制。');
  });

  it('joins a cell broken over lines (4.创新基层治理队伍培育机 / 制。) and a range broken as 2022年 / -2025年', () => {
    const { table, tasks } = rowsOf(
      [
        ...header003,
        '4.创新基层治理队伍培育机',
        '制。',
        '鼓励各地使用乡镇(街道)事业编制招聘大学毕业生到村(社区)工作。',
        '会同相关部门做好招聘大学毕业生到村(社区)工作。',
        '2023年底',
        '各县(市、区)民政局、市局基政科、社管科',
      ].join('\n'),
    );
    expect(table.rows[0]).toEqual([
      '4.创新基层治理队伍培育机制。',
      '鼓励各地使用乡镇(街道)事业编制招聘大学毕业生到村(社区)工作。',
      '会同相关部门做好招聘大学毕业生到村(社区)工作。',
      '2023年底',
      '各县(市、区)民政局、市局基政科、社管科',
    ]);
    expect(tasks[0]!.text.startsWith('鼓励各地使用乡镇')).toBe(true);
  });

  it('reads extra text cells of a row as one work-content cell, and says so (seed 003 row 37)', () => {
    const { doc, tasks } = rowsOf(
      [
        ...header003,
        '17.持续推进基层减负工作。',
        '指导各地进一步规范村级组织工作事务、机构牌子和证明事项。',
        '继续推进各地落实村(社区)工作准入制度,厘清基层行政事务。',
        '全面清理村级组织工作事务、机松牌子。100%县级建立村(社区)工作准入制度。',
        '2022年 ',
        '-2025年',
        '各县(市、区)民政局,市基政科',
      ].join('\n'),
    );
    expect(tasks).toHaveLength(1);
    expect(tasks[0]!.text).toBe('指导各地进一步规范村级组织工作事务、机构牌子和证明事项。继续推进各地落实村(社区)工作准入制度,厘清基层行政事务。');
    expect(doc.warnings.some((w) => w.includes('read as one work-content cell'))).toBe(true);
  });

  it('stops at the page footer after the last row (seed 003: 扫一扫在手机打开当前页面)', () => {
    const { doc, table } = rowsOf(
      [
        ...header003,
        '20.开展智慧社区试点建设。',
        '统筹推进智慧社区基础设施、系统平台和应用终端建设。',
        '联合工信厅等相关单位,推进“5G+智慧社区”融合应用建设。',
        '2022年 ',
        '-2025年',
        '各县(市、区)民政局，市局基政科',
        '',
        '扫一扫在手机打开当前页面',
        '首页  |   网站地图  |   网站声明  |   联系我们  |   关于我们',
      ].join('\n'),
    );
    expect(table.rows).toHaveLength(1);
    expect(doc.source.text!.slice(table.span[0], table.span[1])).not.toContain('扫一扫');
  });
});

describe('HTML tables', () => {
  it('expands rowspan and colspan: a merged cell is repeated into every row it covers', () => {
    const html = `<table>
      <tr><th>序号</th><th>工作任务</th><th>牵头单位</th><th>配合单位</th></tr>
      <tr><td colspan="4">一、知识产权保护方面（共2项）</td></tr>
      <tr><td>1</td><td>推进知识产权民事、刑事、行政案件“三合一”审判</td><td rowspan="2">最高人民法院</td><td>国家知识产权局</td></tr>
      <tr><td>2</td><td>开展专利等知识产权案件跨市审理</td><td>最高人民检察院、国家知识产权局</td></tr>
    </table>`;
    const doc = extractDocument(html, { path: 'annex.html' });
    const table = doc.tables[0]!;
    expect(table.header).toEqual(['序号', '工作任务', '牵头单位', '配合单位']);
    expect(table.rows).toEqual([
      ['1', '推进知识产权民事、刑事、行政案件“三合一”审判', '最高人民法院', '国家知识产权局'],
      ['2', '开展专利等知识产权案件跨市审理', '最高人民法院', '最高人民检察院、国家知识产权局'],
    ]);
    const tasks = doc.tasks.filter((t) => t.origin === 'table');
    expect(tasks.map((t) => t.group)).toEqual(['一、知识产权保护方面（共2项）', '一、知识产权保护方面（共2项）']);
    expect(doc.responsibleUnits.filter((u) => u.taskId === tasks[1]!.id).map((u) => `${u.name}/${u.role}`)).toEqual([
      '最高人民法院/lead',
      '最高人民检察院/support',
      '国家知识产权局/support',
    ]);
  });

  it('keeps layout tables and label tables (索引号 / 发文机关) out of the tables', () => {
    const html = `<table><tr><td><table><tr><td>索 引 号：</td><td>000014349/2019-00005</td></tr><tr><td>发文机关：</td><td>国务院</td></tr><tr><td>成文日期：</td><td>2019年01月24日</td></tr></table></td></tr></table><p>国务院关于印发国家职业教育改革实施方案的通知</p>`;
    expect(extractDocument(html, { path: 'page.html' }).tables).toEqual([]);
  });

  it('merges a two-row header and makes the 附： heading above 单位：人 a section (corpus 024)', () => {
    const html = `<p>一、逐年扩招，分步实施</p><p>（一）从1996年开始逐年扩招，分3年落实。</p><p>附：</p><p>内地西藏初中班（校）扩大招生计划表</p><p>单位：人</p><table>
      <tr><td rowspan="2">省（市）</td><td rowspan="2">1995年招生人数</td><td rowspan="2">扩招</td><td colspan="3">分年度招生任务</td></tr>
      <tr><td>1996年</td><td>1997年</td><td>1998年</td></tr>
      <tr><td>总计</td><td>1445</td><td>555</td><td>1600</td><td>1800</td><td>2000</td></tr>
      <tr><td>北京</td><td>100</td><td>40</td><td>110</td><td>120</td><td>140</td></tr>
    </table>`;
    const doc = extractDocument(html, { path: 'tibet.html' });
    const table = doc.tables[0]!;
    expect(table.header).toEqual(['省（市）', '1995年招生人数', '扩招', '分年度招生任务/1996年', '分年度招生任务/1997年', '分年度招生任务/1998年']);
    expect(table.rows.map((r) => r[0])).toEqual(['总计', '北京']);
    const heading = doc.sections.find((s) => s.title === '内地西藏初中班（校）扩大招生计划表');
    expect(heading).toMatchObject({ level: 1, marker: null });
    expect(table.sectionId).toBe(heading!.id);
  });
});
