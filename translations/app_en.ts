<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ChartData</name>
    <message>
        <location filename="../app/lib/chartbars.cpp" line="42"/>
        <source>Source: %1, page %2, line %3</source>
        <translation>Source: %1, page %2, line %3</translation>
    </message>
    <message>
        <location filename="../app/lib/chartbars.cpp" line="43"/>
        <source>Source: %1, line %2</source>
        <translation>Source: %1, line %2</translation>
    </message>
    <message>
        <location filename="../app/lib/chartbars.cpp" line="44"/>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <location filename="../app/lib/chartbars.cpp" line="60"/>
        <source>Source: %1, lines %2–%3</source>
        <translation>Source: %1, lines %2–%3</translation>
    </message>
    <message>
        <location filename="../app/lib/chartbars.cpp" line="147"/>
        <source>computed</source>
        <translation>computed</translation>
    </message>
    <message>
        <location filename="../app/lib/chartbars.cpp" line="155"/>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <location filename="../app/lib/chartbars.cpp" line="189"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 of %3)</translation>
    </message>
    <message>
        <location filename="../app/lib/chartbars.cpp" line="191"/>
        <source>In the order of the text.</source>
        <translation>In the order of the text.</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="87"/>
        <source>%1 compared (%2)</source>
        <translation>%1 compared (%2)</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="136"/>
        <source>Growth rates: %1</source>
        <translation>Growth rates: %1</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="136"/>
        <source>%1 by row of the table</source>
        <translation>%1 by row of the table</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="393"/>
        <source>%1: before and now</source>
        <translation>%1: before and now</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="404"/>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="404"/>
        <source>Planned for %1</source>
        <translation>Planned for %1</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="405"/>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="233"/>
        <location filename="../app/lib/chartdata.cpp" line="234"/>
        <location filename="../app/lib/chartdata.cpp" line="242"/>
        <location filename="../app/lib/chartdata.cpp" line="243"/>
        <location filename="../app/lib/chartdata.cpp" line="406"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="87"/>
        <source>%1 compared</source>
        <translation>%1 compared</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="138"/>
        <source>%1: the parts of %2</source>
        <translation>%1: the parts of %2</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="205"/>
        <source>targets and plans</source>
        <translation>targets and plans</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="205"/>
        <source>results</source>
        <translation>results</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="212"/>
        <source>older</source>
        <translation>older</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="213"/>
        <source>newer</source>
        <translation>newer</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="229"/>
        <source>%1 against %2: %3 in %4</source>
        <translation>%1 against %2: %3 in %4</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="231"/>
        <source>%1 against %2: changes stated as %3 (%4)</source>
        <translation>%1 against %2: changes stated as %3 (%4)</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="232"/>
        <source>Sources: %1 and %2</source>
        <translation>Sources: %1 and %2</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="274"/>
        <source>%1 by year (%2)</source>
        <translation>%1 by year (%2)</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="275"/>
        <source>%1: changes by year (%2)</source>
        <translation>%1: changes by year (%2)</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="277"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="278"/>
        <source>Sources: the library&apos;s reports</source>
        <translation>Sources: the library&apos;s reports</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="278"/>
        <source>Sources: the library&apos;s reports by %1</source>
        <translation>Sources: the library&apos;s reports by %1</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="286"/>
        <source>year unknown</source>
        <translation>year unknown</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="287"/>
        <source>%1 target</source>
        <translation>%1 target</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="287"/>
        <source>%1 result</source>
        <translation>%1 result</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/lib/chartdata.cpp" line="421"/>
        <source>%n more chart(s) of this kind in the sections shown: choose fewer sections to see them.</source>
        <translation>
            <numerusform>%n more chart of this kind in the sections shown: choose fewer sections to see it.</numerusform>
            <numerusform>%n more charts of this kind in the sections shown: choose fewer sections to see them.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="455"/>
        <source>Growth rates, %1 (%)</source>
        <translation>Growth rates, %1 (%)</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="455"/>
        <source>Growth rates (%)</source>
        <translation>Growth rates (%)</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="456"/>
        <source>Growth rates: %1, %2 (%)</source>
        <translation>Growth rates: %1, %2 (%)</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="457"/>
        <source>Growth rates: %1 (%)</source>
        <translation>Growth rates: %1 (%)</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="494"/>
        <source>Shares of %1 (%)</source>
        <translation>Shares of %1 (%)</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="516"/>
        <source>Targets and plans</source>
        <translation>Targets and plans</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="588"/>
        <source>The first %1 of %2 sections, in the order of the text.</source>
        <translation>The first %1 of %2 sections, in the order of the text.</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="415"/>
        <source>Share of %1: %2</source>
        <translation>Share of %1: %2</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="408"/>
        <source>%1 %2 (stated)</source>
        <translation>%1 %2 (stated)</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="409"/>
        <source>the level before is computed: %1</source>
        <translation>the level before is computed: %1</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="527"/>
        <source>Member counts</source>
        <translation>Member counts</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="528"/>
        <source>people</source>
        <translation>people</translation>
    </message>
    <message>
        <location filename="../app/lib/chartdata.cpp" line="546"/>
        <source>Figures by section</source>
        <translation>Figures by section</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <location filename="../app/ui/chartexport.cpp" line="144"/>
        <source>%1: not a folder</source>
        <translation>%1: not a folder</translation>
    </message>
    <message>
        <location filename="../app/ui/chartexport.cpp" line="149"/>
        <source>%1: the folder cannot be created</source>
        <translation>%1: the folder cannot be created</translation>
    </message>
</context>
<context>
    <name>ChartExportDialog</name>
    <message>
        <location filename="../app/ui/exportactions.cpp" line="44"/>
        <source>Export Chart</source>
        <translation>Export Chart</translation>
    </message>
    <message>
        <location filename="../app/ui/exportactions.cpp" line="45"/>
        <source>PNG image</source>
        <translation>PNG image</translation>
    </message>
    <message>
        <location filename="../app/ui/exportactions.cpp" line="46"/>
        <source>SVG drawing</source>
        <translation>SVG drawing</translation>
    </message>
    <message>
        <location filename="../app/ui/exportactions.cpp" line="47"/>
        <source>1× (960 × 600)</source>
        <translation>1× (960 × 600)</translation>
    </message>
    <message>
        <location filename="../app/ui/exportactions.cpp" line="48"/>
        <source>2× (1920 × 1200)</source>
        <translation>2× (1920 × 1200)</translation>
    </message>
    <message>
        <location filename="../app/ui/exportactions.cpp" line="49"/>
        <source>Width in pixels</source>
        <translation>Width in pixels</translation>
    </message>
    <message>
        <location filename="../app/ui/exportactions.cpp" line="53"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../app/ui/exportactions.cpp" line="55"/>
        <source>Transparent background</source>
        <translation>Transparent background</translation>
    </message>
    <message>
        <location filename="../app/ui/exportactions.cpp" line="57"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../app/ui/exportactions.cpp" line="58"/>
        <source>Size:</source>
        <translation>Size:</translation>
    </message>
    <message>
        <location filename="../app/ui/exportactions.cpp" line="59"/>
        <source>Width:</source>
        <translation>Width:</translation>
    </message>
</context>
<context>
    <name>ChartIndex</name>
    <message>
        <location filename="../app/lib/chartindex.cpp" line="48"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../app/lib/chartindex.cpp" line="62"/>
        <source>before and now</source>
        <translation>before and now</translation>
    </message>
    <message>
        <location filename="../app/lib/chartindex.cpp" line="63"/>
        <source>growth rates</source>
        <translation>growth rates</translation>
    </message>
    <message>
        <location filename="../app/lib/chartindex.cpp" line="64"/>
        <source>levels</source>
        <translation>levels</translation>
    </message>
    <message>
        <location filename="../app/lib/chartindex.cpp" line="65"/>
        <source>shares</source>
        <translation>shares</translation>
    </message>
    <message>
        <location filename="../app/lib/chartindex.cpp" line="66"/>
        <source>targets</source>
        <translation>targets</translation>
    </message>
    <message>
        <location filename="../app/lib/chartindex.cpp" line="67"/>
        <source>members</source>
        <translation>members</translation>
    </message>
    <message>
        <location filename="../app/lib/chartindex.cpp" line="68"/>
        <source>figures by section</source>
        <translation>figures by section</translation>
    </message>
    <message>
        <location filename="../app/lib/chartindex.cpp" line="69"/>
        <source>comparison</source>
        <translation>comparison</translation>
    </message>
    <message>
        <location filename="../app/lib/chartindex.cpp" line="70"/>
        <source>series</source>
        <translation>series</translation>
    </message>
    <message>
        <location filename="../app/lib/chartindex.cpp" line="111"/>
        <location filename="../app/lib/chartindex.cpp" line="113"/>
        <source>Charts of %1</source>
        <translation>Charts of %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/lib/chartindex.cpp" line="114"/>
        <source>%n chart(s), in the order of the report. What each shows, figure by figure: charts.json.</source>
        <translation>
            <numerusform>%n chart, in the order of the report. What it shows, figure by figure: charts.json.</numerusform>
            <numerusform>%n charts, in the order of the report. What each shows, figure by figure: charts.json.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/lib/chartindex.cpp" line="121"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../app/lib/chartindex.cpp" line="123"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../app/lib/chartindex.cpp" line="123"/>
        <source>the whole report</source>
        <translation>the whole report</translation>
    </message>
    <message>
        <location filename="../app/lib/chartindex.cpp" line="124"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../app/lib/chartindex.cpp" line="128"/>
        <source>Files</source>
        <translation>Files</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../app/ui/chartpanel.cpp" line="69"/>
        <source>No chart: the sections shown state no figures that can be compared.</source>
        <translation>No chart: the sections shown state no figures that can be compared.</translation>
    </message>
    <message>
        <location filename="../app/ui/chartpanel.cpp" line="111"/>
        <location filename="../app/ui/chartpanel.cpp" line="113"/>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <location filename="../app/ui/chartpanel.cpp" line="112"/>
        <source>Choose a chart</source>
        <translation>Choose a chart</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="213"/>
        <source>Compare: %1 → %2</source>
        <translation>Compare: %1 → %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/figurecomparison.cpp" line="217"/>
        <source>Older: %1
Newer: %2
%n figure(s) stated in both, paired by what they count (never by position); the others below them.</source>
        <translation>
            <numerusform>Older: %1
Newer: %2
%n figure stated in both, paired by what they count (never by position); the others below them.</numerusform>
            <numerusform>Older: %1
Newer: %2
%n figures stated in both, paired by what they count (never by position); the others below them.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="220"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="220"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="220"/>
        <source>Older</source>
        <translation>Older</translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="220"/>
        <source>Newer</source>
        <translation>Newer</translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="220"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="220"/>
        <source>Older line</source>
        <translation>Older line</translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="220"/>
        <source>Newer line</source>
        <translation>Newer line</translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="230"/>
        <location filename="../app/ui/figurecomparison.cpp" line="231"/>
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../app/ui/exportactions.cpp" line="117"/>
        <source>&amp;Export Chart…</source>
        <translation>&amp;Export Chart…</translation>
    </message>
    <message>
        <location filename="../app/ui/exportactions.cpp" line="118"/>
        <source>Copy Chart as &amp;Image</source>
        <translation>Copy Chart as &amp;Image</translation>
    </message>
    <message>
        <location filename="../app/ui/exportactions.cpp" line="119"/>
        <source>Export &amp;All Charts…</source>
        <translation>Export &amp;All Charts…</translation>
    </message>
    <message>
        <location filename="../app/ui/exportactions.cpp" line="120"/>
        <source>Export Figures as &amp;CSV…</source>
        <translation>Export Figures as &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../app/ui/exportactions.cpp" line="121"/>
        <source>Export Figures as &amp;JSON…</source>
        <translation>Export Figures as &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../app/ui/exportactions.cpp" line="128"/>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../app/ui/exportactions.cpp" line="130"/>
        <source>Nothing was written.</source>
        <translation>Nothing was written.</translation>
    </message>
    <message>
        <location filename="../app/ui/exportactions.cpp" line="141"/>
        <source>Replace files?</source>
        <translation>Replace files?</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/exportactions.cpp" line="143"/>
        <source>%n file(s) already exist in this folder and would be replaced.</source>
        <translation>
            <numerusform>%n file already exists in this folder and would be replaced.</numerusform>
            <numerusform>%n files already exist in this folder and would be replaced.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/exportactions.cpp" line="160"/>
        <source>Export Chart</source>
        <translation>Export Chart</translation>
    </message>
    <message>
        <location filename="../app/ui/exportactions.cpp" line="161"/>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG drawings (*.svg)</translation>
    </message>
    <message>
        <location filename="../app/ui/exportactions.cpp" line="161"/>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <location filename="../app/ui/exportactions.cpp" line="181"/>
        <source>Export All Charts to a Folder</source>
        <translation>Export All Charts to a Folder</translation>
    </message>
    <message>
        <location filename="../app/ui/exportactions.cpp" line="206"/>
        <source>Export Figures as CSV</source>
        <translation>Export Figures as CSV</translation>
    </message>
    <message>
        <location filename="../app/ui/exportactions.cpp" line="207"/>
        <source>figures</source>
        <translation>figures</translation>
    </message>
    <message>
        <location filename="../app/ui/exportactions.cpp" line="208"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/ui/exportactions.cpp" line="220"/>
        <source>Export Figures as JSON</source>
        <translation>Export Figures as JSON</translation>
    </message>
    <message>
        <location filename="../app/ui/exportactions.cpp" line="221"/>
        <source>report</source>
        <translation>report</translation>
    </message>
    <message>
        <location filename="../app/ui/exportactions.cpp" line="222"/>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
</context>
<context>
    <name>FigureTableDialog</name>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="48"/>
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="48"/>
        <source>result</source>
        <translation>result</translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="59"/>
        <source> points</source>
        <translation> points</translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="74"/>
        <source>Export chart as PNG…</source>
        <translation>Export chart as PNG…</translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="75"/>
        <source>Export chart as SVG…</source>
        <translation>Export chart as SVG…</translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="76"/>
        <source>Export table as CSV…</source>
        <translation>Export table as CSV…</translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="95"/>
        <source>Chart:</source>
        <translation>Chart:</translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="147"/>
        <source>Nothing to chart: no figure is stated in both.</source>
        <translation>Nothing to chart: no figure is stated in both.</translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="161"/>
        <source>Export chart as SVG</source>
        <translation>Export chart as SVG</translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="161"/>
        <source>Export chart as PNG</source>
        <translation>Export chart as PNG</translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="163"/>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG drawings (*.svg)</translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="163"/>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="170"/>
        <location filename="../app/ui/figurecomparison.cpp" line="200"/>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="170"/>
        <source>The chart could not be written to %1: %2</source>
        <translation>The chart could not be written to %1: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="194"/>
        <source>Export table as CSV</source>
        <translation>Export table as CSV</translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="195"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="200"/>
        <source>The table could not be written to %1: %2</source>
        <translation>The table could not be written to %1: %2</translation>
    </message>
</context>
<context>
    <name>IndicatorPanel</name>
    <message>
        <location filename="../app/ui/indicatorpanel.cpp" line="178"/>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location filename="../app/ui/indicatorpanel.cpp" line="179"/>
        <source>Filter figures…</source>
        <translation>Filter figures…</translation>
    </message>
    <message>
        <location filename="../app/ui/indicatorpanel.cpp" line="180"/>
        <source>Filter figures</source>
        <translation>Filter figures</translation>
    </message>
    <message>
        <location filename="../app/ui/indicatorpanel.cpp" line="184"/>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../app/ui/indicatorpanel.cpp" line="190"/>
        <source>Uncertain (OCR)</source>
        <translation>Uncertain (OCR)</translation>
    </message>
    <message>
        <location filename="../app/ui/indicatorpanel.cpp" line="191"/>
        <source>Figures OCR read with little confidence: check them against the scan</source>
        <translation>Figures OCR read with little confidence: check them against the scan</translation>
    </message>
    <message>
        <location filename="../app/ui/indicatorpanel.cpp" line="194"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../app/ui/indicatorpanel.cpp" line="195"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../app/ui/indicatorpanel.cpp" line="196"/>
        <source>Copy the selected rows (or all shown rows) as tab-separated values</source>
        <translation>Copy the selected rows (or all shown rows) as tab-separated values</translation>
    </message>
    <message>
        <location filename="../app/ui/indicatorpanel.cpp" line="197"/>
        <source>Figures table</source>
        <translation>Figures table</translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <location filename="../app/lib/indicatortablemodel.cpp" line="101"/>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../app/lib/indicatortablemodel.cpp" line="102"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../app/lib/indicatortablemodel.cpp" line="103"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../app/lib/indicatortablemodel.cpp" line="104"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../app/lib/indicatortablemodel.cpp" line="105"/>
        <source>Qualifier</source>
        <translation>Qualifier</translation>
    </message>
    <message>
        <location filename="../app/lib/indicatortablemodel.cpp" line="106"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../app/lib/indicatortablemodel.cpp" line="107"/>
        <source>Counts</source>
        <translation>Counts</translation>
    </message>
    <message>
        <location filename="../app/lib/indicatortablemodel.cpp" line="108"/>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../app/lib/indicatortablemodel.cpp" line="109"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../app/lib/indicatortablemodel.cpp" line="110"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../app/lib/indicatortablemodel.cpp" line="111"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../app/lib/indicatortablemodel.cpp" line="112"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
</context>
<context>
    <name>LibraryWindow</name>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="45"/>
        <source>work report</source>
        <translation>work report</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="47"/>
        <source>statistical communiqué</source>
        <translation>statistical communiqué</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="49"/>
        <source>union report</source>
        <translation>union report</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="51"/>
        <source>news</source>
        <translation>news</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="52"/>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="106"/>
        <source>The library %1 could not be opened: %2</source>
        <translation>The library %1 could not be opened: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="237"/>
        <source>Library of reports — %1</source>
        <translation>Library of reports — %1</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="238"/>
        <location filename="../app/ui/librarywindow.cpp" line="239"/>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="238"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="238"/>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="238"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="239"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="239"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="239"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="240"/>
        <source>Add files…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="241"/>
        <source>Add folder…</source>
        <translation>Add folder…</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="242"/>
        <source>Compare the two chosen</source>
        <translation>Compare the two chosen</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="243"/>
        <source>Choose two reports of one series (Ctrl+click) to compare their figures.</source>
        <translation>Choose two reports of one series (Ctrl+click) to compare their figures.</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="244"/>
        <source>Show by year</source>
        <translation>Show by year</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="245"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="246"/>
        <source>Search:</source>
        <translation>Search:</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="247"/>
        <source>Words in any report (Traditional or Simplified)…</source>
        <translation>Words in any report (Traditional or Simplified)…</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="248"/>
        <source>Follow a figure:</source>
        <translation>Follow a figure:</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="249"/>
        <source>e.g. 城镇新增就业</source>
        <translation>e.g. 城镇新增就业</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="250"/>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="251"/>
        <source>Issuer (e.g. 统计局)</source>
        <translation>Issuer (e.g. 统计局)</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="252"/>
        <source>More hits</source>
        <translation>More hits</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="256"/>
        <source>Every kind</source>
        <translation>Every kind</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="298"/>
        <source>%1 (file missing)</source>
        <translation>%1 (file missing)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/librarywindow.cpp" line="314"/>
        <source>%1 (%n report(s))</source>
        <translation>
            <numerusform>%1 (%n report)</numerusform>
            <numerusform>%1 (%n reports)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/librarywindow.cpp" line="315"/>
        <source>Year unknown (%n report(s))</source>
        <translation>
            <numerusform>Year unknown (%n report)</numerusform>
            <numerusform>Year unknown (%n reports)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/librarywindow.cpp" line="321"/>
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n report</numerusform>
            <numerusform>%n reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/librarywindow.cpp" line="322"/>
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n figure</numerusform>
            <numerusform>%n figures</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="339"/>
        <source>Add a folder of reports</source>
        <translation>Add a folder of reports</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="344"/>
        <source>Add reports</source>
        <translation>Add reports</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="345"/>
        <source>Reports (*.txt *.md *.pdf *.docx *.html *.htm *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Reports (*.txt *.md *.pdf *.docx *.html *.htm *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/librarywindow.cpp" line="425"/>
        <source>%1 of %n hit(s) for “%2”</source>
        <translation>
            <numerusform>%1 of %n hit for “%2”</numerusform>
            <numerusform>%1 of %n hits for “%2”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/librarywindow.cpp" line="426"/>
        <source>%n hit(s) for “%1”</source>
        <translation>
            <numerusform>%n hit for “%1”</numerusform>
            <numerusform>%n hits for “%1”</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="463"/>
        <source>Every year</source>
        <translation>Every year</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="494"/>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="494"/>
        <source>%1 could not be read again: %2</source>
        <translation>%1 could not be read again: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="496"/>
        <source>the file is missing</source>
        <translation>the file is missing</translation>
    </message>
    <message>
        <location filename="../app/ui/librarywindow.cpp" line="496"/>
        <source>it cannot be read</source>
        <translation>it cannot be read</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="215"/>
        <source>About ReportLens</source>
        <translation>About ReportLens</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="217"/>
        <source>ReportLens %1
Read Chinese work reports together with their statistics.</source>
        <translation>ReportLens %1
Read Chinese work reports together with their statistics.</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="226"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="229"/>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="230"/>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="231"/>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="232"/>
        <source>&amp;Library of reports…</source>
        <translation>&amp;Library of reports…</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="233"/>
        <source>Co&amp;mpare with another report…</source>
        <translation>Co&amp;mpare with another report…</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="234"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="235"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="236"/>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="237"/>
        <source>&amp;Copy Figures as TSV</source>
        <translation>&amp;Copy Figures as TSV</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="238"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="239"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="240"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="241"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Actual Size</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="242"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="243"/>
        <source>System Language</source>
        <translation>System Language</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="244"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="245"/>
        <source>&amp;About ReportLens</source>
        <translation>&amp;About ReportLens</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="246"/>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="247"/>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="249"/>
        <location filename="../app/ui/mainwindow.cpp" line="486"/>
        <source>Representatives</source>
        <translation>Representatives</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="251"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="252"/>
        <source>Stop reading the report (the one on screen stays)</source>
        <translation>Stop reading the report (the one on screen stays)</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="253"/>
        <source>Reading the report</source>
        <translation>Reading the report</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="335"/>
        <source>Cannot open the report</source>
        <translation>Cannot open the report</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="337"/>
        <source>“%1” could not be opened.</source>
        <translation>“%1” could not be opened.</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="337"/>
        <source>The embedded report</source>
        <translation>The embedded report</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="347"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="348"/>
        <source>The password does not open “%1”. Try again:</source>
        <translation>The password does not open “%1”. Try again:</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="349"/>
        <source>“%1” is protected by a password. Password:</source>
        <translation>“%1” is protected by a password. Password:</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="361"/>
        <source>Reading the report…</source>
        <translation>Reading the report…</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="365"/>
        <source>No report open</source>
        <translation>No report open</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mainwindow.cpp" line="372"/>
        <source>All %n section(s)</source>
        <translation>
            <numerusform>All %n section</numerusform>
            <numerusform>All %n sections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mainwindow.cpp" line="373"/>
        <source>%1 of %n section(s)</source>
        <translation>
            <numerusform>%1 of %n section</numerusform>
            <numerusform>%1 of %n sections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mainwindow.cpp" line="374"/>
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n figure</numerusform>
            <numerusform>%n figures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mainwindow.cpp" line="375"/>
        <source>%n representative(s)</source>
        <translation>
            <numerusform>%n representative</numerusform>
            <numerusform>%n representatives</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="378"/>
        <source>%1 — ReportLens</source>
        <translation>%1 — ReportLens</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="392"/>
        <source>The Embedded Sample Report</source>
        <translation>The Embedded Sample Report</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="399"/>
        <source>Open a Report</source>
        <translation>Open a Report</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="400"/>
        <source>Reports (*.pdf *.docx *.html *.htm *.txt *.md *.png *.jpg *.jpeg *.tif *.tiff);;PDF (*.pdf);;Word (*.docx);;Web pages (*.html *.htm);;Text (*.txt *.md);;Scans (*.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Reports (*.pdf *.docx *.html *.htm *.txt *.md *.png *.jpg *.jpeg *.tif *.tiff);;PDF (*.pdf);;Word (*.docx);;Web pages (*.html *.htm);;Text (*.txt *.md);;Scans (*.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="539"/>
        <source>Reports (*.txt *.md *.pdf *.docx *.html *.htm *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Reports (*.txt *.md *.pdf *.docx *.html *.htm *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="408"/>
        <source>That figure is in a section that is not shown.</source>
        <translation>That figure is in a section that is not shown.</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="417"/>
        <source>That representative is in a section that is not shown.</source>
        <translation>That representative is in a section that is not shown.</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="522"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="522"/>
        <source>%1 is no longer there: the library keeps what it read, but the file has moved or gone.</source>
        <translation>%1 is no longer there: the library keeps what it read, but the file has moved or gone.</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="538"/>
        <source>Compare with another report</source>
        <translation>Compare with another report</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="554"/>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="554"/>
        <source>%1 cannot be compared: %2</source>
        <translation>%1 cannot be compared: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="558"/>
        <source>(embedded report)</source>
        <translation>(embedded report)</translation>
    </message>
</context>
<context>
    <name>NavigationActions</name>
    <message>
        <location filename="../app/ui/navigationactions.cpp" line="43"/>
        <source>Go to</source>
        <translation>Go to</translation>
    </message>
    <message>
        <location filename="../app/ui/navigationactions.cpp" line="44"/>
        <source>A section, a representative or a figure…</source>
        <translation>A section, a representative or a figure…</translation>
    </message>
    <message>
        <location filename="../app/ui/navigationactions.cpp" line="62"/>
        <source>Section: %1 (page %2)</source>
        <translation>Section: %1 (page %2)</translation>
    </message>
    <message>
        <location filename="../app/ui/navigationactions.cpp" line="63"/>
        <source>Section: %1</source>
        <translation>Section: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/navigationactions.cpp" line="68"/>
        <source>Representative: %1 (%2)</source>
        <translation>Representative: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/ui/navigationactions.cpp" line="74"/>
        <source>Figure: %1 — %2 (page %3, line %4)</source>
        <translation>Figure: %1 — %2 (page %3, line %4)</translation>
    </message>
    <message>
        <location filename="../app/ui/navigationactions.cpp" line="75"/>
        <source>Figure: %1 — %2 (line %3)</source>
        <translation>Figure: %1 — %2 (line %3)</translation>
    </message>
    <message>
        <location filename="../app/ui/navigationactions.cpp" line="182"/>
        <source>&amp;Next Figure</source>
        <translation>&amp;Next Figure</translation>
    </message>
    <message>
        <location filename="../app/ui/navigationactions.cpp" line="183"/>
        <source>&amp;Previous Figure</source>
        <translation>&amp;Previous Figure</translation>
    </message>
    <message>
        <location filename="../app/ui/navigationactions.cpp" line="184"/>
        <source>Next Figure of the &amp;Category Chosen</source>
        <translation>Next Figure of the &amp;Category Chosen</translation>
    </message>
    <message>
        <location filename="../app/ui/navigationactions.cpp" line="185"/>
        <source>Previous Figure of the Category Chosen</source>
        <translation>Previous Figure of the Category Chosen</translation>
    </message>
    <message>
        <location filename="../app/ui/navigationactions.cpp" line="186"/>
        <source>Find &amp;Next</source>
        <translation>Find &amp;Next</translation>
    </message>
    <message>
        <location filename="../app/ui/navigationactions.cpp" line="187"/>
        <source>Find Pre&amp;vious</source>
        <translation>Find Pre&amp;vious</translation>
    </message>
    <message>
        <location filename="../app/ui/navigationactions.cpp" line="188"/>
        <source>&amp;Go to Section, Representative or Figure…</source>
        <translation>&amp;Go to Section, Representative or Figure…</translation>
    </message>
    <message>
        <location filename="../app/ui/navigationactions.cpp" line="189"/>
        <source>Copy the &amp;Figure</source>
        <translation>Copy the &amp;Figure</translation>
    </message>
    <message>
        <location filename="../app/ui/navigationactions.cpp" line="190"/>
        <source>Copy Its &amp;Sentence</source>
        <translation>Copy Its &amp;Sentence</translation>
    </message>
    <message>
        <location filename="../app/ui/navigationactions.cpp" line="191"/>
        <source>Copy the Figure with Its Sou&amp;rce</source>
        <translation>Copy the Figure with Its Sou&amp;rce</translation>
    </message>
    <message>
        <location filename="../app/ui/navigationactions.cpp" line="192"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <location filename="../app/ui/navigationactions.cpp" line="194"/>
        <source>The figure the reader is at: the last one shown, clicked or chosen in the table.</source>
        <translation>The figure the reader is at: the last one shown, clicked or chosen in the table.</translation>
    </message>
    <message>
        <location filename="../app/ui/navigationactions.cpp" line="242"/>
        <source>the embedded report</source>
        <translation>the embedded report</translation>
    </message>
    <message>
        <location filename="../app/ui/navigationactions.cpp" line="244"/>
        <source>page %1, line %2</source>
        <translation>page %1, line %2</translation>
    </message>
    <message>
        <location filename="../app/ui/navigationactions.cpp" line="244"/>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <location filename="../app/ui/navigationactions.cpp" line="247"/>
        <location filename="../app/ui/navigationactions.cpp" line="249"/>
        <source>%1 — %2 — %3, %4, %5</source>
        <translation>%1 — %2 — %3, %4, %5</translation>
    </message>
    <message>
        <location filename="../app/ui/navigationactions.cpp" line="312"/>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <location filename="../app/ui/navigationactions.cpp" line="315"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../app/ui/navigationactions.cpp" line="315"/>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>NavigatorPanel</name>
    <message>
        <location filename="../app/ui/navigatorpanel.cpp" line="64"/>
        <source>All sections</source>
        <translation>All sections</translation>
    </message>
    <message>
        <location filename="../app/ui/navigatorpanel.cpp" line="65"/>
        <source>Show every section (clears the choice below)</source>
        <translation>Show every section (clears the choice below)</translation>
    </message>
    <message>
        <location filename="../app/ui/navigatorpanel.cpp" line="66"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../app/ui/navigatorpanel.cpp" line="67"/>
        <source>Choose one or several sections (Ctrl+click) to filter the text, the table and the charts</source>
        <translation>Choose one or several sections (Ctrl+click) to filter the text, the table and the charts</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../app/ui/printactions.cpp" line="42"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../app/ui/printactions.cpp" line="43"/>
        <source>Export as P&amp;DF…</source>
        <translation>Export as P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../app/ui/printactions.cpp" line="51"/>
        <source>The embedded report</source>
        <translation>The embedded report</translation>
    </message>
    <message>
        <location filename="../app/ui/printactions.cpp" line="58"/>
        <source>What to include</source>
        <translation>What to include</translation>
    </message>
    <message>
        <location filename="../app/ui/printactions.cpp" line="59"/>
        <source>The table of figures</source>
        <translation>The table of figures</translation>
    </message>
    <message>
        <location filename="../app/ui/printactions.cpp" line="60"/>
        <source>The charts</source>
        <translation>The charts</translation>
    </message>
    <message>
        <location filename="../app/ui/printactions.cpp" line="109"/>
        <source>Print Preview — %1</source>
        <translation>Print Preview — %1</translation>
    </message>
    <message>
        <location filename="../app/ui/printactions.cpp" line="130"/>
        <location filename="../app/ui/printactions.cpp" line="137"/>
        <source>Export as PDF</source>
        <translation>Export as PDF</translation>
    </message>
    <message>
        <location filename="../app/ui/printactions.cpp" line="132"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/ui/printactions.cpp" line="136"/>
        <source>Writing the PDF…</source>
        <translation>Writing the PDF…</translation>
    </message>
    <message>
        <location filename="../app/ui/printactions.cpp" line="136"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../app/ui/printactions.cpp" line="146"/>
        <source>Writing page %1 of %2…</source>
        <translation>Writing page %1 of %2…</translation>
    </message>
    <message>
        <location filename="../app/ui/printactions.cpp" line="152"/>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../app/ui/printactions.cpp" line="152"/>
        <source>The PDF could not be written to %1: %2</source>
        <translation>The PDF could not be written to %1: %2</translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <location filename="../app/ui/readingpane.cpp" line="129"/>
        <source>No matches</source>
        <translation>No matches</translation>
    </message>
    <message>
        <location filename="../app/ui/readingpane.cpp" line="131"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../app/ui/readingpane.cpp" line="145"/>
        <source>Part %1 of %2</source>
        <translation>Part %1 of %2</translation>
    </message>
    <message>
        <location filename="../app/ui/readingpane.cpp" line="146"/>
        <source>Part %1 of %2: %3</source>
        <translation>Part %1 of %2: %3</translation>
    </message>
    <message>
        <location filename="../app/ui/readingpane.cpp" line="162"/>
        <source>Figures by category:</source>
        <translation>Figures by category:</translation>
    </message>
    <message>
        <location filename="../app/ui/readingpane.cpp" line="172"/>
        <source>Find in the report…</source>
        <translation>Find in the report…</translation>
    </message>
    <message>
        <location filename="../app/ui/readingpane.cpp" line="173"/>
        <source>Find in the report</source>
        <translation>Find in the report</translation>
    </message>
    <message>
        <location filename="../app/ui/readingpane.cpp" line="174"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Previous match (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../app/ui/readingpane.cpp" line="175"/>
        <source>Previous match</source>
        <translation>Previous match</translation>
    </message>
    <message>
        <location filename="../app/ui/readingpane.cpp" line="176"/>
        <source>Next match (Enter)</source>
        <translation>Next match (Enter)</translation>
    </message>
    <message>
        <location filename="../app/ui/readingpane.cpp" line="177"/>
        <source>Next match</source>
        <translation>Next match</translation>
    </message>
    <message>
        <location filename="../app/ui/readingpane.cpp" line="178"/>
        <source>Close the search bar (Esc)</source>
        <translation>Close the search bar (Esc)</translation>
    </message>
    <message>
        <location filename="../app/ui/readingpane.cpp" line="179"/>
        <source>Close search</source>
        <translation>Close search</translation>
    </message>
    <message>
        <location filename="../app/ui/readingpane.cpp" line="181"/>
        <source>Previous part of the report</source>
        <translation>Previous part of the report</translation>
    </message>
    <message>
        <location filename="../app/ui/readingpane.cpp" line="182"/>
        <source>Previous part</source>
        <translation>Previous part</translation>
    </message>
    <message>
        <location filename="../app/ui/readingpane.cpp" line="183"/>
        <source>Next part of the report</source>
        <translation>Next part of the report</translation>
    </message>
    <message>
        <location filename="../app/ui/readingpane.cpp" line="184"/>
        <source>Next part</source>
        <translation>Next part</translation>
    </message>
    <message>
        <location filename="../app/ui/readingpane.cpp" line="185"/>
        <source>The report is long: it is shown a part at a time</source>
        <translation>The report is long: it is shown a part at a time</translation>
    </message>
    <message>
        <location filename="../app/ui/readingpane.cpp" line="186"/>
        <source>Part of the report</source>
        <translation>Part of the report</translation>
    </message>
</context>
<context>
    <name>ReadingView</name>
    <message>
        <location filename="../app/ui/readingview.cpp" line="51"/>
        <source>Report text</source>
        <translation>Report text</translation>
    </message>
    <message>
        <location filename="../app/ui/readingview.cpp" line="52"/>
        <source>The report with its figures highlighted by category</source>
        <translation>The report with its figures highlighted by category</translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message>
        <location filename="../app/ui/chartfactory.cpp" line="107"/>
        <location filename="../app/ui/chartfactory.cpp" line="271"/>
        <source>As stated</source>
        <translation>As stated</translation>
    </message>
    <message>
        <location filename="../app/ui/chartfactory.cpp" line="107"/>
        <source>More than stated (超, 余, 以上)</source>
        <translation>More than stated (超, 余, 以上)</translation>
    </message>
    <message>
        <location filename="../app/ui/chartfactory.cpp" line="107"/>
        <source>About (约, 近, 左右)</source>
        <translation>About (约, 近, 左右)</translation>
    </message>
    <message>
        <location filename="../app/ui/chartfactory.cpp" line="108"/>
        <source>Less than stated (不到, 以内)</source>
        <translation>Less than stated (不到, 以内)</translation>
    </message>
    <message>
        <location filename="../app/ui/chartfactory.cpp" line="108"/>
        <source>Computed, not stated</source>
        <translation>Computed, not stated</translation>
    </message>
    <message>
        <location filename="../app/ui/chartfactory.cpp" line="182"/>
        <source>figures</source>
        <translation>figures</translation>
    </message>
    <message>
        <location filename="../app/ui/chartfactory.cpp" line="200"/>
        <source>(computed)</source>
        <translation>(computed)</translation>
    </message>
    <message>
        <location filename="../app/ui/chartfactory.cpp" line="239"/>
        <source>computed, not stated</source>
        <translation>computed, not stated</translation>
    </message>
    <message>
        <location filename="../app/ui/chartfactory.cpp" line="241"/>
        <source>more than stated</source>
        <translation>more than stated</translation>
    </message>
    <message>
        <location filename="../app/ui/chartfactory.cpp" line="242"/>
        <source>about</source>
        <translation>about</translation>
    </message>
    <message>
        <location filename="../app/ui/chartfactory.cpp" line="243"/>
        <source>less than stated</source>
        <translation>less than stated</translation>
    </message>
    <message>
        <location filename="../app/ui/chartfactory.cpp" line="246"/>
        <source>as stated</source>
        <translation>as stated</translation>
    </message>
    <message>
        <location filename="../app/ui/chartfactory.cpp" line="253"/>
        <source>Computed: %1 = %2</source>
        <translation>Computed: %1 = %2</translation>
    </message>
    <message>
        <location filename="../app/ui/chartfactory.cpp" line="255"/>
        <source>Stated: %1 (%2)</source>
        <translation>Stated: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/ui/chartfactory.cpp" line="108"/>
        <location filename="../app/ui/chartfactory.cpp" line="271"/>
        <source>Target or plan</source>
        <translation>Target or plan</translation>
    </message>
    <message>
        <location filename="../app/ui/chartfactory.cpp" line="271"/>
        <source>Reads as</source>
        <translation>Reads as</translation>
    </message>
    <message>
        <location filename="../app/ui/chartfactory.cpp" line="278"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ReportPrinter</name>
    <message>
        <location filename="../app/ui/reportprinter.cpp" line="98"/>
        <source>The figures of the report</source>
        <translation>The figures of the report</translation>
    </message>
    <message>
        <location filename="../app/ui/reportprinter.cpp" line="263"/>
        <source>Stopped before the end: no PDF was written.</source>
        <translation>Stopped before the end: no PDF was written.</translation>
    </message>
    <message>
        <location filename="../app/ui/printtables.cpp" line="237"/>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../app/ui/printtables.cpp" line="237"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../app/ui/printtables.cpp" line="238"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../app/ui/printtables.cpp" line="237"/>
        <source>What it counts</source>
        <translation>What it counts</translation>
    </message>
    <message>
        <location filename="../app/ui/printtables.cpp" line="237"/>
        <source>Hedge</source>
        <translation>Hedge</translation>
    </message>
    <message>
        <location filename="../app/ui/printtables.cpp" line="237"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../app/ui/printtables.cpp" line="241"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../app/ui/printtables.cpp" line="245"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../app/ui/printtables.cpp" line="271"/>
        <source>%1 (uncertain: OCR)</source>
        <translation>%1 (uncertain: OCR)</translation>
    </message>
    <message>
        <location filename="../app/ui/reportprinter.cpp" line="116"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>RepresentativeModel</name>
    <message>
        <location filename="../app/lib/representativemodel.cpp" line="77"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/lib/representativemodel.cpp" line="78"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../app/lib/representativemodel.cpp" line="79"/>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
</context>
<context>
    <name>RepresentativePanel</name>
    <message>
        <location filename="../app/ui/representativepanel.cpp" line="64"/>
        <location filename="../app/ui/representativepanel.cpp" line="67"/>
        <source>Representatives</source>
        <translation>Representatives</translation>
    </message>
    <message>
        <location filename="../app/ui/representativepanel.cpp" line="65"/>
        <source>Filter by name, role, organisation or pinyin…</source>
        <translation>Filter by name, role, organisation or pinyin…</translation>
    </message>
    <message>
        <location filename="../app/ui/representativepanel.cpp" line="66"/>
        <source>Filter representatives</source>
        <translation>Filter representatives</translation>
    </message>
</context>
<context>
    <name>SectionTreeModel</name>
    <message numerus="yes">
        <location filename="../app/lib/sectiontreemodel.cpp" line="89"/>
        <source>%1 · lines %2–%3 · %n figure(s)</source>
        <translation>
            <numerusform>%1 · lines %2–%3 · %n figure</numerusform>
            <numerusform>%1 · lines %2–%3 · %n figures</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/lib/sectiontreemodel.cpp" line="106"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../app/lib/sectiontreemodel.cpp" line="106"/>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="249"/>
        <source>Series: %1</source>
        <translation>Series: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/figurecomparison.cpp" line="250"/>
        <source>%1 across the library&apos;s reports: %n figure(s), results and targets by year. Double-click a row to open its report at the figure.</source>
        <translation>
            <numerusform>%1 across the library&apos;s reports: %n figure, results and targets by year. Double-click a row to open its report at the figure.</numerusform>
            <numerusform>%1 across the library&apos;s reports: %n figures, results and targets by year. Double-click a row to open its report at the figure.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="253"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="253"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="253"/>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="253"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="253"/>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="253"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="253"/>
        <source>Sentence</source>
        <translation>Sentence</translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="253"/>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <location filename="../app/ui/figurecomparison.cpp" line="277"/>
        <source>series-%1</source>
        <translation>series-%1</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <location filename="../app/lib/tableexport.cpp" line="38"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location filename="../app/lib/tableexport.cpp" line="38"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../app/lib/tableexport.cpp" line="38"/>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <location filename="../app/lib/tableexport.cpp" line="38"/>
        <source>value_max</source>
        <translation>value_max</translation>
    </message>
    <message>
        <location filename="../app/lib/tableexport.cpp" line="38"/>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <location filename="../app/lib/tableexport.cpp" line="39"/>
        <source>qualifier</source>
        <translation>qualifier</translation>
    </message>
    <message>
        <location filename="../app/lib/tableexport.cpp" line="39"/>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <location filename="../app/lib/tableexport.cpp" line="39"/>
        <source>change</source>
        <translation>change</translation>
    </message>
    <message>
        <location filename="../app/lib/tableexport.cpp" line="39"/>
        <source>label</source>
        <translation>label</translation>
    </message>
    <message>
        <location filename="../app/lib/tableexport.cpp" line="39"/>
        <source>table_column</source>
        <translation>table_column</translation>
    </message>
    <message>
        <location filename="../app/lib/tableexport.cpp" line="40"/>
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <location filename="../app/lib/tableexport.cpp" line="40"/>
        <source>period</source>
        <translation>period</translation>
    </message>
    <message>
        <location filename="../app/lib/tableexport.cpp" line="41"/>
        <source>section</source>
        <translation>section</translation>
    </message>
    <message>
        <location filename="../app/lib/tableexport.cpp" line="41"/>
        <source>section_title</source>
        <translation>section_title</translation>
    </message>
    <message>
        <location filename="../app/lib/tableexport.cpp" line="41"/>
        <source>line</source>
        <translation>line</translation>
    </message>
    <message>
        <location filename="../app/lib/tableexport.cpp" line="41"/>
        <source>column</source>
        <translation>column</translation>
    </message>
    <message>
        <location filename="../app/lib/tableexport.cpp" line="41"/>
        <source>page</source>
        <translation>page</translation>
    </message>
    <message>
        <location filename="../app/lib/tableexport.cpp" line="42"/>
        <source>ocr_confidence</source>
        <translation>ocr_confidence</translation>
    </message>
    <message>
        <location filename="../app/lib/tableexport.cpp" line="42"/>
        <source>uncertain</source>
        <translation>uncertain</translation>
    </message>
    <message>
        <location filename="../app/lib/tableexport.cpp" line="70"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../app/lib/texts.cpp" line="18"/>
        <source>exact</source>
        <translation>exact</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="19"/>
        <source>more than (lower bound)</source>
        <translation>more than (lower bound)</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="20"/>
        <source>about</source>
        <translation>about</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="21"/>
        <source>less than (upper bound)</source>
        <translation>less than (upper bound)</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="29"/>
        <source>exact</source>
        <comment>qualifier, short</comment>
        <translation>exact</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="30"/>
        <source>over</source>
        <comment>qualifier, short</comment>
        <translation>over</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="31"/>
        <source>about</source>
        <comment>qualifier, short</comment>
        <translation>about</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="32"/>
        <source>under</source>
        <comment>qualifier, short</comment>
        <translation>under</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="40"/>
        <location filename="../app/lib/texts.cpp" line="145"/>
        <source>people</source>
        <translation>people</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="41"/>
        <source>money</source>
        <translation>money</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="42"/>
        <source>percent</source>
        <translation>percent</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="43"/>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="51"/>
        <source>increase</source>
        <translation>increase</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="52"/>
        <source>decrease</source>
        <translation>decrease</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="61"/>
        <source>heading</source>
        <translation>heading</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="62"/>
        <source>kicker</source>
        <translation>kicker</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="63"/>
        <source>subtitle</source>
        <translation>subtitle</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="64"/>
        <source>byline</source>
        <translation>byline</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="65"/>
        <source>paragraph</source>
        <translation>paragraph</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="66"/>
        <source>item</source>
        <translation>item</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="67"/>
        <source>caption</source>
        <translation>caption</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="68"/>
        <source>credit</source>
        <translation>credit</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="69"/>
        <source>speaker</source>
        <translation>speaker</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="70"/>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="78"/>
        <source>article</source>
        <translation>article</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="79"/>
        <source>profiles</source>
        <translation>profiles</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="80"/>
        <source>messages</source>
        <translation>messages</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="81"/>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="90"/>
        <source>The file does not exist.</source>
        <translation>The file does not exist.</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="91"/>
        <source>The file could not be read (it is a folder, or permission is denied).</source>
        <translation>The file could not be read (it is a folder, or permission is denied).</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="92"/>
        <source>The file is empty: it contains no text.</source>
        <translation>The file is empty: it contains no text.</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="93"/>
        <source>This is not a text file: it contains binary data.</source>
        <translation>This is not a text file: it contains binary data.</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="95"/>
        <source>The file is too large: %1 MB (the limit is %2 MB).</source>
        <translation>The file is too large: %1 MB (the limit is %2 MB).</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="97"/>
        <source>Reading the report was cancelled.</source>
        <translation>Reading the report was cancelled.</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="98"/>
        <source>The document is protected by a password.</source>
        <translation>The document is protected by a password.</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="101"/>
        <source>The document is damaged or incomplete and cannot be read.</source>
        <translation>The document is damaged or incomplete and cannot be read.</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="103"/>
        <source>This kind of document cannot be read. A legacy Word (.doc) or WPS file can be saved as .docx in Word or WPS, or converted with LibreOffice.</source>
        <translation>This kind of document cannot be read. A legacy Word (.doc) or WPS file can be saved as .docx in Word or WPS, or converted with LibreOffice.</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="111"/>
        <source>The document unpacks to more than the limit of %1 MB: it is refused (a damaged or hostile file?).</source>
        <translation>The document unpacks to more than the limit of %1 MB: it is refused (a damaged or hostile file?).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/lib/texts.cpp" line="119"/>
        <source>Line %1: %n invalid byte sequence(s) replaced by �.</source>
        <translation>
            <numerusform>Line %1: %n invalid byte sequence replaced by �.</numerusform>
            <numerusform>Line %1: %n invalid byte sequences replaced by �.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/lib/texts.cpp" line="120"/>
        <source>Invalid byte sequences on %n more line(s).</source>
        <translation>
            <numerusform>Invalid byte sequences on %n more line.</numerusform>
            <numerusform>Invalid byte sequences on %n more lines.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="121"/>
        <source>Line %1: the text ends inside a character (a truncated file?).</source>
        <translation>Line %1: the text ends inside a character (a truncated file?).</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="122"/>
        <source>The encoding was guessed: the file has no byte-order mark and is not UTF-8.</source>
        <translation>The encoding was guessed: the file has no byte-order mark and is not UTF-8.</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="123"/>
        <source>Line %1: the paragraph continues at line %2, after a caption.</source>
        <translation>Line %1: the paragraph continues at line %2, after a caption.</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="124"/>
        <source>Line %1: the paragraph continues at line %2, after a column break.</source>
        <translation>Line %1: the paragraph continues at line %2, after a column break.</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="125"/>
        <source>Line %1 is very long: figures past its first %2 characters were not looked for.</source>
        <translation>Line %1 is very long: figures past its first %2 characters were not looked for.</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="126"/>
        <source>The report has no headings: it is read as one section.</source>
        <translation>The report has no headings: it is read as one section.</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="136"/>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="145"/>
        <source>yuan</source>
        <translation>yuan</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="145"/>
        <source>US dollars</source>
        <translation>US dollars</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="146"/>
        <source>person-times</source>
        <translation>person-times</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="146"/>
        <source>households</source>
        <translation>households</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="146"/>
        <source>firms</source>
        <translation>firms</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="147"/>
        <source>tonnes</source>
        <translation>tonnes</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="147"/>
        <source>mu</source>
        <translation>mu</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="147"/>
        <source>hectares</source>
        <translation>hectares</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="148"/>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="148"/>
        <source>m²</source>
        <translation>m²</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="149"/>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="149"/>
        <source>vehicles</source>
        <translation>vehicles</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="149"/>
        <source>items</source>
        <translation>items</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="150"/>
        <source>percentage points</source>
        <translation>percentage points</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="150"/>
        <source>years of age</source>
        <translation>years of age</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="173"/>
        <source>its own clause</source>
        <translation>its own clause</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="174"/>
        <source>a name given once for several figures</source>
        <translation>a name given once for several figures</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="175"/>
        <source>an earlier sentence of its paragraph</source>
        <translation>an earlier sentence of its paragraph</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="176"/>
        <source>its row in the table</source>
        <translation>its row in the table</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="177"/>
        <source>nothing in the text</source>
        <translation>nothing in the text</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="246"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="247"/>
        <source>Qualifier</source>
        <translation>Qualifier</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="249"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="250"/>
        <source>Counts</source>
        <translation>Counts</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="264"/>
        <source>Read by OCR</source>
        <translation>Read by OCR</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="264"/>
        <source>%1 % sure — check it against the scan</source>
        <translation>%1 % sure — check it against the scan</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="265"/>
        <source>%1 % sure</source>
        <translation>%1 % sure</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="268"/>
        <source>The scan shows:</source>
        <translation>The scan shows:</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="184"/>
        <location filename="../app/lib/texts.cpp" line="189"/>
        <source>(not named)</source>
        <translation>(not named)</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="100"/>
        <source>No text was found in the document, even by OCR: its pages are blank, or images too unclear to read.</source>
        <translation>No text was found in the document, even by OCR: its pages are blank, or images too unclear to read.</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="252"/>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="254"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="255"/>
        <source>Named by</source>
        <translation>Named by</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="256"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="258"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="259"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="261"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../app/lib/texts.cpp" line="262"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../app/cli.cpp" line="38"/>
        <source>reportlens: %1
</source>
        <translation>reportlens: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="465"/>
        <source>ReportLens: read Chinese work reports together with their statistics.
Without options, opens FILE (or the embedded sample report) in a window.</source>
        <translation>ReportLens: read Chinese work reports together with their statistics.
Without options, opens FILE (or the embedded sample report) in a window.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="150"/>
        <source>Print the report&apos;s model (sections, blocks, representatives, indicators, derived figures, warnings) as JSON and exit.</source>
        <translation>Print the report&apos;s model (sections, blocks, representatives, indicators, derived figures, warnings) as JSON and exit.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="43"/>
        <source>Save a PNG of the window (opened on FILE) and exit.</source>
        <translation>Save a PNG of the window (opened on FILE) and exit.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="45"/>
        <source>With --screenshot: the window&apos;s size, WxH (default 1280x800).</source>
        <translation>With --screenshot: the window&apos;s size, WxH (default 1280x800).</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="47"/>
        <source>With --screenshot: the side tab to show, figures or charts.</source>
        <translation>With --screenshot: the side tab to show, figures or charts.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="50"/>
        <source>With --screenshot: scroll the text to figure N (its id in --json) first.</source>
        <translation>With --screenshot: scroll the text to figure N (its id in --json) first.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="53"/>
        <source>With --screenshot: picture another window instead: library, compare or series.</source>
        <translation>With --screenshot: picture another window instead: library, compare or series.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="56"/>
        <source>With --screenshot-window: the library to show (an SQLite file).</source>
        <translation>With --screenshot-window: the library to show (an SQLite file).</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="58"/>
        <source>With --screenshot-window: what to search (library), the report to compare FILE with (compare) or the figure to follow (series).</source>
        <translation>With --screenshot-window: what to search (library), the report to compare FILE with (compare) or the figure to follow (series).</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="62"/>
        <source>Print &apos;first-paint&apos; and exit once the window has painted (start-up timing).</source>
        <translation>Print &apos;first-paint&apos; and exit once the window has painted (start-up timing).</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="153"/>
        <source>Refuse files larger than BYTES (default 67108864, 64 MiB).</source>
        <translation>Refuse files larger than BYTES (default 67108864, 64 MiB).</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="161"/>
        <source>With --export-charts: pixels per point, N (default 1; 2 for sharp images).</source>
        <translation>With --export-charts: pixels per point, N (default 1; 2 for sharp images).</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="164"/>
        <source>With --export-charts: the images&apos; width in pixels (instead of --scale).</source>
        <translation>With --export-charts: the images&apos; width in pixels (instead of --scale).</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="166"/>
        <source>With --export-charts: write SVG drawings too.</source>
        <translation>With --export-charts: write SVG drawings too.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="172"/>
        <source>With --export-charts: only the charts of section ID (s1, s2, …: the JSON&apos;s section ids) and the sections within it.</source>
        <translation>With --export-charts: only the charts of section ID (s1, s2, …: the JSON&apos;s section ids) and the sections within it.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="176"/>
        <source>Write the table of figures as CSV (UTF-8 with BOM) to PATH and exit.</source>
        <translation>Write the table of figures as CSV (UTF-8 with BOM) to PATH and exit.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="179"/>
        <source>The language of messages, chart titles, numbers and CSV headers: zh_CN or en (default: the system&apos;s; CSV headers then in English). The JSON is the same in every language.</source>
        <translation>The language of messages, chart titles, numbers and CSV headers: zh_CN or en (default: the system&apos;s; CSV headers then in English). The JSON is the same in every language.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="184"/>
        <source>Write the annotated report (title, sections, every figure marked, the table of figures; page numbers) as a PDF to PATH and exit.</source>
        <translation>Write the annotated report (title, sections, every figure marked, the table of figures; page numbers) as a PDF to PATH and exit.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="187"/>
        <source>With --export-pdf: the charts too.</source>
        <translation>With --export-pdf: the charts too.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="250"/>
        <source>--kinds: no kind &quot;%1&quot;; the kinds are %2</source>
        <translation>--kinds: no kind &quot;%1&quot;; the kinds are %2</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="260"/>
        <source>--section: the report has no section &quot;%1&quot; (its sections: s1 to s%2)</source>
        <translation>--section: the report has no section &quot;%1&quot; (its sections: s1 to s%2)</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="314"/>
        <source>A report: PDF, Word (.docx), a web page (.html), a page image read by OCR (.png, .jpg, .tif) or plain text (.txt, .md: UTF-8, UTF-16 or GB18030).</source>
        <translation>A report: PDF, Word (.docx), a web page (.html), a page image read by OCR (.png, .jpg, .tif) or plain text (.txt, .md: UTF-8, UTF-16 or GB18030).</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="389"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="394"/>
        <source>Arguments:</source>
        <translation>Arguments:</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="427"/>
        <source>reading…</source>
        <translation>reading…</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="478"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="479"/>
        <source>Show this help and exit.</source>
        <translation>Show this help and exit.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="480"/>
        <source>Show the version and exit.</source>
        <translation>Show the version and exit.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="482"/>
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="483"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="486"/>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="487"/>
        <source>Screenshots</source>
        <translation>Screenshots</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="498"/>
        <source>--max-size takes a positive number of bytes</source>
        <translation>--max-size takes a positive number of bytes</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="507"/>
        <source>one FILE at most</source>
        <translation>one FILE at most</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="141"/>
        <location filename="../app/cli.cpp" line="442"/>
        <source>(embedded report)</source>
        <translation>(embedded report)</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="156"/>
        <source>Write every chart as a PNG into folder DIR, with charts.json (what each shows) and index.html (a page to browse them), print the paths and exit.</source>
        <translation>Write every chart as a PNG into folder DIR, with charts.json (what each shows) and index.html (a page to browse them), print the paths and exit.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="168"/>
        <source>With --export-charts: only charts of these kinds, comma-separated (before-now, rates, levels, shares, targets, members, by-section).</source>
        <translation>With --export-charts: only charts of these kinds, comma-separated (before-now, rates, levels, shares, targets, members, by-section).</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="242"/>
        <source>--scale takes a number from 0.25 to 8, --width a width in pixels</source>
        <translation>--scale takes a number from 0.25 to 8, --width a width in pixels</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="274"/>
        <source>no chart to write</source>
        <translation>no chart to write</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="286"/>
        <location filename="../app/clilibrary.cpp" line="325"/>
        <source>could not write the output</source>
        <translation>could not write the output</translation>
    </message>
    <message>
        <location filename="../app/clilibrary.cpp" line="58"/>
        <source>Compare two reports of one series: pass OLD and NEW as files; prints the figures both state, paired, with the change (with --json, as JSON).</source>
        <translation>Compare two reports of one series: pass OLD and NEW as files; prints the figures both state, paired, with the change (with --json, as JSON).</translation>
    </message>
    <message>
        <location filename="../app/clilibrary.cpp" line="60"/>
        <source>The library of reports to use: an SQLite file DB (default: the user&apos;s library).</source>
        <translation>The library of reports to use: an SQLite file DB (default: the user&apos;s library).</translation>
    </message>
    <message>
        <location filename="../app/clilibrary.cpp" line="62"/>
        <source>Add the FILEs (and the reports in FOLDERs) to the library; a file added again is read again only when it changed.</source>
        <translation>Add the FILEs (and the reports in FOLDERs) to the library; a file added again is read again only when it changed.</translation>
    </message>
    <message>
        <location filename="../app/clilibrary.cpp" line="63"/>
        <source>List the reports in the library.</source>
        <translation>List the reports in the library.</translation>
    </message>
    <message>
        <location filename="../app/clilibrary.cpp" line="64"/>
        <source>Search the library&apos;s text for QUERY (words separated by spaces; Traditional or Simplified).</source>
        <translation>Search the library&apos;s text for QUERY (words separated by spaces; Traditional or Simplified).</translation>
    </message>
    <message>
        <location filename="../app/clilibrary.cpp" line="66"/>
        <source>Follow the figure named LABEL across the library&apos;s reports, by year.</source>
        <translation>Follow the figure named LABEL across the library&apos;s reports, by year.</translation>
    </message>
    <message>
        <location filename="../app/clilibrary.cpp" line="68"/>
        <source>With --search: at most N hits (default 50, at most 1000).</source>
        <translation>With --search: at most N hits (default 50, at most 1000).</translation>
    </message>
    <message>
        <location filename="../app/clilibrary.cpp" line="70"/>
        <source>With --search: skip the first N hits (the next page).</source>
        <translation>With --search: skip the first N hits (the next page).</translation>
    </message>
    <message>
        <location filename="../app/clilibrary.cpp" line="72"/>
        <source>With --list or --search: only the reports of YEAR.</source>
        <translation>With --list or --search: only the reports of YEAR.</translation>
    </message>
    <message>
        <location filename="../app/clilibrary.cpp" line="74"/>
        <source>With --list or --search: only the reports of KIND (work-report, statistical-communique, union-report, news, other).</source>
        <translation>With --list or --search: only the reports of KIND (work-report, statistical-communique, union-report, news, other).</translation>
    </message>
    <message>
        <location filename="../app/clilibrary.cpp" line="139"/>
        <source>--kind takes one of: work-report, statistical-communique, union-report, news, other</source>
        <translation>--kind takes one of: work-report, statistical-communique, union-report, news, other</translation>
    </message>
    <message>
        <location filename="../app/clilibrary.cpp" line="77"/>
        <source>With --list or --search: only the reports whose issuer holds WORDS.</source>
        <translation>With --list or --search: only the reports whose issuer holds WORDS.</translation>
    </message>
    <message>
        <location filename="../app/clilibrary.cpp" line="109"/>
        <source>--compare takes two files and no library action</source>
        <translation>--compare takes two files and no library action</translation>
    </message>
    <message>
        <location filename="../app/clilibrary.cpp" line="112"/>
        <source>the library needs an action: --add, --list, --search or --series</source>
        <translation>the library needs an action: --add, --list, --search or --series</translation>
    </message>
    <message>
        <location filename="../app/clilibrary.cpp" line="114"/>
        <source>files go with --add (or --compare): %1</source>
        <translation>files go with --add (or --compare): %1</translation>
    </message>
    <message>
        <location filename="../app/clilibrary.cpp" line="116"/>
        <source>--limit and --offset go with --search</source>
        <translation>--limit and --offset go with --search</translation>
    </message>
    <message>
        <location filename="../app/clilibrary.cpp" line="118"/>
        <source>--year, --kind and --issuer go with --list or --search</source>
        <translation>--year, --kind and --issuer go with --list or --search</translation>
    </message>
    <message>
        <location filename="../app/clilibrary.cpp" line="120"/>
        <source>--limit takes a number from 1 to 1000</source>
        <translation>--limit takes a number from 1 to 1000</translation>
    </message>
    <message>
        <location filename="../app/clilibrary.cpp" line="122"/>
        <source>--offset takes a number of hits, 0 or more</source>
        <translation>--offset takes a number of hits, 0 or more</translation>
    </message>
    <message>
        <location filename="../app/clilibrary.cpp" line="132"/>
        <source>--year takes a year (such as 2024)</source>
        <translation>--year takes a year (such as 2024)</translation>
    </message>
    <message>
        <location filename="../app/clilibrary.cpp" line="151"/>
        <source>--compare takes two reports: OLD NEW</source>
        <translation>--compare takes two reports: OLD NEW</translation>
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
        <translation> points</translation>
    </message>
    <message>
        <location filename="../app/clilibrary.cpp" line="184"/>
        <location filename="../app/clilibrary.cpp" line="282"/>
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <location filename="../app/clilibrary.cpp" line="184"/>
        <location filename="../app/clilibrary.cpp" line="283"/>
        <source>result</source>
        <translation>result</translation>
    </message>
    <message>
        <location filename="../app/clilibrary.cpp" line="192"/>
        <source>--add takes the files or folders to add</source>
        <translation>--add takes the files or folders to add</translation>
    </message>
    <message>
        <location filename="../app/clilibrary.cpp" line="220"/>
        <source>%1 added, %2 read again, %3 unchanged, %4 failed
</source>
        <translation>%1 added, %2 read again, %3 unchanged, %4 failed
</translation>
    </message>
    <message>
        <location filename="../app/clilibrary.cpp" line="242"/>
        <source>	(missing)</source>
        <translation>	(missing)</translation>
    </message>
    <message>
        <location filename="../app/clilibrary.cpp" line="262"/>
        <source>hits %1–%2 of %3
</source>
        <translation>hits %1–%2 of %3
</translation>
    </message>
    <message>
        <location filename="../app/clilibrary.cpp" line="286"/>
        <source>%1, change</source>
        <translation>%1, change</translation>
    </message>
</context>
</TS>
