#pragma once
/**
 * @file document.h
 * The model of a report: plain value types, no behaviour.
 *
 * Conventions that hold for every type here:
 * - Text is UTF-8 holding the report's own characters (never HTML, never escaped).
 * - Lines are 1-based lines of the decoded text (after CR/CRLF normalisation).
 * - Columns and offsets count Unicode code points; columns are 1-based, offsets 0-based.
 * - Indices into the Document's vectors are 0-based; -1 means "none".
 */

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace reportcore {

/** What a diagnostic is about. The core never writes user-facing prose: callers turn codes into
 *  their own (translated) messages; diagnosticMessage() gives the English one used in JSON. */
enum class DiagnosticCode {
    InvalidBytes,        ///< invalid byte sequence replaced with U+FFFD; count = how many
    TruncatedSequence,   ///< the input ends inside a multi-byte sequence
    EncodingGuessed,     ///< no BOM, not UTF-8: the encoding was detected with low certainty
    ParagraphJoinedCaption,     ///< a paragraph continues after a photo caption; related = line
    ParagraphJoinedColumnBreak, ///< a paragraph continues after a column break; related = line
    LongLine,            ///< a line so long that figures past the limit were not extracted
    NoStructure,         ///< the text has no heading: one section holds everything
};

/** A diagnostic on the source: never fatal. */
struct Diagnostic {
    DiagnosticCode code;
    int line = 0;        ///< 1-based; 0 when it is about the whole document
    int column = 0;      ///< 1-based code point; 0 when unknown
    int related = 0;     ///< a second line the diagnostic refers to (continuation line), or a count
};

/** Where the text came from and how it was decoded. */
struct SourceInfo {
    std::string name;       ///< file name without folders ("" for text given directly)
    std::string path;       ///< where the file was read from, when the caller says (not in the JSON)
    std::string encoding;   ///< "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030", …
    std::uint64_t bytes = 0;///< size of the raw input
    bool bom = false;       ///< a byte-order mark was present
    std::string format = "text"; ///< the reader that read it: "text", "pdf", "docx", "html"
    int pages = 0;          ///< pages of a paged source (PDF); 0 otherwise
    std::vector<int> ocrPages; ///< the pages read by OCR (a scan, a page image), 1-based; empty when none
};

/** A footnote mark taken out of a block's text, and the note it refers to. */
struct Footnote {
    std::string mark;            ///< as written: "[2]"
    int offset = 0;              ///< code-point offset in the block's text where it stood
    std::string note;            ///< the note's text ("" when the document has none for this mark)
};

enum class BlockKind { Heading, Kicker, Byline, Paragraph, Item, Caption, Credit, Speaker, Table, Subtitle };

/** One unit of the layout: a heading, a paragraph (possibly joined from several lines), … */
struct Block {
    BlockKind kind = BlockKind::Paragraph;
    int section = -1;            ///< index into Document::sections
    std::vector<int> lines;      ///< every source line the block was joined from, ascending
    std::vector<int> lineOffsets;///< code-point offset in `text` where each of `lines` starts
    std::vector<int> lineColumns;///< 1-based column in the source line where its text starts
    std::string text;            ///< the text, leading markers (`## `) removed, lines concatenated
    int headingLevel = 0;        ///< for headings: 1 = top; 0 otherwise
    int page = 0;                ///< 1-based page of its first line in a paged source; 0 otherwise
    /** For a table: its rows (one per line in `lines`), each a list of cells; `text` holds the rows
     *  joined by '\n' with the cells of a row joined by '\t'. Empty for other kinds. */
    std::vector<std::vector<std::string>> cells;
    int headerRows = 0;          ///< for a table: how many of its first rows are headers
    /** Footnote marks that stood in the block's lines ("生产总值[2]"): kept out of `text`, kept here. */
    std::vector<Footnote> footnotes;
};


enum class SectionKind { Article, Profiles, Messages, Other };

/** A section of the report. Sections nest: `parent` is -1 for a top-level section. */
struct Section {
    std::string id;        ///< "s1", "s2", … in document order
    std::string title;
    SectionKind kind = SectionKind::Article;
    int level = 1;         ///< 1 = top level
    int parent = -1;       ///< index into Document::sections
    int firstLine = 0;
    int lastLine = 0;
};

/** A congress delegate the report introduces and quotes (not one it only mentions). */
struct Representative {
    std::string name;
    std::string congress;              ///< "…代表大会代表", "全国人大代表", …
    std::string organization;
    std::vector<std::string> roles;    ///< in the order written
    int section = -1;
    int line = 0;                      ///< line of the introduction
    int column = 0;                    ///< column of the name on that line
    int block = -1;                    ///< the speaker block
    std::string headline;              ///< the profile's headline, "" when there is none
    std::string statement;             ///< what they are quoted as saying
};

enum class Qualifier { Exact, Over, About, Under };
enum class Category { People, Money, Percent, Count };
enum class Change { None, Up, Down };
/** Where a figure's label comes from: its own clause or noun; a subject given once for several
 *  figures (a list, 分别, the sentence's figure before); an earlier sentence of its paragraph; a
 *  table's row; nowhere (the label is empty: nothing in the text says what the figure counts). */
enum class LabelSource { Text, Shared, Context, Table, None };

/** A statistical figure stated in the text (see shared/indicator-conventions.md). */
struct Indicator {
    int id = 0;                   ///< 1-based, in document order
    std::string text;             ///< as written, hedge words included ("超13亿人次")
    double value = 0;             ///< magnitude applied (146.57万 → 1465700); lower end of a range
    std::optional<double> valueMax; ///< upper end of a range
    std::string unit;             ///< measure word without magnitude ("人", "元", "%", "个百分点")
    Qualifier qualifier = Qualifier::Exact;
    Category category = Category::Count;
    Change change = Change::None;
    std::string label;            ///< what is counted, in the report's words ("" when nothing says)
    LabelSource labelSource = LabelSource::Text;
    std::string tableColumn;      ///< for a table cell: its column's header (the row's name is `label`)
    std::string period;           ///< the part of the year it covers (一季度, 上半年, 1—11月); "" for all of it
    std::optional<int> year;      ///< the year the figure belongs to
    int section = -1;
    int block = -1;
    int line = 0;
    int column = 0;               ///< 1-based column of `text` on `line`
    int page = 0;                 ///< 1-based page of `line` in a paged source; 0 otherwise
    int offset = 0;               ///< code-point offset of `text` in the block's text
    int length = 0;               ///< code points of `text`
    bool members = false;         ///< a people figure whose clause speaks of membership (see classify.h)
    bool target = false;          ///< a target or plan (预期目标…5%左右, 拟安排3.9万亿元), not a result
    /** For a figure read by OCR: how sure the engine was of it (0–100, the least sure of the words it
     *  stands in); none for a figure of a text layer. Below kUncertainConfidence it is uncertain. */
    std::optional<float> ocrConfidence;
    /** For a figure read by OCR: where it stands on its page (points from the top left; x1 > x0 when
     *  known), so the scan's picture of it can be shown beside the reading (figurePicture(), read.h). */
    double ocrX0 = 0, ocrTop = 0, ocrX1 = 0, ocrBottom = 0;
};

/** A figure read by OCR with less confidence than this is uncertain: to be checked against the scan. */
constexpr float kUncertainConfidence = 85;

/** True for a figure OCR was unsure of (ocrConfidence below kUncertainConfidence). */
inline bool isUncertain(const Indicator &i) { return i.ocrConfidence && *i.ocrConfidence < kUncertainConfidence; }

/** A figure a careful reader would compute from two stated ones. */
struct Derived {
    std::string label;
    double value = 0;
    std::string unit;
    std::string formula;          ///< "146.57万 − 64.57万"
    std::vector<int> from;        ///< Indicator ids
    int section = -1;
};

/** The whole model of one report. */
struct Document {
    SourceInfo source;
    std::string title;
    std::string published; ///< the source's metadata: when it was published ("" when unknown; not in the JSON)
    std::string publisher; ///< the source's metadata: who published it ("" when unknown; not in the JSON)
    std::vector<Section> sections;
    std::vector<Block> blocks;
    std::vector<Representative> representatives;
    std::vector<Indicator> indicators;
    std::vector<Derived> derived;
    std::vector<Diagnostic> diagnostics;
    int lineCount = 0;
};

const char *toString(BlockKind kind);
const char *toString(SectionKind kind);
const char *toString(Qualifier qualifier);
const char *toString(Category category);
const char *toString(Change change);   ///< "up", "down", or "" for None
const char *toString(LabelSource source); ///< "text", "shared", "context", "table", "none"

/** English one-line description of a diagnostic, as used in the JSON output. */
std::string diagnosticMessage(const Diagnostic &diagnostic);

} // namespace reportcore
