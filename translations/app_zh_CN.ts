<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChartData</name>
    <message>
        <location filename="../app/lib/chartbars.cpp" line="42"/>
        <source>Source: %1, page %2, line %3</source>
        <translation>来源：%1，第 %2 页第 %3 行</translation>
    </message>
    <message>
        <location filename="../app/lib/chartbars.cpp" line="43"/>
        <source>Source: %1, line %2</source>
        <translation>来源：%1，第 %2 行</translation>
    </message>
    <message>
        <location filename="../app/lib/chartbars.cpp" line="44"/>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <location filename="../app/lib/chartbars.cpp" line="60"/>
        <source>Source: %1, lines %2–%3</source>
        <translation>来源：%1，第 %2–%3 行</translation>
    </message>
    <message>
        <location filename="../app/lib/chartbars.cpp" line="147"/>
        <source>computed</source>
        <translation>计算所得</translation>
    </message>
    <message>
        <location filename="../app/lib/chartbars.cpp" line="155"/>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location filename="../app/lib/chartbars.cpp" line="189"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1（%2/%3）</translation>
    </message>
    <message>
        <location filename="../app/lib/chartbars.cpp" line="191"/>
        <source>In the order of the text.</source>
        <translation>按正文顺序排列。</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="87"/>
        <source>%1 compared (%2)</source>
        <translation>%1 分项比较（%2）</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="136"/>
        <source>Growth rates: %1</source>
        <translation>增速：%1</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="136"/>
        <source>%1 by row of the table</source>
        <translation>%1（按表格各行）</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="393"/>
        <source>%1: before and now</source>
        <translation>%1：此前与现在</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="404"/>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="404"/>
        <source>Planned for %1</source>
        <translation>%1年计划</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="405"/>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="233"/>
        <location filename="../app/lib/chartdata.cpp" line="234"/>
        <location filename="../app/lib/chartdata.cpp" line="242"/>
        <location filename="../app/lib/chartdata.cpp" line="243"/>
        <location filename="../app/lib/chartdata.cpp" line="406"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="87"/>
        <source>%1 compared</source>
        <translation>%1 分项比较</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="138"/>
        <source>%1: the parts of %2</source>
        <translation>%1：%2的分项</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="205"/>
        <source>targets and plans</source>
        <translation>目标与计划</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="205"/>
        <source>results</source>
        <translation>实绩</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="212"/>
        <source>older</source>
        <translation>较早</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="213"/>
        <source>newer</source>
        <translation>较新</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="229"/>
        <source>%1 against %2: %3 in %4</source>
        <translation>%1年与%2年：%3（%4）</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="231"/>
        <source>%1 against %2: changes stated as %3 (%4)</source>
        <translation>%1年与%2年：以%3表述的变化（%4）</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="232"/>
        <source>Sources: %1 and %2</source>
        <translation>来源：%1；%2</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="274"/>
        <source>%1 by year (%2)</source>
        <translation>%1 逐年（%2）</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="275"/>
        <source>%1: changes by year (%2)</source>
        <translation>%1：逐年变化（%2）</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="277"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="278"/>
        <source>Sources: the library&apos;s reports</source>
        <translation>来源：报告库中的报告</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="278"/>
        <source>Sources: the library&apos;s reports by %1</source>
        <translation>来源：报告库中%1的报告</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="286"/>
        <source>year unknown</source>
        <translation>年份不详</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="287"/>
        <source>%1 target</source>
        <translation>%1年目标</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="287"/>
        <source>%1 result</source>
        <translation>%1年实绩</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/lib/chartdata.cpp" line="421"/>
        <source>%n more chart(s) of this kind in the sections shown: choose fewer sections to see them.</source>
        <translation>
            <numerusform>所示栏目中还有 %n 张此类图表：请少选几个栏目以查看。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="455"/>
        <source>Growth rates, %1 (%)</source>
        <translation>%1年增速（%）</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="455"/>
        <source>Growth rates (%)</source>
        <translation>增速（%）</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="456"/>
        <source>Growth rates: %1, %2 (%)</source>
        <translation>增速：%1，%2年（%）</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="457"/>
        <source>Growth rates: %1 (%)</source>
        <translation>增速：%1（%）</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="494"/>
        <source>Shares of %1 (%)</source>
        <translation>占%1的比重（%）</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="516"/>
        <source>Targets and plans</source>
        <translation>目标与计划</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="588"/>
        <source>The first %1 of %2 sections, in the order of the text.</source>
        <translation>按正文顺序，%2 个栏目中的前 %1 个。</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="415"/>
        <source>Share of %1: %2</source>
        <translation>占%1：%2</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="408"/>
        <source>%1 %2 (stated)</source>
        <translation>%1 %2（原文所述）</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="409"/>
        <source>the level before is computed: %1</source>
        <translation>此前水平为计算所得：%1</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="527"/>
        <source>Member counts</source>
        <translation>会员人数</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="528"/>
        <source>people</source>
        <translation>人</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="546"/>
        <source>Figures by section</source>
        <translation>各栏目的数字</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <location filename="../app/ui/chartexport.cpp" line="144"/>
        <source>%1: not a folder</source>
        <translation>%1：不是文件夹</translation>
    </message>
    <message>
        <location filename="../app/ui/chartexport.cpp" line="149"/>
        <source>%1: the folder cannot be created</source>
        <translation>%1：无法创建该文件夹</translation>
    </message>
</context>
<context>
    <name>ChartExportDialog</name>
    <message>
        <location filename="../app/ui/exportactions.cpp" line="44"/>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../app/ui/exportactions.cpp" line="45"/>
        <source>PNG image</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <location filename="../app/ui/exportactions.cpp" line="46"/>
        <source>SVG drawing</source>
        <translation>SVG 矢量图</translation>
    </message>
    <message>
        <location filename="../app/ui/exportactions.cpp" line="47"/>
        <source>1× (960 × 600)</source>
        <translation>1 倍（960 × 600）</translation>
    </message>
    <message>
        <location filename="../app/ui/exportactions.cpp" line="48"/>
        <source>2× (1920 × 1200)</source>
        <translation>2 倍（1920 × 1200）</translation>
    </message>
    <message>
        <location filename="../app/ui/exportactions.cpp" line="49"/>
        <source>Width in pixels</source>
        <translation>指定像素宽度</translation>
    </message>
    <message>
        <location filename="../app/ui/exportactions.cpp" line="53"/>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <location filename="../app/ui/exportactions.cpp" line="55"/>
        <source>Transparent background</source>
        <translation>透明背景</translation>
    </message>
    <message>
        <location filename="../app/ui/exportactions.cpp" line="57"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../app/ui/exportactions.cpp" line="58"/>
        <source>Size:</source>
        <translation>尺寸：</translation>
    </message>
    <message>
        <location filename="../app/ui/exportactions.cpp" line="59"/>
        <source>Width:</source>
        <translation>宽度：</translation>
    </message>
</context>
<context>
    <name>ChartIndex</name>
    <message>
        <location filename="../app/lib/chartindex.cpp" line="48"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../app/lib/chartindex.cpp" line="62"/>
        <source>before and now</source>
        <translation>此前与现在</translation>
    </message>
    <message>
        <location filename="../app/lib/chartindex.cpp" line="63"/>
        <source>growth rates</source>
        <translation>增长率</translation>
    </message>
    <message>
        <location filename="../app/lib/chartindex.cpp" line="64"/>
        <source>levels</source>
        <translation>分项比较</translation>
    </message>
    <message>
        <location filename="../app/lib/chartindex.cpp" line="65"/>
        <source>shares</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../app/lib/chartindex.cpp" line="66"/>
        <source>targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../app/lib/chartindex.cpp" line="67"/>
        <source>members</source>
        <translation>会员</translation>
    </message>
    <message>
        <location filename="../app/lib/chartindex.cpp" line="68"/>
        <source>figures by section</source>
        <translation>各栏目数字</translation>
    </message>
    <message>
        <location filename="../app/lib/chartindex.cpp" line="69"/>
        <source>comparison</source>
        <translation>对比</translation>
    </message>
    <message>
        <location filename="../app/lib/chartindex.cpp" line="70"/>
        <source>series</source>
        <translation>历年序列</translation>
    </message>
    <message>
        <location filename="../app/lib/chartindex.cpp" line="111"/>
        <location filename="../app/lib/chartindex.cpp" line="113"/>
        <source>Charts of %1</source>
        <translation>%1 图表</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/lib/chartindex.cpp" line="114"/>
        <source>%n chart(s), in the order of the report. What each shows, figure by figure: charts.json.</source>
        <translation>
            <numerusform>共 %n 张图表，按报告顺序排列。每张图表所示的逐项数字见 charts.json。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/lib/chartindex.cpp" line="121"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../app/lib/chartindex.cpp" line="123"/>
        <source>Section</source>
        <translation>栏目</translation>
    </message>
    <message>
        <location filename="../app/lib/chartindex.cpp" line="123"/>
        <source>the whole report</source>
        <translation>全篇报告</translation>
    </message>
    <message>
        <location filename="../app/lib/chartindex.cpp" line="124"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../app/lib/chartindex.cpp" line="128"/>
        <source>Files</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../app/ui/chartpanel.cpp" line="69"/>
        <source>No chart: the sections shown state no figures that can be compared.</source>
        <translation>没有图表：所示栏目中没有可以相互比较的数字。</translation>
    </message>
    <message>
        <location filename="../app/ui/chartpanel.cpp" line="111"/>
        <location filename="../app/ui/chartpanel.cpp" line="113"/>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../app/ui/chartpanel.cpp" line="112"/>
        <source>Choose a chart</source>
        <translation>选择图表</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="213"/>
        <source>Compare: %1 → %2</source>
        <translation>比较：%1 → %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/figurecomparison.cpp" line="217"/>
        <source>Older: %1
Newer: %2
%n figure(s) stated in both, paired by what they count (never by position); the others below them.</source>
        <translation>
            <numerusform>较早：%1
较新：%2
两份报告都列出的数字 %n 个，按所统计的对象配对（从不按位置）；其余列在后面。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="220"/>
        <source>What</source>
        <translation>统计对象</translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="220"/>
        <source>Role</source>
        <translation>性质</translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="220"/>
        <source>Older</source>
        <translation>较早</translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="220"/>
        <source>Newer</source>
        <translation>较新</translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="220"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="220"/>
        <source>Older line</source>
        <translation>较早·行</translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="220"/>
        <source>Newer line</source>
        <translation>较新·行</translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="230"/>
        <location filename="../app/ui/figurecomparison.cpp" line="231"/>
        <source>not stated</source>
        <translation>未列出</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../app/ui/exportactions.cpp" line="117"/>
        <source>&amp;Export Chart…</source>
        <translation>导出图表(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../app/ui/exportactions.cpp" line="118"/>
        <source>Copy Chart as &amp;Image</source>
        <translation>复制图表为图片(&amp;I)</translation>
    </message>
    <message>
        <location filename="../app/ui/exportactions.cpp" line="119"/>
        <source>Export &amp;All Charts…</source>
        <translation>导出全部图表(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../app/ui/exportactions.cpp" line="120"/>
        <source>Export Figures as &amp;CSV…</source>
        <translation>导出数字表为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../app/ui/exportactions.cpp" line="121"/>
        <source>Export Figures as &amp;JSON…</source>
        <translation>导出数字表为 JSON(&amp;J)…</translation>
    </message>
    <message>
        <location filename="../app/ui/exportactions.cpp" line="128"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../app/ui/exportactions.cpp" line="130"/>
        <source>Nothing was written.</source>
        <translation>未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../app/ui/exportactions.cpp" line="141"/>
        <source>Replace files?</source>
        <translation>替换文件？</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/exportactions.cpp" line="143"/>
        <source>%n file(s) already exist in this folder and would be replaced.</source>
        <translation>
            <numerusform>此文件夹中已有 %n 个同名文件，将被替换。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/exportactions.cpp" line="160"/>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../app/ui/exportactions.cpp" line="161"/>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <location filename="../app/ui/exportactions.cpp" line="161"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../app/ui/exportactions.cpp" line="181"/>
        <source>Export All Charts to a Folder</source>
        <translation>将全部图表导出到文件夹</translation>
    </message>
    <message>
        <location filename="../app/ui/exportactions.cpp" line="206"/>
        <source>Export Figures as CSV</source>
        <translation>导出数字表为 CSV</translation>
    </message>
    <message>
        <location filename="../app/ui/exportactions.cpp" line="207"/>
        <source>figures</source>
        <translation>数字表</translation>
    </message>
    <message>
        <location filename="../app/ui/exportactions.cpp" line="208"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/ui/exportactions.cpp" line="220"/>
        <source>Export Figures as JSON</source>
        <translation>导出数字表为 JSON</translation>
    </message>
    <message>
        <location filename="../app/ui/exportactions.cpp" line="221"/>
        <source>report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../app/ui/exportactions.cpp" line="222"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
</context>
<context>
    <name>FigureTableDialog</name>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="48"/>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="48"/>
        <source>result</source>
        <translation>实绩</translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="59"/>
        <source> points</source>
        <translation> 个百分点</translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="74"/>
        <source>Export chart as PNG…</source>
        <translation>导出图表为 PNG…</translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="75"/>
        <source>Export chart as SVG…</source>
        <translation>导出图表为 SVG…</translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="76"/>
        <source>Export table as CSV…</source>
        <translation>导出表格为 CSV…</translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="95"/>
        <source>Chart:</source>
        <translation>图表：</translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="147"/>
        <source>Nothing to chart: no figure is stated in both.</source>
        <translation>没有可绘制的图表：没有两份报告都列出的数字。</translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="161"/>
        <source>Export chart as SVG</source>
        <translation>导出图表为 SVG</translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="161"/>
        <source>Export chart as PNG</source>
        <translation>导出图表为 PNG</translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="163"/>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="163"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="170"/>
        <location filename="../app/ui/figurecomparison.cpp" line="200"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="170"/>
        <source>The chart could not be written to %1: %2</source>
        <translation>图表无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="194"/>
        <source>Export table as CSV</source>
        <translation>导出表格为 CSV</translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="195"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="200"/>
        <source>The table could not be written to %1: %2</source>
        <translation>表格无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>IndicatorPanel</name>
    <message>
        <location filename="../app/ui/indicatorpanel.cpp" line="178"/>
        <source>Figures</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../app/ui/indicatorpanel.cpp" line="179"/>
        <source>Filter figures…</source>
        <translation>筛选数字…</translation>
    </message>
    <message>
        <location filename="../app/ui/indicatorpanel.cpp" line="180"/>
        <source>Filter figures</source>
        <translation>筛选数字</translation>
    </message>
    <message>
        <location filename="../app/ui/indicatorpanel.cpp" line="184"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../app/ui/indicatorpanel.cpp" line="190"/>
        <source>Uncertain (OCR)</source>
        <translation>存疑（OCR）</translation>
    </message>
    <message>
        <location filename="../app/ui/indicatorpanel.cpp" line="191"/>
        <source>Figures OCR read with little confidence: check them against the scan</source>
        <translation>OCR 把握不大的数字：请对照扫描件核对</translation>
    </message>
    <message>
        <location filename="../app/ui/indicatorpanel.cpp" line="194"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../app/ui/indicatorpanel.cpp" line="195"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../app/ui/indicatorpanel.cpp" line="196"/>
        <source>Copy the selected rows (or all shown rows) as tab-separated values</source>
        <translation>将选中的行（未选中时为全部显示的行）复制为制表符分隔的文本</translation>
    </message>
    <message>
        <location filename="../app/ui/indicatorpanel.cpp" line="197"/>
        <source>Figures table</source>
        <translation>数字表</translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <location filename="../app/lib/indicatortablemodel.cpp" line="101"/>
        <source>Figure</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../app/lib/indicatortablemodel.cpp" line="102"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../app/lib/indicatortablemodel.cpp" line="103"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../app/lib/indicatortablemodel.cpp" line="104"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../app/lib/indicatortablemodel.cpp" line="105"/>
        <source>Qualifier</source>
        <translation>精确度</translation>
    </message>
    <message>
        <location filename="../app/lib/indicatortablemodel.cpp" line="106"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../app/lib/indicatortablemodel.cpp" line="107"/>
        <source>Counts</source>
        <translation>统计对象</translation>
    </message>
    <message>
        <location filename="../app/lib/indicatortablemodel.cpp" line="108"/>
        <source>Column</source>
        <translation>表格列</translation>
    </message>
    <message>
        <location filename="../app/lib/indicatortablemodel.cpp" line="109"/>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <location filename="../app/lib/indicatortablemodel.cpp" line="110"/>
        <source>Section</source>
        <translation>栏目</translation>
    </message>
    <message>
        <location filename="../app/lib/indicatortablemodel.cpp" line="111"/>
        <source>Page</source>
        <translation>页码</translation>
    </message>
    <message>
        <location filename="../app/lib/indicatortablemodel.cpp" line="112"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
</context>
<context>
    <name>LibraryWindow</name>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="45"/>
        <source>work report</source>
        <translation>工作报告</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="47"/>
        <source>statistical communiqué</source>
        <translation>统计公报</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="49"/>
        <source>union report</source>
        <translation>工会报告</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="51"/>
        <source>news</source>
        <translation>新闻</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="52"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="106"/>
        <source>The library %1 could not be opened: %2</source>
        <translation>无法打开报告库 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="237"/>
        <source>Library of reports — %1</source>
        <translation>报告库 — %1</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="238"/>
        <location filename="../app/ui/librarywindow.cpp" line="239"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="238"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="238"/>
        <source>Figures</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="238"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="239"/>
        <source>Section</source>
        <translation>栏目</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="239"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="239"/>
        <source>Text</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="240"/>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="241"/>
        <source>Add folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="242"/>
        <source>Compare the two chosen</source>
        <translation>比较所选的两份</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="243"/>
        <source>Choose two reports of one series (Ctrl+click) to compare their figures.</source>
        <translation>选择同一系列的两份报告（Ctrl+单击）以比较其中的数字。</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="244"/>
        <source>Show by year</source>
        <translation>逐年显示</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="245"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="246"/>
        <source>Search:</source>
        <translation>搜索：</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="247"/>
        <source>Words in any report (Traditional or Simplified)…</source>
        <translation>在所有报告中搜索（繁体或简体均可）…</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="248"/>
        <source>Follow a figure:</source>
        <translation>追踪一个数字：</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="249"/>
        <source>e.g. 城镇新增就业</source>
        <translation>例如 城镇新增就业</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="250"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="251"/>
        <source>Issuer (e.g. 统计局)</source>
        <translation>发布机关（如 统计局）</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="252"/>
        <source>More hits</source>
        <translation>更多结果</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="256"/>
        <source>Every kind</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="298"/>
        <source>%1 (file missing)</source>
        <translation>%1（文件已不在原处）</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/librarywindow.cpp" line="314"/>
        <source>%1 (%n report(s))</source>
        <translation>
            <numerusform>%1年（%n 份报告）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/librarywindow.cpp" line="315"/>
        <source>Year unknown (%n report(s))</source>
        <translation>
            <numerusform>年份不详（%n 份报告）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/librarywindow.cpp" line="321"/>
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n 份报告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/librarywindow.cpp" line="322"/>
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n 个数字</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="339"/>
        <source>Add a folder of reports</source>
        <translation>添加报告文件夹</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="344"/>
        <source>Add reports</source>
        <translation>添加报告</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="345"/>
        <source>Reports (*.txt *.md *.pdf *.docx *.html *.htm *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>报告 (*.txt *.md *.pdf *.docx *.html *.htm *.png *.jpg *.jpeg *.tif *.tiff);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/librarywindow.cpp" line="425"/>
        <source>%1 of %n hit(s) for “%2”</source>
        <translation>
            <numerusform>“%2”共 %n 处结果，已显示 %1 处</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/librarywindow.cpp" line="426"/>
        <source>%n hit(s) for “%1”</source>
        <translation>
            <numerusform>“%1”共 %n 处结果</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="463"/>
        <source>Every year</source>
        <translation>所有年份</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="494"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="494"/>
        <source>%1 could not be read again: %2</source>
        <translation>无法重新读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="496"/>
        <source>the file is missing</source>
        <translation>文件已不在原处</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="496"/>
        <source>it cannot be read</source>
        <translation>无法读取</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="215"/>
        <source>About ReportLens</source>
        <translation>关于报告透视</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="217"/>
        <source>ReportLens %1
Read Chinese work reports together with their statistics.</source>
        <translation>报告透视 %1
阅读中文工作报告及其中的统计数字。</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="226"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="229"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="230"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="231"/>
        <source>&amp;Reload</source>
        <translation>重新载入(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="232"/>
        <source>&amp;Library of reports…</source>
        <translation>报告库(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="233"/>
        <source>Co&amp;mpare with another report…</source>
        <translation>与另一份报告比较(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="234"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="235"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="236"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="237"/>
        <source>&amp;Copy Figures as TSV</source>
        <translation>复制数字表(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="238"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="239"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="240"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="241"/>
        <source>&amp;Actual Size</source>
        <translation>原始大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="242"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="243"/>
        <source>System Language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="244"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="245"/>
        <source>&amp;About ReportLens</source>
        <translation>关于报告透视(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="246"/>
        <source>Figures</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="247"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="249"/>
        <location filename="../app/ui/mainwindow.cpp" line="486"/>
        <source>Representatives</source>
        <translation>代表</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="251"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="252"/>
        <source>Stop reading the report (the one on screen stays)</source>
        <translation>停止读取报告（当前显示的报告保持不变）</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="253"/>
        <source>Reading the report</source>
        <translation>正在读取报告</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="335"/>
        <source>Cannot open the report</source>
        <translation>无法打开报告</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="337"/>
        <source>“%1” could not be opened.</source>
        <translation>无法打开“%1”。</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="337"/>
        <source>The embedded report</source>
        <translation>内置报告</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="347"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="348"/>
        <source>The password does not open “%1”. Try again:</source>
        <translation>该密码无法打开“%1”，请重试：</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="349"/>
        <source>“%1” is protected by a password. Password:</source>
        <translation>“%1”受密码保护。密码：</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="361"/>
        <source>Reading the report…</source>
        <translation>正在读取报告…</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="365"/>
        <source>No report open</source>
        <translation>未打开报告</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mainwindow.cpp" line="372"/>
        <source>All %n section(s)</source>
        <translation>
            <numerusform>全部 %n 个栏目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mainwindow.cpp" line="373"/>
        <source>%1 of %n section(s)</source>
        <translation>
            <numerusform>%n 个栏目中的 %1 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mainwindow.cpp" line="374"/>
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n 个数字</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mainwindow.cpp" line="375"/>
        <source>%n representative(s)</source>
        <translation>
            <numerusform>%n 位代表</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="378"/>
        <source>%1 — ReportLens</source>
        <translation>%1 — 报告透视</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="392"/>
        <source>The Embedded Sample Report</source>
        <translation>内置示例报告</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="399"/>
        <source>Open a Report</source>
        <translation>打开报告</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="400"/>
        <source>Reports (*.pdf *.docx *.html *.htm *.txt *.md *.png *.jpg *.jpeg *.tif *.tiff);;PDF (*.pdf);;Word (*.docx);;Web pages (*.html *.htm);;Text (*.txt *.md);;Scans (*.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>报告 (*.pdf *.docx *.html *.htm *.txt *.md *.png *.jpg *.jpeg *.tif *.tiff);;PDF (*.pdf);;Word (*.docx);;网页 (*.html *.htm);;文本 (*.txt *.md);;扫描件 (*.png *.jpg *.jpeg *.tif *.tiff);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="539"/>
        <source>Reports (*.txt *.md *.pdf *.docx *.html *.htm *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>报告 (*.txt *.md *.pdf *.docx *.html *.htm *.png *.jpg *.jpeg *.tif *.tiff);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="408"/>
        <source>That figure is in a section that is not shown.</source>
        <translation>该数字所在的栏目未显示。</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="417"/>
        <source>That representative is in a section that is not shown.</source>
        <translation>该代表所在的栏目未显示。</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="522"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="522"/>
        <source>%1 is no longer there: the library keeps what it read, but the file has moved or gone.</source>
        <translation>%1 已不在原处：报告库保留了读取的内容，但文件已被移动或删除。</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="538"/>
        <source>Compare with another report</source>
        <translation>与另一份报告比较</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="554"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="554"/>
        <source>%1 cannot be compared: %2</source>
        <translation>无法比较 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="558"/>
        <source>(embedded report)</source>
        <translation>（内置报告）</translation>
    </message>
</context>
<context>
    <name>NavigationActions</name>
    <message>
        <location filename="../app/ui/navigationactions.cpp" line="43"/>
        <source>Go to</source>
        <translation>转到</translation>
    </message>
    <message>
        <location filename="../app/ui/navigationactions.cpp" line="44"/>
        <source>A section, a representative or a figure…</source>
        <translation>栏目、代表或数字…</translation>
    </message>
    <message>
        <location filename="../app/ui/navigationactions.cpp" line="62"/>
        <source>Section: %1 (page %2)</source>
        <translation>栏目：%1（第 %2 页）</translation>
    </message>
    <message>
        <location filename="../app/ui/navigationactions.cpp" line="63"/>
        <source>Section: %1</source>
        <translation>栏目：%1</translation>
    </message>
    <message>
        <location filename="../app/ui/navigationactions.cpp" line="68"/>
        <source>Representative: %1 (%2)</source>
        <translation>代表：%1（%2）</translation>
    </message>
    <message>
        <location filename="../app/ui/navigationactions.cpp" line="74"/>
        <source>Figure: %1 — %2 (page %3, line %4)</source>
        <translation>数字：%1 — %2（第 %3 页第 %4 行）</translation>
    </message>
    <message>
        <location filename="../app/ui/navigationactions.cpp" line="75"/>
        <source>Figure: %1 — %2 (line %3)</source>
        <translation>数字：%1 — %2（第 %3 行）</translation>
    </message>
    <message>
        <location filename="../app/ui/navigationactions.cpp" line="182"/>
        <source>&amp;Next Figure</source>
        <translation>下一个数字(&amp;N)</translation>
    </message>
    <message>
        <location filename="../app/ui/navigationactions.cpp" line="183"/>
        <source>&amp;Previous Figure</source>
        <translation>上一个数字(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/ui/navigationactions.cpp" line="184"/>
        <source>Next Figure of the &amp;Category Chosen</source>
        <translation>所选类别的下一个数字(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/ui/navigationactions.cpp" line="185"/>
        <source>Previous Figure of the Category Chosen</source>
        <translation>所选类别的上一个数字</translation>
    </message>
    <message>
        <location filename="../app/ui/navigationactions.cpp" line="186"/>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <location filename="../app/ui/navigationactions.cpp" line="187"/>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/ui/navigationactions.cpp" line="188"/>
        <source>&amp;Go to Section, Representative or Figure…</source>
        <translation>转到栏目、代表或数字(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../app/ui/navigationactions.cpp" line="189"/>
        <source>Copy the &amp;Figure</source>
        <translation>复制数字(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/ui/navigationactions.cpp" line="190"/>
        <source>Copy Its &amp;Sentence</source>
        <translation>复制所在句子(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/ui/navigationactions.cpp" line="191"/>
        <source>Copy the Figure with Its Sou&amp;rce</source>
        <translation>复制数字及出处(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/ui/navigationactions.cpp" line="192"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../app/ui/navigationactions.cpp" line="194"/>
        <source>The figure the reader is at: the last one shown, clicked or chosen in the table.</source>
        <translation>当前数字：最近显示、点击或在表格中选中的数字。</translation>
    </message>
    <message>
        <location filename="../app/ui/navigationactions.cpp" line="242"/>
        <source>the embedded report</source>
        <translation>内置报告</translation>
    </message>
    <message>
        <location filename="../app/ui/navigationactions.cpp" line="244"/>
        <source>page %1, line %2</source>
        <translation>第 %1 页第 %2 行</translation>
    </message>
    <message>
        <location filename="../app/ui/navigationactions.cpp" line="244"/>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location filename="../app/ui/navigationactions.cpp" line="247"/>
        <location filename="../app/ui/navigationactions.cpp" line="249"/>
        <source>%1 — %2 — %3, %4, %5</source>
        <translation>%1 — %2 — %3，%4，%5</translation>
    </message>
    <message>
        <location filename="../app/ui/navigationactions.cpp" line="312"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../app/ui/navigationactions.cpp" line="315"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../app/ui/navigationactions.cpp" line="315"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>NavigatorPanel</name>
    <message>
        <location filename="../app/ui/navigatorpanel.cpp" line="64"/>
        <source>All sections</source>
        <translation>全部栏目</translation>
    </message>
    <message>
        <location filename="../app/ui/navigatorpanel.cpp" line="65"/>
        <source>Show every section (clears the choice below)</source>
        <translation>显示全部栏目（清除下方的选择）</translation>
    </message>
    <message>
        <location filename="../app/ui/navigatorpanel.cpp" line="66"/>
        <source>Sections</source>
        <translation>栏目</translation>
    </message>
    <message>
        <location filename="../app/ui/navigatorpanel.cpp" line="67"/>
        <source>Choose one or several sections (Ctrl+click) to filter the text, the table and the charts</source>
        <translation>选择一个或多个栏目（Ctrl+单击）来筛选正文、数字表和图表</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../app/ui/printactions.cpp" line="42"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../app/ui/printactions.cpp" line="43"/>
        <source>Export as P&amp;DF…</source>
        <translation>导出为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../app/ui/printactions.cpp" line="51"/>
        <source>The embedded report</source>
        <translation>内置报告</translation>
    </message>
    <message>
        <location filename="../app/ui/printactions.cpp" line="58"/>
        <source>What to include</source>
        <translation>包含的内容</translation>
    </message>
    <message>
        <location filename="../app/ui/printactions.cpp" line="59"/>
        <source>The table of figures</source>
        <translation>数字表</translation>
    </message>
    <message>
        <location filename="../app/ui/printactions.cpp" line="60"/>
        <source>The charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../app/ui/printactions.cpp" line="109"/>
        <source>Print Preview — %1</source>
        <translation>打印预览 — %1</translation>
    </message>
    <message>
        <location filename="../app/ui/printactions.cpp" line="130"/>
        <location filename="../app/ui/printactions.cpp" line="137"/>
        <source>Export as PDF</source>
        <translation>导出为 PDF</translation>
    </message>
    <message>
        <location filename="../app/ui/printactions.cpp" line="132"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/ui/printactions.cpp" line="136"/>
        <source>Writing the PDF…</source>
        <translation>正在写入 PDF…</translation>
    </message>
    <message>
        <location filename="../app/ui/printactions.cpp" line="136"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../app/ui/printactions.cpp" line="146"/>
        <source>Writing page %1 of %2…</source>
        <translation>正在写入第 %1 页，共 %2 页…</translation>
    </message>
    <message>
        <location filename="../app/ui/printactions.cpp" line="152"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../app/ui/printactions.cpp" line="152"/>
        <source>The PDF could not be written to %1: %2</source>
        <translation>PDF 无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <location filename="../app/ui/readingpane.cpp" line="129"/>
        <source>No matches</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <location filename="../app/ui/readingpane.cpp" line="131"/>
        <source>%1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
    <message>
        <location filename="../app/ui/readingpane.cpp" line="145"/>
        <source>Part %1 of %2</source>
        <translation>第 %1 部分（共 %2 部分）</translation>
    </message>
    <message>
        <location filename="../app/ui/readingpane.cpp" line="146"/>
        <source>Part %1 of %2: %3</source>
        <translation>第 %1 部分（共 %2 部分）：%3</translation>
    </message>
    <message>
        <location filename="../app/ui/readingpane.cpp" line="162"/>
        <source>Figures by category:</source>
        <translation>数字类别：</translation>
    </message>
    <message>
        <location filename="../app/ui/readingpane.cpp" line="172"/>
        <source>Find in the report…</source>
        <translation>在报告中查找…</translation>
    </message>
    <message>
        <location filename="../app/ui/readingpane.cpp" line="173"/>
        <source>Find in the report</source>
        <translation>在报告中查找</translation>
    </message>
    <message>
        <location filename="../app/ui/readingpane.cpp" line="174"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>上一个匹配（Shift+Enter）</translation>
    </message>
    <message>
        <location filename="../app/ui/readingpane.cpp" line="175"/>
        <source>Previous match</source>
        <translation>上一个匹配</translation>
    </message>
    <message>
        <location filename="../app/ui/readingpane.cpp" line="176"/>
        <source>Next match (Enter)</source>
        <translation>下一个匹配（Enter）</translation>
    </message>
    <message>
        <location filename="../app/ui/readingpane.cpp" line="177"/>
        <source>Next match</source>
        <translation>下一个匹配</translation>
    </message>
    <message>
        <location filename="../app/ui/readingpane.cpp" line="178"/>
        <source>Close the search bar (Esc)</source>
        <translation>关闭查找栏（Esc）</translation>
    </message>
    <message>
        <location filename="../app/ui/readingpane.cpp" line="179"/>
        <source>Close search</source>
        <translation>关闭查找</translation>
    </message>
    <message>
        <location filename="../app/ui/readingpane.cpp" line="181"/>
        <source>Previous part of the report</source>
        <translation>报告的上一部分</translation>
    </message>
    <message>
        <location filename="../app/ui/readingpane.cpp" line="182"/>
        <source>Previous part</source>
        <translation>上一部分</translation>
    </message>
    <message>
        <location filename="../app/ui/readingpane.cpp" line="183"/>
        <source>Next part of the report</source>
        <translation>报告的下一部分</translation>
    </message>
    <message>
        <location filename="../app/ui/readingpane.cpp" line="184"/>
        <source>Next part</source>
        <translation>下一部分</translation>
    </message>
    <message>
        <location filename="../app/ui/readingpane.cpp" line="185"/>
        <source>The report is long: it is shown a part at a time</source>
        <translation>报告较长，分部分显示</translation>
    </message>
    <message>
        <location filename="../app/ui/readingpane.cpp" line="186"/>
        <source>Part of the report</source>
        <translation>报告的部分</translation>
    </message>
</context>
<context>
    <name>ReadingView</name>
    <message>
        <location filename="../app/ui/readingview.cpp" line="51"/>
        <source>Report text</source>
        <translation>报告正文</translation>
    </message>
    <message>
        <location filename="../app/ui/readingview.cpp" line="52"/>
        <source>The report with its figures highlighted by category</source>
        <translation>按类别突出显示数字的报告正文</translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message>
        <location filename="../app/ui/chartfactory.cpp" line="107"/>
        <location filename="../app/ui/chartfactory.cpp" line="271"/>
        <source>As stated</source>
        <translation>原文数值</translation>
    </message>
    <message>
        <location filename="../app/ui/chartfactory.cpp" line="107"/>
        <source>More than stated (超, 余, 以上)</source>
        <translation>多于所述（超、余、以上）</translation>
    </message>
    <message>
        <location filename="../app/ui/chartfactory.cpp" line="107"/>
        <source>About (约, 近, 左右)</source>
        <translation>约数（约、近、左右）</translation>
    </message>
    <message>
        <location filename="../app/ui/chartfactory.cpp" line="108"/>
        <source>Less than stated (不到, 以内)</source>
        <translation>少于所述（不到、以内）</translation>
    </message>
    <message>
        <location filename="../app/ui/chartfactory.cpp" line="108"/>
        <source>Computed, not stated</source>
        <translation>计算所得，非原文</translation>
    </message>
    <message>
        <location filename="../app/ui/chartfactory.cpp" line="182"/>
        <source>figures</source>
        <translation>数字个数</translation>
    </message>
    <message>
        <location filename="../app/ui/chartfactory.cpp" line="200"/>
        <source>(computed)</source>
        <translation>（计算）</translation>
    </message>
    <message>
        <location filename="../app/ui/chartfactory.cpp" line="239"/>
        <source>computed, not stated</source>
        <translation>计算所得，非原文</translation>
    </message>
    <message>
        <location filename="../app/ui/chartfactory.cpp" line="241"/>
        <source>more than stated</source>
        <translation>多于所述</translation>
    </message>
    <message>
        <location filename="../app/ui/chartfactory.cpp" line="242"/>
        <source>about</source>
        <translation>约</translation>
    </message>
    <message>
        <location filename="../app/ui/chartfactory.cpp" line="243"/>
        <source>less than stated</source>
        <translation>少于所述</translation>
    </message>
    <message>
        <location filename="../app/ui/chartfactory.cpp" line="246"/>
        <source>as stated</source>
        <translation>与原文一致</translation>
    </message>
    <message>
        <location filename="../app/ui/chartfactory.cpp" line="253"/>
        <source>Computed: %1 = %2</source>
        <translation>计算：%1 = %2</translation>
    </message>
    <message>
        <location filename="../app/ui/chartfactory.cpp" line="255"/>
        <source>Stated: %1 (%2)</source>
        <translation>原文：%1（%2）</translation>
    </message>
    <message>
        <location filename="../app/ui/chartfactory.cpp" line="108"/>
        <location filename="../app/ui/chartfactory.cpp" line="271"/>
        <source>Target or plan</source>
        <translation>目标或计划</translation>
    </message>
    <message>
        <location filename="../app/ui/chartfactory.cpp" line="271"/>
        <source>Reads as</source>
        <translation>含义</translation>
    </message>
    <message>
        <location filename="../app/ui/chartfactory.cpp" line="278"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>ReportPrinter</name>
    <message>
        <location filename="../app/ui/reportprinter.cpp" line="98"/>
        <source>The figures of the report</source>
        <translation>报告中的数字</translation>
    </message>
    <message>
        <location filename="../app/ui/reportprinter.cpp" line="263"/>
        <source>Stopped before the end: no PDF was written.</source>
        <translation>未完成即已停止：没有写入 PDF。</translation>
    </message>
    <message>
        <location filename="../app/ui/printtables.cpp" line="237"/>
        <source>Figure</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../app/ui/printtables.cpp" line="237"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../app/ui/printtables.cpp" line="238"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../app/ui/printtables.cpp" line="237"/>
        <source>What it counts</source>
        <translation>统计对象</translation>
    </message>
    <message>
        <location filename="../app/ui/printtables.cpp" line="237"/>
        <source>Hedge</source>
        <translation>精确度</translation>
    </message>
    <message>
        <location filename="../app/ui/printtables.cpp" line="237"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../app/ui/printtables.cpp" line="241"/>
        <source>Page</source>
        <translation>页</translation>
    </message>
    <message>
        <location filename="../app/ui/printtables.cpp" line="245"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../app/ui/printtables.cpp" line="271"/>
        <source>%1 (uncertain: OCR)</source>
        <translation>%1（存疑：OCR）</translation>
    </message>
    <message>
        <location filename="../app/ui/reportprinter.cpp" line="116"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>RepresentativeModel</name>
    <message>
        <location filename="../app/lib/representativemodel.cpp" line="77"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../app/lib/representativemodel.cpp" line="78"/>
        <source>Roles</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../app/lib/representativemodel.cpp" line="79"/>
        <source>Organization</source>
        <translation>单位</translation>
    </message>
</context>
<context>
    <name>RepresentativePanel</name>
    <message>
        <location filename="../app/ui/representativepanel.cpp" line="64"/>
        <location filename="../app/ui/representativepanel.cpp" line="67"/>
        <source>Representatives</source>
        <translation>代表</translation>
    </message>
    <message>
        <location filename="../app/ui/representativepanel.cpp" line="65"/>
        <source>Filter by name, role, organisation or pinyin…</source>
        <translation>按姓名、职务、单位或拼音筛选…</translation>
    </message>
    <message>
        <location filename="../app/ui/representativepanel.cpp" line="66"/>
        <source>Filter representatives</source>
        <translation>筛选代表</translation>
    </message>
</context>
<context>
    <name>SectionTreeModel</name>
    <message numerus="yes">
        <location filename="../app/lib/sectiontreemodel.cpp" line="89"/>
        <source>%1 · lines %2–%3 · %n figure(s)</source>
        <translation>
            <numerusform>%1 · 第 %2–%3 行 · %n 个数字</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/lib/sectiontreemodel.cpp" line="106"/>
        <source>Section</source>
        <translation>栏目</translation>
    </message>
    <message>
        <location filename="../app/lib/sectiontreemodel.cpp" line="106"/>
        <source>Figures</source>
        <translation>数字</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="249"/>
        <source>Series: %1</source>
        <translation>逐年：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/figurecomparison.cpp" line="250"/>
        <source>%1 across the library&apos;s reports: %n figure(s), results and targets by year. Double-click a row to open its report at the figure.</source>
        <translation>
            <numerusform>%1 在报告库各报告中的数字：共 %n 个，实绩与目标逐年排列。双击一行即可打开该报告并定位到该数字。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="253"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="253"/>
        <source>Role</source>
        <translation>性质</translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="253"/>
        <source>Figure</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="253"/>
        <source>What</source>
        <translation>统计对象</translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="253"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="253"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="253"/>
        <source>Sentence</source>
        <translation>原句</translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="253"/>
        <source>Issuer</source>
        <translation>发布机关</translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="277"/>
        <source>series-%1</source>
        <translation>逐年-%1</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <location filename="../app/lib/tableexport.cpp" line="38"/>
        <source>id</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../app/lib/tableexport.cpp" line="38"/>
        <source>text</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../app/lib/tableexport.cpp" line="38"/>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../app/lib/tableexport.cpp" line="38"/>
        <source>value_max</source>
        <translation>数值上限</translation>
    </message>
    <message>
        <location filename="../app/lib/tableexport.cpp" line="38"/>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../app/lib/tableexport.cpp" line="39"/>
        <source>qualifier</source>
        <translation>限定</translation>
    </message>
    <message>
        <location filename="../app/lib/tableexport.cpp" line="39"/>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../app/lib/tableexport.cpp" line="39"/>
        <source>change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../app/lib/tableexport.cpp" line="39"/>
        <source>label</source>
        <translation>统计对象</translation>
    </message>
    <message>
        <location filename="../app/lib/tableexport.cpp" line="39"/>
        <source>table_column</source>
        <translation>表格列</translation>
    </message>
    <message>
        <location filename="../app/lib/tableexport.cpp" line="40"/>
        <source>year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../app/lib/tableexport.cpp" line="40"/>
        <source>period</source>
        <translation>时期</translation>
    </message>
    <message>
        <location filename="../app/lib/tableexport.cpp" line="41"/>
        <source>section</source>
        <translation>栏目编号</translation>
    </message>
    <message>
        <location filename="../app/lib/tableexport.cpp" line="41"/>
        <source>section_title</source>
        <translation>栏目</translation>
    </message>
    <message>
        <location filename="../app/lib/tableexport.cpp" line="41"/>
        <source>line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../app/lib/tableexport.cpp" line="41"/>
        <source>column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../app/lib/tableexport.cpp" line="41"/>
        <source>page</source>
        <translation>页</translation>
    </message>
    <message>
        <location filename="../app/lib/tableexport.cpp" line="42"/>
        <source>ocr_confidence</source>
        <translation>OCR把握</translation>
    </message>
    <message>
        <location filename="../app/lib/tableexport.cpp" line="42"/>
        <source>uncertain</source>
        <translation>存疑</translation>
    </message>
    <message>
        <location filename="../app/lib/tableexport.cpp" line="70"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../app/lib/texts.cpp" line="18"/>
        <source>exact</source>
        <translation>精确</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="19"/>
        <source>more than (lower bound)</source>
        <translation>以上（下限）</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="20"/>
        <source>about</source>
        <translation>约数</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="21"/>
        <source>less than (upper bound)</source>
        <translation>以下（上限）</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="29"/>
        <source>exact</source>
        <comment>qualifier, short</comment>
        <translation>精确</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="30"/>
        <source>over</source>
        <comment>qualifier, short</comment>
        <translation>以上</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="31"/>
        <source>about</source>
        <comment>qualifier, short</comment>
        <translation>约</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="32"/>
        <source>under</source>
        <comment>qualifier, short</comment>
        <translation>以下</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="40"/>
        <location filename="../app/lib/texts.cpp" line="145"/>
        <source>people</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="41"/>
        <source>money</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="42"/>
        <source>percent</source>
        <translation>比例</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="43"/>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="51"/>
        <source>increase</source>
        <translation>增加</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="52"/>
        <source>decrease</source>
        <translation>减少</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="61"/>
        <source>heading</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="62"/>
        <source>kicker</source>
        <translation>眉题</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="63"/>
        <source>subtitle</source>
        <translation>副标题</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="64"/>
        <source>byline</source>
        <translation>署名</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="65"/>
        <source>paragraph</source>
        <translation>段落</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="66"/>
        <source>item</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="67"/>
        <source>caption</source>
        <translation>图片说明</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="68"/>
        <source>credit</source>
        <translation>图片来源</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="69"/>
        <source>speaker</source>
        <translation>代表介绍</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="70"/>
        <source>table</source>
        <translation>表格</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="78"/>
        <source>article</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="79"/>
        <source>profiles</source>
        <translation>代表风采</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="80"/>
        <source>messages</source>
        <translation>代表寄语</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="81"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="90"/>
        <source>The file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="91"/>
        <source>The file could not be read (it is a folder, or permission is denied).</source>
        <translation>无法读取文件（它是文件夹，或没有权限）。</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="92"/>
        <source>The file is empty: it contains no text.</source>
        <translation>文件为空：其中没有文字。</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="93"/>
        <source>This is not a text file: it contains binary data.</source>
        <translation>这不是文本文件：其中含有二进制数据。</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="95"/>
        <source>The file is too large: %1 MB (the limit is %2 MB).</source>
        <translation>文件太大：%1 MB（上限为 %2 MB）。</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="97"/>
        <source>Reading the report was cancelled.</source>
        <translation>已取消读取报告。</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="98"/>
        <source>The document is protected by a password.</source>
        <translation>该文档受密码保护。</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="101"/>
        <source>The document is damaged or incomplete and cannot be read.</source>
        <translation>该文档已损坏或不完整，无法读取。</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="103"/>
        <source>This kind of document cannot be read. A legacy Word (.doc) or WPS file can be saved as .docx in Word or WPS, or converted with LibreOffice.</source>
        <translation>无法读取这种文档。旧版 Word（.doc）或 WPS 文件可在 Word 或 WPS 中另存为 .docx，或用 LibreOffice 转换。</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="111"/>
        <source>The document unpacks to more than the limit of %1 MB: it is refused (a damaged or hostile file?).</source>
        <translation>该文档解压后超过 %1 MB 的上限，已拒绝读取（文件可能已损坏或带有恶意）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/lib/texts.cpp" line="119"/>
        <source>Line %1: %n invalid byte sequence(s) replaced by �.</source>
        <translation>
            <numerusform>第 %1 行：%n 处无效字节已替换为 �。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/lib/texts.cpp" line="120"/>
        <source>Invalid byte sequences on %n more line(s).</source>
        <translation>
            <numerusform>另有 %n 行含有无效字节。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="121"/>
        <source>Line %1: the text ends inside a character (a truncated file?).</source>
        <translation>第 %1 行：文本在字符中间结束（文件被截断？）。</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="122"/>
        <source>The encoding was guessed: the file has no byte-order mark and is not UTF-8.</source>
        <translation>编码为推测所得：文件没有字节顺序标记，也不是 UTF-8。</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="123"/>
        <source>Line %1: the paragraph continues at line %2, after a caption.</source>
        <translation>第 %1 行：段落在图片说明之后于第 %2 行继续。</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="124"/>
        <source>Line %1: the paragraph continues at line %2, after a column break.</source>
        <translation>第 %1 行：段落在分栏之后于第 %2 行继续。</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="125"/>
        <source>Line %1 is very long: figures past its first %2 characters were not looked for.</source>
        <translation>第 %1 行过长：前 %2 个字符之后的数字未被识别。</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="126"/>
        <source>The report has no headings: it is read as one section.</source>
        <translation>报告没有标题：全文作为一个栏目读取。</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="136"/>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="145"/>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="145"/>
        <source>US dollars</source>
        <translation>美元</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="146"/>
        <source>person-times</source>
        <translation>人次</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="146"/>
        <source>households</source>
        <translation>户</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="146"/>
        <source>firms</source>
        <translation>家</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="147"/>
        <source>tonnes</source>
        <translation>吨</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="147"/>
        <source>mu</source>
        <translation>亩</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="147"/>
        <source>hectares</source>
        <translation>公顷</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="148"/>
        <source>km</source>
        <translation>公里</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="148"/>
        <source>m²</source>
        <translation>平方米</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="149"/>
        <source>kWh</source>
        <translation>千瓦时</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="149"/>
        <source>vehicles</source>
        <translation>辆</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="149"/>
        <source>items</source>
        <translation>项</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="150"/>
        <source>percentage points</source>
        <translation>个百分点</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="150"/>
        <source>years of age</source>
        <translation>岁</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="173"/>
        <source>its own clause</source>
        <translation>所在分句</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="174"/>
        <source>a name given once for several figures</source>
        <translation>几个数字共用的名称</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="175"/>
        <source>an earlier sentence of its paragraph</source>
        <translation>本段前文</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="176"/>
        <source>its row in the table</source>
        <translation>表格中所在行</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="177"/>
        <source>nothing in the text</source>
        <translation>原文未注明</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="246"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="247"/>
        <source>Qualifier</source>
        <translation>精确度</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="249"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="250"/>
        <source>Counts</source>
        <translation>统计对象</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="264"/>
        <source>Read by OCR</source>
        <translation>OCR 识别</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="264"/>
        <source>%1 % sure — check it against the scan</source>
        <translation>把握 %1% — 请对照扫描件核对</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="265"/>
        <source>%1 % sure</source>
        <translation>把握 %1%</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="268"/>
        <source>The scan shows:</source>
        <translation>扫描件上是：</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="184"/>
        <location filename="../app/lib/texts.cpp" line="189"/>
        <source>(not named)</source>
        <translation>（未注明）</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="100"/>
        <source>No text was found in the document, even by OCR: its pages are blank, or images too unclear to read.</source>
        <translation>文档中没有找到文字（OCR 也未识别出）：页面是空白的，或图像太模糊无法识别。</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="252"/>
        <source>Column</source>
        <translation>表格列</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="254"/>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="255"/>
        <source>Named by</source>
        <translation>名称来源</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="256"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="258"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="259"/>
        <source>Section</source>
        <translation>栏目</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="261"/>
        <source>Page</source>
        <translation>页</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="262"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../app/cli.cpp" line="38"/>
        <source>reportlens: %1
</source>
        <translation>reportlens：%1
</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="465"/>
        <source>ReportLens: read Chinese work reports together with their statistics.
Without options, opens FILE (or the embedded sample report) in a window.</source>
        <translation>报告透视：阅读中文工作报告及其中的统计数字。
不带选项时，在窗口中打开 FILE（或内置示例报告）。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="150"/>
        <source>Print the report&apos;s model (sections, blocks, representatives, indicators, derived figures, warnings) as JSON and exit.</source>
        <translation>以 JSON 输出报告的模型（栏目、文本块、代表、指标、推算数字、警告）后退出。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="43"/>
        <source>Save a PNG of the window (opened on FILE) and exit.</source>
        <translation>保存窗口（打开 FILE）的 PNG 截图后退出。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="45"/>
        <source>With --screenshot: the window&apos;s size, WxH (default 1280x800).</source>
        <translation>与 --screenshot 同用：窗口大小 WxH（默认 1280x800）。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="47"/>
        <source>With --screenshot: the side tab to show, figures or charts.</source>
        <translation>与 --screenshot 同用：显示的侧边标签页，figures（数字）或 charts（图表）。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="50"/>
        <source>With --screenshot: scroll the text to figure N (its id in --json) first.</source>
        <translation>与 --screenshot 同用：先将正文滚动到第 N 个数字（--json 中的 id）。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="53"/>
        <source>With --screenshot: picture another window instead: library, compare or series.</source>
        <translation>与 --screenshot 同用：改为截取另一个窗口：library（报告库）、compare（对比）或 series（序列）。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="56"/>
        <source>With --screenshot-window: the library to show (an SQLite file).</source>
        <translation>与 --screenshot-window 同用：要显示的报告库（SQLite 文件）。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="58"/>
        <source>With --screenshot-window: what to search (library), the report to compare FILE with (compare) or the figure to follow (series).</source>
        <translation>与 --screenshot-window 同用：要搜索的内容（library）、与 FILE 对比的报告（compare）或要追踪的数字（series）。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="62"/>
        <source>Print &apos;first-paint&apos; and exit once the window has painted (start-up timing).</source>
        <translation>窗口首次绘制后输出 &apos;first-paint&apos; 并退出（用于测启动时间）。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="153"/>
        <source>Refuse files larger than BYTES (default 67108864, 64 MiB).</source>
        <translation>拒绝大于 BYTES 字节的文件（默认 67108864，即 64 MiB）。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="161"/>
        <source>With --export-charts: pixels per point, N (default 1; 2 for sharp images).</source>
        <translation>与 --export-charts 同用：每点的像素数 N（默认 1；2 得到清晰图片）。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="164"/>
        <source>With --export-charts: the images&apos; width in pixels (instead of --scale).</source>
        <translation>与 --export-charts 同用：图片宽度（像素，代替 --scale）。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="166"/>
        <source>With --export-charts: write SVG drawings too.</source>
        <translation>与 --export-charts 同用：同时写出 SVG 矢量图。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="172"/>
        <source>With --export-charts: only the charts of section ID (s1, s2, …: the JSON&apos;s section ids) and the sections within it.</source>
        <translation>与 --export-charts 同用：只导出栏目 ID（s1、s2……：JSON 中的栏目编号）及其下属栏目的图表。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="176"/>
        <source>Write the table of figures as CSV (UTF-8 with BOM) to PATH and exit.</source>
        <translation>将数字表以 CSV（带 BOM 的 UTF-8）写入 PATH 后退出。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="179"/>
        <source>The language of messages, chart titles, numbers and CSV headers: zh_CN or en (default: the system&apos;s; CSV headers then in English). The JSON is the same in every language.</source>
        <translation>提示信息、图表标题、数字和 CSV 表头的语言：zh_CN 或 en（默认跟随系统；此时 CSV 表头为英文）。JSON 在任何语言下都相同。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="184"/>
        <source>Write the annotated report (title, sections, every figure marked, the table of figures; page numbers) as a PDF to PATH and exit.</source>
        <translation>将带标注的报告（标题、栏目、标出的每个数字、数字表；页码）写成 PDF 到 PATH 后退出。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="187"/>
        <source>With --export-pdf: the charts too.</source>
        <translation>与 --export-pdf 一起使用：同时包含图表。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="250"/>
        <source>--kinds: no kind &quot;%1&quot;; the kinds are %2</source>
        <translation>--kinds：没有“%1”这种类型；可用类型为 %2</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="260"/>
        <source>--section: the report has no section &quot;%1&quot; (its sections: s1 to s%2)</source>
        <translation>--section：报告中没有栏目“%1”（其栏目为 s1 至 s%2）</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="314"/>
        <source>A report: PDF, Word (.docx), a web page (.html), a page image read by OCR (.png, .jpg, .tif) or plain text (.txt, .md: UTF-8, UTF-16 or GB18030).</source>
        <translation>一份报告：PDF、Word（.docx）、网页（.html）、经 OCR 识别的页面图像（.png、.jpg、.tif）或纯文本（.txt、.md：UTF-8、UTF-16 或 GB18030）。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="389"/>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="394"/>
        <source>Arguments:</source>
        <translation>参数：</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="427"/>
        <source>reading…</source>
        <translation>读取中…</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="478"/>
        <source>General</source>
        <translation>通用</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="479"/>
        <source>Show this help and exit.</source>
        <translation>显示本帮助后退出。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="480"/>
        <source>Show the version and exit.</source>
        <translation>显示版本后退出。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="482"/>
        <source>Reading</source>
        <translation>读取</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="483"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="486"/>
        <source>Library</source>
        <translation>报告库</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="487"/>
        <source>Screenshots</source>
        <translation>截图</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="498"/>
        <source>--max-size takes a positive number of bytes</source>
        <translation>--max-size 需要一个正的字节数</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="507"/>
        <source>one FILE at most</source>
        <translation>最多一个 FILE</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="141"/>
        <location filename="../app/cli.cpp" line="442"/>
        <source>(embedded report)</source>
        <translation>（内置报告）</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="156"/>
        <source>Write every chart as a PNG into folder DIR, with charts.json (what each shows) and index.html (a page to browse them), print the paths and exit.</source>
        <translation>将每个图表以 PNG 写入文件夹 DIR，并写出 charts.json（每个图表所示内容）和 index.html（浏览图表的页面），输出路径后退出。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="168"/>
        <source>With --export-charts: only charts of these kinds, comma-separated (before-now, rates, levels, shares, targets, members, by-section).</source>
        <translation>与 --export-charts 同用：只导出这些类型的图表，以逗号分隔（before-now 此前与现在、rates 增长率、levels 分项比较、shares 占比、targets 目标、members 会员、by-section 各栏目数字）。</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="242"/>
        <source>--scale takes a number from 0.25 to 8, --width a width in pixels</source>
        <translation>--scale 需要 0.25 到 8 之间的数，--width 需要像素宽度</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="274"/>
        <source>no chart to write</source>
        <translation>没有可写出的图表</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="286"/>
        <location filename="../app/clilibrary.cpp" line="325"/>
        <source>could not write the output</source>
        <translation>无法写出输出</translation>
    </message>
    <message>
        <location filename="../app/clilibrary.cpp" line="58"/>
        <source>Compare two reports of one series: pass OLD and NEW as files; prints the figures both state, paired, with the change (with --json, as JSON).</source>
        <translation>比较同一系列的两份报告：依次给出 OLD 和 NEW 两个文件；输出两者都列出的数字（配对）及其变化（加 --json 则输出 JSON）。</translation>
    </message>
    <message>
        <location filename="../app/clilibrary.cpp" line="60"/>
        <source>The library of reports to use: an SQLite file DB (default: the user&apos;s library).</source>
        <translation>要使用的报告库：SQLite 文件 DB（默认为用户的报告库）。</translation>
    </message>
    <message>
        <location filename="../app/clilibrary.cpp" line="62"/>
        <source>Add the FILEs (and the reports in FOLDERs) to the library; a file added again is read again only when it changed.</source>
        <translation>将 FILE（以及 FOLDER 中的报告）加入报告库；再次加入的文件只有在改动后才会重新读取。</translation>
    </message>
    <message>
        <location filename="../app/clilibrary.cpp" line="63"/>
        <source>List the reports in the library.</source>
        <translation>列出报告库中的报告。</translation>
    </message>
    <message>
        <location filename="../app/clilibrary.cpp" line="64"/>
        <source>Search the library&apos;s text for QUERY (words separated by spaces; Traditional or Simplified).</source>
        <translation>在报告库的正文中搜索 QUERY（词语以空格分隔；繁体或简体均可）。</translation>
    </message>
    <message>
        <location filename="../app/clilibrary.cpp" line="66"/>
        <source>Follow the figure named LABEL across the library&apos;s reports, by year.</source>
        <translation>在报告库各报告中逐年追踪名为 LABEL 的数字。</translation>
    </message>
    <message>
        <location filename="../app/clilibrary.cpp" line="68"/>
        <source>With --search: at most N hits (default 50, at most 1000).</source>
        <translation>与 --search 同用：最多 N 条结果（默认 50，最多 1000）。</translation>
    </message>
    <message>
        <location filename="../app/clilibrary.cpp" line="70"/>
        <source>With --search: skip the first N hits (the next page).</source>
        <translation>与 --search 同用：跳过前 N 条结果（即下一页）。</translation>
    </message>
    <message>
        <location filename="../app/clilibrary.cpp" line="72"/>
        <source>With --list or --search: only the reports of YEAR.</source>
        <translation>与 --list 或 --search 同用：只含 YEAR 年的报告。</translation>
    </message>
    <message>
        <location filename="../app/clilibrary.cpp" line="74"/>
        <source>With --list or --search: only the reports of KIND (work-report, statistical-communique, union-report, news, other).</source>
        <translation>与 --list 或 --search 同用：只含 KIND 类型的报告（work-report 工作报告、statistical-communique 统计公报、union-report 工会报告、news 新闻、other 其他）。</translation>
    </message>
    <message>
        <location filename="../app/clilibrary.cpp" line="139"/>
        <source>--kind takes one of: work-report, statistical-communique, union-report, news, other</source>
        <translation>--kind 须为以下之一：work-report、statistical-communique、union-report、news、other</translation>
    </message>
    <message>
        <location filename="../app/clilibrary.cpp" line="77"/>
        <source>With --list or --search: only the reports whose issuer holds WORDS.</source>
        <translation>与 --list 或 --search 同用：只含发布机关名称包含 WORDS 的报告。</translation>
    </message>
    <message>
        <location filename="../app/clilibrary.cpp" line="109"/>
        <source>--compare takes two files and no library action</source>
        <translation>--compare 只接受两个文件，不能与报告库操作同用</translation>
    </message>
    <message>
        <location filename="../app/clilibrary.cpp" line="112"/>
        <source>the library needs an action: --add, --list, --search or --series</source>
        <translation>报告库需要一个操作：--add、--list、--search 或 --series</translation>
    </message>
    <message>
        <location filename="../app/clilibrary.cpp" line="114"/>
        <source>files go with --add (or --compare): %1</source>
        <translation>文件只能与 --add（或 --compare）同用：%1</translation>
    </message>
    <message>
        <location filename="../app/clilibrary.cpp" line="116"/>
        <source>--limit and --offset go with --search</source>
        <translation>--limit 和 --offset 只能与 --search 同用</translation>
    </message>
    <message>
        <location filename="../app/clilibrary.cpp" line="118"/>
        <source>--year, --kind and --issuer go with --list or --search</source>
        <translation>--year、--kind 和 --issuer 只能与 --list 或 --search 同用</translation>
    </message>
    <message>
        <location filename="../app/clilibrary.cpp" line="120"/>
        <source>--limit takes a number from 1 to 1000</source>
        <translation>--limit 须为 1 到 1000 之间的数</translation>
    </message>
    <message>
        <location filename="../app/clilibrary.cpp" line="122"/>
        <source>--offset takes a number of hits, 0 or more</source>
        <translation>--offset 须为 0 或更大的结果条数</translation>
    </message>
    <message>
        <location filename="../app/clilibrary.cpp" line="132"/>
        <source>--year takes a year (such as 2024)</source>
        <translation>--year 须为年份（如 2024）</translation>
    </message>
    <message>
        <location filename="../app/clilibrary.cpp" line="151"/>
        <source>--compare takes two reports: OLD NEW</source>
        <translation>--compare 需要两份报告：OLD NEW</translation>
    </message>
    <message>
        <location filename="../app/clilibrary.cpp" line="171"/>
        <source>%1 → %2
</source>
        <translation>%1 → %2
</translation>
    </message>
    <message>
        <location filename="../app/clilibrary.cpp" line="181"/>
        <source> points</source>
        <translation> 个百分点</translation>
    </message>
    <message>
        <location filename="../app/clilibrary.cpp" line="184"/>
        <location filename="../app/clilibrary.cpp" line="282"/>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../app/clilibrary.cpp" line="184"/>
        <location filename="../app/clilibrary.cpp" line="283"/>
        <source>result</source>
        <translation>实绩</translation>
    </message>
    <message>
        <location filename="../app/clilibrary.cpp" line="192"/>
        <source>--add takes the files or folders to add</source>
        <translation>--add 需要给出要添加的文件或文件夹</translation>
    </message>
    <message>
        <location filename="../app/clilibrary.cpp" line="220"/>
        <source>%1 added, %2 read again, %3 unchanged, %4 failed
</source>
        <translation>新增 %1 份，重新读取 %2 份，未变 %3 份，失败 %4 份
</translation>
    </message>
    <message>
        <location filename="../app/clilibrary.cpp" line="242"/>
        <source>	(missing)</source>
        <translation>	（文件已不在原处）</translation>
    </message>
    <message>
        <location filename="../app/clilibrary.cpp" line="262"/>
        <source>hits %1–%2 of %3
</source>
        <translation>第 %1–%2 条结果，共 %3 条
</translation>
    </message>
    <message>
        <location filename="../app/clilibrary.cpp" line="286"/>
        <source>%1, change</source>
        <translation>%1（变化量）</translation>
    </message>
</context>
</TS>
