#include "reportcore/read.h"

#include "read/fileio.h"
#include "read/ocr.h"
#include "read/readers.h"

#include <cstring>

namespace reportcore {

namespace {

bool startsWithNoCase(std::string_view s, std::string_view prefix)
{
    if (s.size() < prefix.size())
        return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
        if (c != prefix[i])
            return false;
    }
    return true;
}

bool containsNoCase(std::string_view s, std::string_view needle)
{
    for (std::size_t i = 0; i + needle.size() <= s.size(); ++i)
        if (startsWithNoCase(s.substr(i), needle))
            return true;
    return false;
}

bool endsWithNoCase(std::string_view s, std::string_view suffix)
{
    return s.size() >= suffix.size() && startsWithNoCase(s.substr(s.size() - suffix.size()), suffix);
}

std::string_view skipBomAndSpace(std::string_view s)
{
    if (s.substr(0, 3) == "\xEF\xBB\xBF")
        s.remove_prefix(3);
    while (!s.empty() && (s[0] == ' ' || s[0] == '\n' || s[0] == '\r' || s[0] == '\t'))
        s.remove_prefix(1);
    return s;
}

/** Markup that is a page: a doctype or <html>/<head>/<body> first, or (for a file named .htm[l])
 *  any element first. */
bool looksLikeHtml(std::string_view bytes, std::string_view name)
{
    const std::string_view s = skipBomAndSpace(bytes.substr(0, 4096));
    if (startsWithNoCase(s, "<!doctype html") || startsWithNoCase(s, "<html") || startsWithNoCase(s, "<head")
        || startsWithNoCase(s, "<body"))
        return true;
    if (startsWithNoCase(s, "<?xml") && containsNoCase(s, "<html"))
        return true;
    const bool htmlName = endsWithNoCase(name, ".html") || endsWithNoCase(name, ".htm")
                          || endsWithNoCase(name, ".xhtml") || endsWithNoCase(name, ".shtml");
    return htmlName && !s.empty() && s[0] == '<';
}

/** A YAML front matter ("---" … "---" or "..." at the very top, as exported articles and notes
 *  have it): where it ends and its title. Every line inside must look like YAML (`key: value`, a
 *  list item, an indented or a comment line), so a Markdown rule ("---") before prose is not one. */
struct FrontMatter {
    std::size_t end = 0;  ///< offset just after its closing line; 0 = none
    int lines = 0;        ///< lines it spans, closing line included
    std::string title, date, author;
};

FrontMatter frontMatter(std::string_view s)
{
    FrontMatter fm;
    std::size_t pos = 0;
    if (s.substr(0, 3) == "\xEF\xBB\xBF")
        pos = 3;
    while (pos < s.size() && (s[pos] == '\n' || s[pos] == '\r'))
        ++pos;
    if (s.substr(pos, 4) != "---\n" && s.substr(pos, 5) != "---\r\n")
        return fm;
    int lines = 0;
    for (std::size_t i = 0; i < pos; ++i)
        lines += s[i] == '\n';
    pos = s.find('\n', pos) + 1;
    ++lines;
    std::string title, date, author;
    while (pos < s.size() && pos < 65536) {
        const std::size_t end = s.find('\n', pos);
        if (end == std::string_view::npos)
            return fm;
        std::string_view line = s.substr(pos, end - pos);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        ++lines;
        if (line == "---" || line == "...") {
            fm.end = end + 1;
            fm.lines = lines;
            fm.title = std::move(title);
            fm.date = std::move(date);
            fm.author = std::move(author);
            return fm;
        }
        const std::size_t colon = line.find(':');
        const bool yaml = line.empty() || line[0] == ' ' || line[0] == '\t' || line[0] == '-' || line[0] == '#'
                          || (colon != std::string_view::npos && colon > 0 && colon <= 40
                              && line.substr(0, colon).find(' ') == std::string_view::npos);
        if (!yaml)
            return fm;
        for (const auto &[key, value] : {std::pair<std::string_view, std::string *>{"title:", &title}, {"date:", &date},
                                         {"author:", &author}}) {
            if (line.substr(0, key.size()) != key)
                continue;
            std::string_view v = line.substr(key.size());
            while (!v.empty() && v.front() == ' ')
                v.remove_prefix(1);
            while (!v.empty() && v.back() == ' ')
                v.remove_suffix(1);
            if (v.size() >= 2 && (v.front() == '\'' || v.front() == '"') && v.back() == v.front())
                v = v.substr(1, v.size() - 2);
            *value = std::string(v);
        }
        pos = end + 1;
    }
    return fm;
}

bool isLegacyOffice(std::string_view bytes)
{
    return bytes.substr(0, 8) == std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
}

SourceText fromDecoded(DecodeResult &&decoded)
{
    SourceText out;
    out.error = decoded.error;
    out.format = Format::Text;
    out.text = std::move(decoded.text);
    out.encoding = std::move(decoded.encoding);
    out.bom = decoded.bom;
    out.bytes = decoded.bytes;
    out.diagnostics = std::move(decoded.diagnostics);
    return out;
}

SourceText readOwned(std::string &&bytes, const std::string &name, const ReadOptions &options)
{
    if (bytes.size() <= options.decode.maxBytes) {
        if (isLegacyOffice(bytes)) {
            SourceText out;
            out.error = DecodeError::Unsupported;
            out.bytes = bytes.size();
            out.detail = "a legacy Word (.doc) or WPS file: save it as .docx in Word or WPS, or convert it with "
                         "'soffice --headless --convert-to docx FILE'";
            return out;
        }
        // Front matter, then a page body (markup): the page, titled by its front matter.
        if (const FrontMatter fm = frontMatter(bytes); fm.end > 0) {
            const std::string_view body = skipBomAndSpace(std::string_view(bytes).substr(fm.end));
            if (!body.empty() && body[0] == '<') {
                SourceText out = readers::readHtml(body, options, fm.title);
                out.bytes = bytes.size();
                if (!fm.date.empty())
                    out.published = fm.date;
                if (!fm.author.empty())
                    out.publisher = fm.author;
                return out;
            }
        }
        switch (detectFormat(bytes, name)) {
        case Format::Pdf: return readers::readPdf(bytes, options);
        case Format::Docx: return readers::readDocx(bytes, options);
        case Format::Html: return readers::readHtml(bytes, options);
        case Format::Image: return readers::readImage(bytes, options);
        case Format::Text: break;
        }
    }
    SourceText text = fromDecoded(decodeOwned(std::move(bytes), options.decode));
    // A front matter is metadata, never text: its lines are left blank (the lines after it keep
    // their numbers) and its title is the document's unless a heading names one.
    if (text.error == DecodeError::None)
        if (const FrontMatter fm = frontMatter(text.text); fm.end > 0) {
            text.text.replace(0, fm.end, std::string(static_cast<std::size_t>(fm.lines), '\n'));
            text.title = fm.title;
            text.published = fm.date;
            text.publisher = fm.author;
        }
    return text;
}

} // namespace

const char *toString(Format format)
{
    switch (format) {
    case Format::Text: return "text";
    case Format::Pdf: return "pdf";
    case Format::Docx: return "docx";
    case Format::Html: return "html";
    case Format::Image: return "image";
    }
    return "text";
}

Format detectFormat(std::string_view bytes, std::string_view name)
{
    const std::string_view head = bytes.substr(0, 1024);
    if (head.find("%PDF-") != std::string_view::npos)
        return Format::Pdf;
    if (bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4))
        return Format::Docx;
    // Page images: PNG, JPEG, TIFF (little- and big-endian)
    if (bytes.substr(0, 8) == std::string_view("\x89PNG\r\n\x1a\n", 8) || bytes.substr(0, 3) == std::string_view("\xFF\xD8\xFF", 3)
        || bytes.substr(0, 4) == std::string_view("II*\0", 4) || bytes.substr(0, 4) == std::string_view("MM\0*", 4))
        return Format::Image;
    if (looksLikeHtml(bytes, name))
        return Format::Html;
    return Format::Text;
}

SourceText readDocument(std::string_view bytes, const std::string &name, const ReadOptions &options)
{
    return readOwned(std::string(bytes), name, options);
}

SourceText readDocumentFile(const std::string &path, const ReadOptions &options)
{
    SourceText out;
    std::string bytes;
    out.error = readWholeFile(path, options.decode.maxBytes, bytes, out.bytes);
    if (out.error != DecodeError::None)
        return out;
    const std::size_t slash = path.find_last_of('/');
    return readOwned(std::move(bytes), slash == std::string::npos ? path : path.substr(slash + 1), options);
}

std::string readErrorMessage(const SourceText &source, const ReadOptions &options)
{
    DecodeResult info;
    info.bytes = source.bytes;
    // Over the limit once unpacked (a zip bomb), not by its own size: say so.
    if (source.error == DecodeError::TooLarge && !source.detail.empty() && source.bytes <= options.decode.maxBytes)
        return "the document unpacks to more than the size limit of " + std::to_string(options.decode.maxBytes)
               + " bytes (" + source.detail + ")";
    std::string message = errorMessage(source.error, info, options.decode);
    if (!source.detail.empty())
        message += " (" + source.detail + ")";
    return message;
}

} // namespace reportcore
