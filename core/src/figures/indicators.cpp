// The figures of a document, block by block: candidates found where numbers start, their sentences,
// lists sharing a verb or subjects, labels, positions and years, then targets and derived figures.
// Each step is a function; extractBlock() runs them in order for one block.
#include "figures/indicators.h"

#include "figures/candidates.h"
#include "figures/derived.h"
#include "figures/labels.h"
#include "figures/lists.h"
#include "figures/periods.h"
#include "figures/tables.h"
#include "figures/years.h"
#include "progress.h"
#include "text/lexicon.h"

#include <algorithm>

namespace reportcore {

namespace {

using text::u32;
using text::u32v;

bool isMinus(char32_t c) { return c == '-' || c == 0x2212 || c == 0xFF0D; }

bool hasSentenceEnd(u32v t, std::size_t from, std::size_t to)
{
    for (std::size_t i = from; i < to; ++i)
        if (text::isSentenceEnd(t[i]))
            return true;
    return false;
}

std::size_t sentenceStart(u32v t, std::size_t pos)
{
    while (pos > 0 && !text::isSentenceEnd(t[pos - 1]))
        --pos;
    return pos;
}

/** What the blocks' passes reuse from one block to the next (one allocation for the document). */
struct Scratch {
    u32 squeezed;
    std::vector<std::size_t> origin;
    std::vector<char> inName;
    std::vector<Candidate> found;
    std::vector<std::size_t> sentenceOf;
    std::vector<u32> listLabel;
    std::vector<std::size_t> listFirst, listFrom;
    std::vector<FigureSpan> spans;
    std::vector<ListedFigure> listed;
    std::vector<PeriodMark> periods;
};

/** The figures of `t` from `first` on (the first place one may start). */
void findCandidates(u32v t, std::size_t first, Scratch &s)
{
    const FigureStarts &starts = figureStarts();
    auto mayStartFigure = [&starts](u32v text, std::size_t i) {
        return starts.has(text[i]) && mayStartFigureAt(text, i);
    };
    nameSpans(t, s.inName);
    s.found.clear();
    for (std::size_t i = first; i < t.size();) {
        if (!mayStartFigure(t, i)) {
            ++i;
            continue;
        }
        Candidate c;
        std::size_t skipTo = i + 1;
        if (readFigure(t, i, s.inName, c, skipTo)) {
            // 自然增长率-0.57‰: a minus sign right after a word is the figure's sign (after a
            // digit it joins a range, 2017-2023).
            if (c.begin == c.numBegin && c.begin >= 2 && isMinus(t[c.begin - 1]) && !text::isDigit(t[c.begin - 2])
                && !isMinus(t[c.begin - 2]) && c.change == Change::None) {
                --c.begin;
                c.value = -c.value;
                if (c.valueMax)
                    *c.valueMax = -*c.valueMax;
            }
            s.found.push_back(std::move(c));
        }
        // skip the rest of a digit run so "12345" is not read again from "2345"
        while (skipTo < t.size() && text::isDigit(t[skipTo]) && skipTo > i && text::isDigit(t[skipTo - 1]))
            ++skipTo;
        i = std::max(skipTo, i + 1);
    }
}

/** Where each figure's sentence starts: figures of one sentence are labelled and derived together. */
void findSentences(u32v t, Scratch &s)
{
    const std::vector<Candidate> &found = s.found;
    s.sentenceOf.assign(found.size(), 0);
    for (std::size_t k = 0; k < found.size(); ++k)
        s.sentenceOf[k] = k > 0 && !hasSentenceEnd(t, found[k - 1].begin, found[k].begin)
                              ? s.sentenceOf[k - 1]
                              : sentenceStart(t, found[k].begin);
}

/** Figures listed together (增长69.8%和15.4%): each joined to the one before by 和, 、, 及 or 与
 *  alone. They share the first's verb; with 分别 and as many subjects as figures
 *  (汽车、智能手机零售额分别增长…) each takes its subject, completed by the last one's last word
 *  (汽车零售额); else they share the first's label. */
void findLists(u32v t, Scratch &s)
{
    std::vector<Candidate> &found = s.found;
    s.listLabel.assign(found.size(), u32());
    s.listFirst.assign(found.size(), u32v::npos);
    s.listFrom.assign(found.size(), u32v::npos);
    if (found.size() <= 1)
        return;
    s.listed.resize(found.size());
    for (std::size_t k = 0; k < found.size(); ++k)
        s.listed[k] = {{found[k].begin, found[k].numBegin, found[k].numEnd, found[k].end}, found[k].category, found[k].change};
    if (listFigures(t, s.listed, s.sentenceOf, s.listLabel, s.listFirst, s.listFrom))
        for (std::size_t k = 0; k < found.size(); ++k)
            found[k].change = s.listed[k].change;
}

/** The label of figure `k`: its own, or what its list gives it. */
FigureLabel labelOf(const Document &doc, u32v t, const Scratch &s, std::size_t firstIndicator, std::size_t k,
                    const u32 &previousLabel)
{
    FigureLabel label = labelFor(t, s.found[k], previousLabel);
    auto shared = [&label](u32 text) {
        label.text = std::move(text);
        label.source = LabelSource::Shared;
    };
    if (!s.listLabel[k].empty())
        shared(s.listLabel[k]);
    else if (s.listFrom[k] != u32v::npos && !doc.indicators[firstIndicator + s.listFrom[k]].label.empty())
        shared(text::toUtf32(doc.indicators[firstIndicator + s.listFrom[k]].label));
    else if (s.listFirst[k] != u32v::npos && !label.share && !doc.indicators[firstIndicator + s.listFirst[k]].label.empty())
        shared(text::toUtf32(doc.indicators[firstIndicator + s.listFirst[k]].label));
    return label;
}

/** The indicator of candidate `c` of block `b`: its text as written, value, label, position, year. */
Indicator makeIndicator(const Document &doc, std::size_t b, u32v t, u32v written, const Scratch &s, bool squeezed,
                        const Candidate &c, FigureLabel &&label, std::optional<int> year, const std::vector<YearMark> &blockYears)
{
    const Block &block = doc.blocks[b];
    Indicator ind;
    ind.id = static_cast<int>(doc.indicators.size()) + 1;
    // Where the figure stands in the text as written (spaces and marks inside it included).
    const std::size_t begin = squeezed ? s.origin[c.begin] : c.begin;
    const std::size_t end = squeezed ? s.origin[c.end - 1] + 1 : c.end;
    ind.text = text::toUtf8(written.substr(begin, end - begin));
    ind.value = c.value;
    ind.valueMax = c.valueMax;
    ind.unit = text::toUtf8(c.unit);
    ind.qualifier = c.qualifier;
    ind.category = c.category;
    ind.change = c.change;
    ind.label = text::toUtf8(label.text);
    ind.labelSource = label.source;
    ind.period = text::toUtf8(periodOf(s.periods, c.begin));
    ind.section = block.section;
    ind.block = static_cast<int>(b);
    ind.members = countsMembersAt(t, c);
    ind.offset = static_cast<int>(begin);
    ind.length = static_cast<int>(end - begin);
    // Source position: the block line the figure starts on.
    std::size_t li = 0;
    while (li + 1 < block.lineOffsets.size() && block.lineOffsets[li + 1] <= ind.offset)
        ++li;
    ind.line = block.lines[li];
    ind.column = block.lineColumns[li] + ind.offset - block.lineOffsets[li];
    // Year: the nearest year before it in its block, else the year its section (or an
    // enclosing one) is titled with ("2024年工作回顾"), else the report's.
    ind.year = year;
    for (const YearMark &y : blockYears)
        if (y.offset < c.begin)
            ind.year = y.year;
    return ind;
}

/** The block's candidates as indicators, labelled sentence by sentence. A change whose clause names
 *  nothing but its period (前三季度增长4.8%) is a change of what the paragraph spoke of last. */
void addIndicators(Document &doc, std::size_t b, u32v t, u32v written, const Scratch &s, bool squeezed,
                   std::optional<int> year, const std::vector<YearMark> &blockYears)
{
    const std::size_t firstIndicator = doc.indicators.size();
    u32 previousLabel, paragraphLabel;
    LabelSource previousSource = LabelSource::Text;
    std::size_t previousSentence = u32v::npos;
    for (std::size_t k = 0; k < s.found.size(); ++k) {
        const std::size_t sentence = s.sentenceOf[k];
        if (sentence != previousSentence)
            previousLabel.clear();
        FigureLabel label = labelOf(doc, t, s, firstIndicator, k, previousLabel);
        if (label.source == LabelSource::Shared && label.text == previousLabel && previousSource == LabelSource::Context)
            label.source = LabelSource::Context; // shared with a figure that took it from an earlier sentence
        if (label.text.empty() && s.found[k].change != Change::None && !paragraphLabel.empty()
            && !periodOf(s.periods, s.found[k].begin).empty()) {
            label.text = paragraphLabel;
            label.source = LabelSource::Context;
        }
        if (!label.share && !label.text.empty()) {
            previousLabel = paragraphLabel = label.text;
            previousSource = label.source;
        }
        previousSentence = sentence;
        doc.indicators.push_back(makeIndicator(doc, b, t, written, s, squeezed, s.found[k], std::move(label), year, blockYears));
    }
}

/** Sections whose heading sets targets (二、今年发展的主要预期目标, 2025年重点任务), and their subsections:
 *  every figure in them is a target or a plan. */
std::vector<char> targetSections(const Document &doc)
{
    const Lexicon &lex = lexicon();
    // A section has a heading when its first block is one (an opening is named by its first words).
    std::vector<char> seen(doc.sections.size(), 0), headed(doc.sections.size(), 0);
    for (const Block &block : doc.blocks)
        if (block.section >= 0 && !seen[static_cast<std::size_t>(block.section)]) {
            seen[static_cast<std::size_t>(block.section)] = 1;
            headed[static_cast<std::size_t>(block.section)] = block.kind == BlockKind::Heading;
        }
    std::vector<char> targets(doc.sections.size(), 0);
    for (std::size_t s = 0; s < doc.sections.size(); ++s) {
        const Section &section = doc.sections[s];
        const u32 title = text::toUtf32(section.title);
        std::size_t length = 0;
        // Not an opening named by its first words, nor the report's own title (a news item's
        // "GDP预期目标5.5%如何实现" is its topic, not a scope).
        const bool heading = headed[s] && section.title != doc.title
                             && lex.targetHeading.findFirst(title, length) != u32::npos
                             && lex.targetHeadingNot.findFirst(title, length) == u32::npos;
        targets[s] = heading || (section.parent >= 0 && targets[static_cast<std::size_t>(section.parent)]);
    }
    return targets;
}

/** What the clauses say about the figures: derived levels, targets (their own clause's, or their
 *  section's: `inTargets`). */
void readClauses(Document &doc, u32v t, std::size_t firstIndicator, bool inTargets, Scratch &s)
{
    s.spans.resize(s.found.size());
    TargetScanner targets(t);
    for (std::size_t k = 0; k < s.found.size(); ++k) {
        const Candidate &c = s.found[k];
        s.spans[k] = {c.begin, c.numBegin, c.numEnd, c.end};
        doc.indicators[firstIndicator + k].target = targets.isTargetAt(c.begin) || inTargets;
    }
    deriveFigures(doc, t, firstIndicator, s.spans, s.sentenceOf);
}

/** The figures of one block of prose. */
void extractBlock(Document &doc, std::size_t b, u32v t, const ParseOptions &options, const SectionYears &years,
                  bool inTargets, std::vector<YearMark> &blockYears, Scratch &s)
{
    const Block &block = doc.blocks[b];
    if (t.size() > options.maxLineLength) {
        doc.diagnostics.push_back({DiagnosticCode::LongLine, block.lines.front(), 0,
                                   static_cast<int>(options.maxLineLength)});
        t = t.substr(0, options.maxLineLength);
    }
    const u32v written = t;
    const bool squeezed = squeezeLayout(written, s.squeezed, s.origin);
    if (squeezed) {
        t = s.squeezed;
        blockYears = findYears(t);
    }
    // Most blocks hold few numbers: find the first candidate before any other work.
    const FigureStarts &starts = figureStarts();
    std::size_t first = 0;
    while (first < t.size() && !(starts.has(t[first]) && mayStartFigureAt(t, first)))
        ++first;
    if (first == t.size())
        return;
    findCandidates(t, first, s);
    findSentences(t, s);
    findLists(t, s);
    s.periods = findPeriods(t);
    const std::size_t firstIndicator = doc.indicators.size();
    addIndicators(doc, b, t, written, s, squeezed, years.of(block.section), blockYears);
    readClauses(doc, t, firstIndicator, inTargets, s);
}

} // namespace

void extractIndicators(Document &doc, const BlockTexts &blockTexts, const ParseOptions &options)
{
    std::vector<std::vector<YearMark>> blockYears;
    const SectionYears years(doc, blockTexts.views, blockYears);
    const std::vector<char> inTargets = targetSections(doc);
    Scratch scratch;
    const Progress progress(options.progress, 500, 950);
    for (std::size_t b = 0; b < doc.blocks.size(); ++b) {
        progress.step(b, doc.blocks.size());
        const Block &block = doc.blocks[b];
        if (block.kind == BlockKind::Byline || block.kind == BlockKind::Credit)
            continue;
        if (block.kind == BlockKind::Table) {
            // A table's note of its unit stands in one of the two blocks before it.
            u32v note;
            for (std::size_t k = b; note.empty() && k-- > 0 && k + 2 >= b;)
                note = unitNoteIn(blockTexts[k]);
            extractTableFigures(doc, b, blockTexts[b], note, years.of(block.section));
            continue;
        }
        const bool targets = block.section >= 0 && inTargets[static_cast<std::size_t>(block.section)];
        extractBlock(doc, b, blockTexts[b], options, years, targets, blockYears[b], scratch);
    }
}

} // namespace reportcore
