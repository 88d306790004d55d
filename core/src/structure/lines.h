#pragma once
// The structure's first step: each line classified by its own form (a markdown or numbered heading,
// a kicker, a byline, a caption, a speaker, a table row …), refined by what a format reader knew of
// it; and the questions about a line's text the later passes ask.

#include "reportcore/read.h"
#include "text/text.h"

#include <vector>

namespace reportcore::structure {

enum class LineKind { Blank, Markdown, Numbered, Title, Kicker, Byline, Caption, Credit, Item, Speaker, Paragraph, TableRow, Subtitle, Profile, Furniture };

/** Nothing a reader reads: a blank line, or page furniture (— 3 —, 第3页, a footnote mark alone: [1]). */
inline bool isGap(LineKind kind) { return kind == LineKind::Blank || kind == LineKind::Furniture; }

struct LineInfo {
    LineKind kind = LineKind::Blank;
    text::u32v content;    // trimmed
    int column = 1;        // 1-based column where `content` starts
    bool introOnly = false;// a speaker's introduction with nothing said on its line (a profile follows)
    int level = 0;         // markdown: number of '#'; numbered: rank
    std::size_t marker = 0;// length of the heading marker removed from the text
    text::u32 leadTitle;   // a numbered paragraph's lead sentence, when it opens a section
    bool complete = false; // a reader says the line ends its paragraph
    bool joinNext = false; // a reader says its paragraph goes on in the next line
    int table = -1;        // a reader says the line is a row of this table
};

/** The line's kind by its own form alone. */
LineInfo classify(text::u32v raw);
/** What a format reader knew of the line overrules or refines what its form says. */
void applyHint(LineInfo &info, text::u32v raw, const LineHint &hint);

/** The lines of a text, classified, with what the passes over them share. */
struct Lines {
    const std::vector<text::u32v> &raw;
    const std::vector<LineHint> &hints; ///< one per line, or none (plain text)
    std::vector<LineInfo> info;
    std::size_t n = 0;
    bool hinted = false;
    bool anyMarkdown = false;
    int topLevel = 7; ///< the shallowest markdown heading (the report's titles), 7 when there is none

    /** The first line at or after `i` that is not blank (n when none). */
    std::size_t nextContent(std::size_t i) const
    {
        while (i < n && isGap(info[i].kind))
            ++i;
        return i;
    }
    /** Not the rest of a paragraph the line before leaves open: a blank line or a complete line before
     *  it (a short line of words alone, as a headline, leaves nothing open; a reader says what it saw). */
    bool alone(std::size_t i) const;
};

bool hasSentenceEndBefore(text::u32v s, std::size_t end);
/** Clause punctuation. */
bool hasPunct(text::u32v s);
/** Clause punctuation, quotes or brackets: what prose has and a title or a name line lacks. */
bool hasAnyPunct(text::u32v s);
/** A title without the subtitle set on its line (政府工作报告——2024年3月5日在…会议上 → 政府工作报告). */
text::u32v titleWithoutSubtitle(text::u32v t);
/** A news lead's date opening a line (1月5日，…): after a caption, the start of a paragraph. */
bool startsWithDateLead(text::u32v s);
/** A line "ends open" when it stops mid-sentence. */
bool endsOpen(text::u32v s);

} // namespace reportcore::structure
