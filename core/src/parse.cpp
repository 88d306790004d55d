#include "reportcore/parse.h"

#include "reportcore/read.h"

#include "figures/indicators.h"
#include "figures/ocrconfidence.h"
#include "progress.h"
#include "people/representatives.h"
#include "structure/structure.h"
#include "text/text.h"

namespace reportcore {

namespace {

/** The text's lines, as views into it (a final newline ends the last line; it opens no other). */
std::vector<text::u32v> splitLines(text::u32v view)
{
    std::vector<text::u32v> lines;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= view.size(); ++i) {
        if (i == view.size() || view[i] == '\n') {
            lines.push_back(view.substr(start, i - start));
            start = i + 1;
        }
    }
    if (!lines.empty() && lines.back().empty() && !view.empty() && view.back() == '\n')
        lines.pop_back();
    return lines;
}

/** Pages of a paged source: of a block's first line, of the line a figure stands on. */
void assignPages(Document &doc, const std::vector<LineHint> &hints)
{
    if (hints.size() != static_cast<std::size_t>(doc.lineCount))
        return;
    auto pageOf = [&](int line) { return line >= 1 && line <= doc.lineCount ? hints[line - 1].page : 0; };
    for (Block &block : doc.blocks)
        block.page = pageOf(block.lines.front());
    for (Indicator &indicator : doc.indicators)
        indicator.page = pageOf(indicator.line);
}

/** The blocks' texts as the document keeps them (UTF-8). */
void storeBlockTexts(Document &doc, const BlockTexts &blockTexts, const Progress &progress)
{
    for (std::size_t b = 0; b < doc.blocks.size(); ++b) {
        progress.step(b, doc.blocks.size());
        doc.blocks[b].text = text::toUtf8(blockTexts[b]);
    }
}

/** The pipeline after reading (README.md): structure → people and figures → the document. */
Document parseUtf32(text::u32 &&owned, const std::vector<LineHint> &hints, const SourceInfo &source,
                    const ParseOptions &options)
{
    Document doc;
    doc.source = source;
    const text::u32 all = std::move(owned);
    std::vector<text::u32v> lines = splitLines(all);
    doc.lineCount = static_cast<int>(lines.size());

    BlockTexts blockTexts; // views into `all`
    // structure/: lines → blocks and sections
    buildStructure(lines, hints.size() == lines.size() ? hints : std::vector<LineHint>{}, doc, blockTexts,
                   Progress(options.progress, 200, 450));
    lines = {};
    Progress(options.progress, 450, 500).start();
    // people/: representatives and their words
    extractRepresentatives(doc, blockTexts);
    // figures/: indicators, their labels, years and roles, derived figures
    extractIndicators(doc, blockTexts, options);
    assignPages(doc, hints);
    storeBlockTexts(doc, blockTexts, Progress(options.progress, 950, 1000));
    return doc;
}

} // namespace

Document parse(std::string_view utf8Text, const SourceInfo &source, const ParseOptions &options)
{
    try {
        return parseUtf32(text::toUtf32(utf8Text), {}, source, options);
    } catch (const Cancelled &) {
        return Document{};
    }
}

Document parseSource(SourceText &&read, const std::string &name, DecodeError &error, const ParseOptions &parseOptions)
try {
    error = read.error;
    if (error != DecodeError::None)
        return Document{};
    Progress(parseOptions.progress, 150, 200).start();
    SourceInfo source;
    source.name = name;
    source.encoding = read.encoding;
    source.bytes = read.bytes;
    source.bom = read.bom;
    source.format = toString(read.format);
    source.pages = read.pages;
    text::u32 all = text::toUtf32(read.text);
    read.text = {};
    Document doc = parseUtf32(std::move(all), read.hints, source, parseOptions);
    markOcrConfidence(doc, read.ocr);
    if (doc.title.empty())
        doc.title = read.title;
    doc.published = read.published;
    doc.publisher = read.publisher;
    doc.diagnostics.insert(doc.diagnostics.begin(), read.diagnostics.begin(), read.diagnostics.end());
    Progress(parseOptions.progress, 1000, 1000).start();
    return doc;
} catch (const Cancelled &) {
    error = DecodeError::Cancelled;
    return Document{};
}

/** Reports the start; false when the caller stops at once. */
static bool begin(const ParseOptions &options, DecodeError &error)
{
    if (options.progress && !options.progress(0)) {
        error = DecodeError::Cancelled;
        return false;
    }
    return true;
}

Document parseBytes(std::string_view bytes, const std::string &name, DecodeError &error,
                    const DecodeOptions &decodeOptions, const ParseOptions &parseOptions)
{
    ReadOptions readOptions;
    readOptions.decode = decodeOptions;
    return parseBytes(bytes, name, error, readOptions, parseOptions);
}

Document parseBytes(std::string_view bytes, const std::string &name, DecodeError &error,
                    const ReadOptions &readOptions, const ParseOptions &parseOptions)
{
    if (!begin(parseOptions, error))
        return Document{};
    return parseSource(readDocument(bytes, name, readOptions), name, error, parseOptions);
}

Document parseFile(const std::string &path, DecodeError &error, const DecodeOptions &decodeOptions,
                   const ParseOptions &parseOptions)
{
    ReadOptions readOptions;
    readOptions.decode = decodeOptions;
    return parseFile(path, error, readOptions, parseOptions);
}

Document parseFile(const std::string &path, DecodeError &error, const ReadOptions &readOptions,
                   const ParseOptions &parseOptions)
{
    if (!begin(parseOptions, error))
        return Document{};
    const std::size_t slash = path.find_last_of('/');
    const std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
    return parseSource(readDocumentFile(path, readOptions), name, error, parseOptions);
}

} // namespace reportcore
