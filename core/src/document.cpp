#include "reportcore/document.h"

namespace reportcore {

const char *toString(BlockKind kind)
{
    switch (kind) {
    case BlockKind::Heading: return "heading";
    case BlockKind::Kicker: return "kicker";
    case BlockKind::Subtitle: return "subtitle";
    case BlockKind::Byline: return "byline";
    case BlockKind::Paragraph: return "paragraph";
    case BlockKind::Item: return "item";
    case BlockKind::Caption: return "caption";
    case BlockKind::Credit: return "credit";
    case BlockKind::Speaker: return "speaker";
    case BlockKind::Table: return "table";
    }
    return "paragraph";
}

const char *toString(SectionKind kind)
{
    switch (kind) {
    case SectionKind::Article: return "article";
    case SectionKind::Profiles: return "profiles";
    case SectionKind::Messages: return "messages";
    case SectionKind::Other: return "other";
    }
    return "other";
}

const char *toString(Qualifier q)
{
    switch (q) {
    case Qualifier::Exact: return "exact";
    case Qualifier::Over: return "over";
    case Qualifier::About: return "about";
    case Qualifier::Under: return "under";
    }
    return "exact";
}

const char *toString(Category c)
{
    switch (c) {
    case Category::People: return "people";
    case Category::Money: return "money";
    case Category::Percent: return "percent";
    case Category::Count: return "count";
    }
    return "count";
}

const char *toString(LabelSource s)
{
    switch (s) {
    case LabelSource::Text: return "text";
    case LabelSource::Shared: return "shared";
    case LabelSource::Context: return "context";
    case LabelSource::Table: return "table";
    case LabelSource::None: return "none";
    }
    return "";
}

const char *toString(Change c)
{
    switch (c) {
    case Change::Up: return "up";
    case Change::Down: return "down";
    case Change::None: return "";
    }
    return "";
}

std::string diagnosticMessage(const Diagnostic &d)
{
    switch (d.code) {
    case DiagnosticCode::InvalidBytes:
        if (d.line == 0)
            return "invalid byte sequences on " + std::to_string(d.related)
                   + " more lines replaced with U+FFFD";
        return std::to_string(d.related) + " invalid byte sequence(s) replaced with U+FFFD";
    case DiagnosticCode::TruncatedSequence:
        return "the text ends inside a multi-byte character (truncated file?)";
    case DiagnosticCode::EncodingGuessed:
        return "no byte-order mark and not UTF-8: the encoding was guessed";
    case DiagnosticCode::ParagraphJoinedCaption:
        return "paragraph continues at line " + std::to_string(d.related) + " after a caption";
    case DiagnosticCode::ParagraphJoinedColumnBreak:
        return "paragraph continues at line " + std::to_string(d.related) + " after a column break";
    case DiagnosticCode::LongLine:
        return "line too long: figures past code point " + std::to_string(d.related)
               + " were not extracted";
    case DiagnosticCode::NoStructure:
        return "no headings found: the whole text is one section";
    }
    return "unknown diagnostic";
}

} // namespace reportcore
