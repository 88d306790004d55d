// Web pages through gumbo (a conforming HTML5 parser; it never runs scripts). The charset from
// the BOM or <meta charset>/http-equiv (GB2312/GBK pages are common), then the article found and
// the page's chrome left out, as Readability and trafilatura do (shared/reader-anchors.md §5):
// known article containers first (gov.cn's #UCAP-CONTENT, TRS's .TRS_Editor, <article>, …), else
// the element whose paragraphs score best (length and Chinese commas, less link text).

#include "read/readers.h"

#include "text/lexicon.h"
#include "text/text.h"

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <map>
#include <string>
#include <vector>

namespace reportcore::readers {

namespace {

/** The charset a page declares in its first 4 KiB (<meta charset=…>, content="…; charset=…"). */
std::string declaredCharset(std::string_view bytes)
{
    const std::string head = asciiLower(bytes.substr(0, 4096));
    std::size_t pos = 0;
    while ((pos = head.find("charset", pos)) != std::string::npos) {
        std::size_t i = pos + 7;
        pos = i;
        while (i < head.size() && head[i] == ' ')
            ++i;
        if (i >= head.size() || head[i] != '=')
            continue;
        ++i;
        while (i < head.size() && (head[i] == ' ' || head[i] == '"' || head[i] == '\''))
            ++i;
        std::size_t end = i;
        while (end < head.size() && (std::isalnum(static_cast<unsigned char>(head[end])) || head[end] == '-' || head[end] == '_'))
            ++end;
        if (end > i)
            return std::string(bytes.substr(i, end - i));
    }
    return {};
}

/** How deeply the elements of a page nest, counted on its tags (void elements and "/>" aside),
 *  stopping once past `limit`. Gumbo builds and frees its tree recursively, so a page nested
 *  100,000 deep would exhaust the stack: such a page is refused before it is parsed. */
int nestingDepth(std::string_view html, int limit)
{
    // Void elements, and those a parser closes by itself when the next one opens (<p>, <li>, <td>
    // …), which old pages often leave open: neither nests.
    static const char *const kVoid[] = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
                                        "meta", "param", "source", "track", "wbr", "!", "?", "p", "li", "dt",
                                        "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot",
                                        "colgroup", "rt", "rp"};
    int depth = 0, deepest = 0;
    for (std::size_t i = 0; i < html.size(); ++i) {
        if (html[i] != '<' || i + 1 >= html.size())
            continue;
        const bool closing = html[i + 1] == '/';
        std::size_t n = i + (closing ? 2 : 1);
        std::size_t end = n;
        while (end < html.size() && (std::isalnum(static_cast<unsigned char>(html[end])) || html[end] == '!' || html[end] == '?'))
            ++end;
        if (end == n)
            continue;
        const std::string name = asciiLower(html.substr(n, std::min<std::size_t>(end - n, 10)));
        bool isVoid = false;
        for (const char *v : kVoid)
            isVoid = isVoid || name == v || (name[0] == '!' && v[0] == '!') || (name[0] == '?' && v[0] == '?');
        const std::size_t close = html.find('>', end);
        const bool selfClosing = close != std::string_view::npos && close > 0 && html[close - 1] == '/';
        if (closing)
            depth = std::max(0, depth - 1);
        else if (!isVoid && !selfClosing)
            deepest = std::max(deepest, ++depth);
        if (deepest > limit)
            break;
    }
    return deepest;
}

const char *attr(const GumboNode *node, const char *name)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return nullptr;
    const GumboAttribute *a = gumbo_get_attribute(&node->v.element.attributes, name);
    return a ? a->value : nullptr;
}

GumboTag tagOf(const GumboNode *node)
{
    return node->type == GUMBO_NODE_ELEMENT ? node->v.element.tag : GUMBO_TAG_UNKNOWN;
}

bool containsAny(const std::string &s, std::initializer_list<const char *> words)
{
    for (const char *w : words)
        if (s.find(w) != std::string::npos)
            return true;
    return false;
}

/** Page chrome by tag, attributes, class and id (Readability's unlikely candidates, trafilatura's
 *  discard list). */
bool isChrome(const GumboNode *node)
{
    switch (tagOf(node)) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_HEAD: case GUMBO_TAG_NAV:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_INPUT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS: case GUMBO_TAG_MENU:
        return true;
    default:
        break;
    }
    if (node->type != GUMBO_NODE_ELEMENT)
        return false;
    if (attr(node, "hidden"))
        return true;
    if (const char *a = attr(node, "aria-hidden"); a && std::strcmp(a, "true") == 0)
        return true;
    if (const char *style = attr(node, "style")) {
        std::string s = asciiLower(style);
        s.erase(std::remove(s.begin(), s.end(), ' '), s.end());
        if (s.find("display:none") != std::string::npos || s.find("visibility:hidden") != std::string::npos)
            return true;
    }
    if (const char *role = attr(node, "role")) {
        const std::string r = asciiLower(role);
        if (r == "navigation" || r == "menu" || r == "menubar" || r == "complementary" || r == "dialog"
            || r == "banner" || r == "contentinfo")
            return true;
    }
    std::string names;
    if (const char *c = attr(node, "class"))
        names += asciiLower(c);
    names += ' ';
    if (const char *i = attr(node, "id"))
        names += asciiLower(i);
    if (names.size() <= 1)
        return false;
    if (containsAny(names, {"article", "content", "main", "text", "detail", "zoom", "trs_editor", "ucap", "artibody",
                            "post", "story", "body"}))
        return false;
    return containsAny(names, {"nav", "menu", "footer", "comment", "share", "related", "sidebar", "breadcrumb",
                               "banner", "advert", "social", "toolbar", "copyright", "login", "search", "tags",
                               "recommend", "popup", "cookie", "header", "topbar", "pagination", "sponsor", "promo",
                               "masthead", "widget", "qrcode", "ewm"});
}

bool isBlockTag(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_LI: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_CENTER: case GUMBO_TAG_TABLE: case GUMBO_TAG_HR: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_BODY: case GUMBO_TAG_CAPTION:
        return true;
    default:
        return false;
    }
}

int headingLevel(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_H1: return 1;
    case GUMBO_TAG_H2: return 2;
    case GUMBO_TAG_H3: return 3;
    case GUMBO_TAG_H4: return 4;
    case GUMBO_TAG_H5: return 5;
    case GUMBO_TAG_H6: return 6;
    default: return 0;
    }
}

/** Text of a subtree, chrome left out, white space collapsed. */
void innerText(const GumboNode *node, std::string &out, std::size_t &linkChars, bool inLink = false)
{
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
        const char *s = node->v.text.text;
        for (; *s; ++s) {
            const char c = *s;
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
                if (!out.empty() && out.back() != ' ')
                    out.push_back(' ');
            } else {
                out.push_back(c);
                if (inLink && (static_cast<unsigned char>(c) & 0xC0) != 0x80)
                    ++linkChars;
            }
        }
        return;
    }
    if (node->type != GUMBO_NODE_ELEMENT || isChrome(node))
        return;
    const bool link = inLink || tagOf(node) == GUMBO_TAG_A;
    const GumboVector &children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i)
        innerText(static_cast<const GumboNode *>(children.data[i]), out, linkChars, link);
}

std::size_t countChars(std::string_view s)
{
    std::size_t n = 0;
    for (char c : s)
        n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 && c != ' ';
    return n;
}

/** Known article containers of Chinese government and news sites, and the standard ones. */
const GumboNode *knownContainer(const GumboNode *node)
{
    if (node->type != GUMBO_NODE_ELEMENT || isChrome(node))
        return nullptr;
    const std::string id = asciiLower(attr(node, "id") ? attr(node, "id") : "");
    const std::string cls = asciiLower(attr(node, "class") ? attr(node, "class") : "");
    const char *itemprop = attr(node, "itemprop");
    if (id == "ucap-content" || id == "zoom" || id == "artibody" || id == "article-content" || id == "content"
        || cls.find("trs_editor") != std::string::npos || cls.find("pages_content") != std::string::npos
        || cls.find("article-content") != std::string::npos || cls.find("post-content") != std::string::npos
        || cls.find("entry-content") != std::string::npos || (itemprop && std::strcmp(itemprop, "articleBody") == 0)
        || tagOf(node) == GUMBO_TAG_ARTICLE) {
        std::string text;
        std::size_t links = 0;
        innerText(node, text, links);
        if (countChars(text) >= 100)
            return node;
    }
    const GumboVector &children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i)
        if (const GumboNode *found = knownContainer(static_cast<const GumboNode *>(children.data[i])))
            return found;
    return nullptr;
}

/** Readability's scoring: paragraphs of 25 characters or more score 1 + commas + length/100 (at
 *  most 3) for their parent, half of it for the grandparent; link text lowers the score. */
const GumboNode *bestContainer(const GumboNode *root)
{
    std::map<const GumboNode *, double> scores;
    std::vector<const GumboNode *> stack{root};
    while (!stack.empty()) {
        const GumboNode *node = stack.back();
        stack.pop_back();
        if (node->type != GUMBO_NODE_ELEMENT || isChrome(node))
            continue;
        const GumboTag t = tagOf(node);
        if (t == GUMBO_TAG_P || t == GUMBO_TAG_TD || t == GUMBO_TAG_PRE || t == GUMBO_TAG_SECTION) {
            std::string text;
            std::size_t links = 0;
            innerText(node, text, links);
            const std::size_t n = countChars(text);
            if (n >= 25) {
                const text::u32 u = text::toUtf32(text);
                double score = 1 + std::min(3.0, static_cast<double>(n) / 100);
                for (char32_t c : u)
                    score += c == 0xFF0C || c == ',' || c == 0x3001 || c == 0xFF1B || c == 0x3002;
                score *= 1 - static_cast<double>(links) / static_cast<double>(n);
                if (const GumboNode *parent = node->parent; parent && parent->type == GUMBO_NODE_ELEMENT) {
                    scores[parent] += score;
                    if (const GumboNode *grand = parent->parent; grand && grand->type == GUMBO_NODE_ELEMENT)
                        scores[grand] += score / 2;
                }
            }
        }
        const GumboVector &children = node->v.element.children;
        for (unsigned i = 0; i < children.length; ++i)
            stack.push_back(static_cast<const GumboNode *>(children.data[i]));
    }
    const GumboNode *best = nullptr;
    double bestScore = 0;
    for (const auto &[node, score] : scores)
        if (score > bestScore) {
            bestScore = score;
            best = node;
        }
    return best;
}

/** The text of `node`, as innerText() gives it, or false as soon as it runs past `limit` bytes: the walk
 *  asks this of every element, and most hold far more (the whole article). */
bool shortText(const GumboNode *node, std::string &out, std::size_t limit)
{
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
        std::size_t links = 0;
        innerText(node, out, links);
        return out.size() <= limit;
    }
    if (node->type != GUMBO_NODE_ELEMENT || isChrome(node))
        return true;
    const GumboVector &children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i)
        if (!shortText(static_cast<const GumboNode *>(children.data[i]), out, limit))
            return false;
    return true;
}

/** A government page's document box (索引号 | 发文字号 | 发布机构 | 发布日期 …): three labels or more in a
 *  short element. Its date and its issuing body go to `published` and `publisher` (when still empty). */
bool isDocumentBox(const GumboNode *node, std::string &published, std::string &publisher)
{
    const GumboTag t = tagOf(node);
    if (t != GUMBO_TAG_TABLE && t != GUMBO_TAG_DIV && t != GUMBO_TAG_UL && t != GUMBO_TAG_DL && t != GUMBO_TAG_SECTION
        && t != GUMBO_TAG_TBODY)
        return false;
    std::string utf8;
    if (!shortText(node, utf8, 900) || utf8.find("\xE3\x80\x82") != std::string::npos) // a box holds no sentence (。)
        return false;
    const text::u32 s = text::toUtf32(utf8);
    const Lexicon &lex = lexicon();
    std::vector<text::u32> labels;
    for (std::size_t i = 0; i < s.size(); ++i)
        if (const std::size_t l = lex.pageBox.matchAt(s, i)) {
            const text::u32 label = s.substr(i, l);
            if (std::find(labels.begin(), labels.end(), label) == labels.end())
                labels.push_back(label);
            // its value: after separators, up to the next label or a space
            std::size_t v = i + l;
            while (v < s.size() && (text::isColon(s[v]) || text::isSpace(s[v])))
                ++v;
            std::size_t e = v;
            while (e < s.size() && e < v + 40 && !text::isSpace(s[e]) && lex.pageBox.matchAt(s, e) == 0)
                ++e;
            const std::string value = text::toUtf8(text::u32v(s).substr(v, e - v));
            if (!value.empty() && published.empty() && lex.pageBoxDate.matchAt(s, i) == l)
                published = value;
            if (!value.empty() && publisher.empty() && lex.pageBoxBody.matchAt(s, i) == l)
                publisher = value;
            i += l - 1;
        }
    return labels.size() >= 3;
}

class Emitter
{
public:
    explicit Emitter(LineSink &sink)
        : m_sink(sink)
    {
    }

    std::string published, publisher; ///< from a document box, when the page has one

    void walk(const GumboNode *node)
    {
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
            std::size_t links = 0;
            innerText(node, m_line, links);
            return;
        }
        if (node->type != GUMBO_NODE_ELEMENT || isChrome(node))
            return;
        if (isDocumentBox(node, published, publisher)) {
            flush(); // the page's metadata, not its text
            return;
        }
        const GumboTag t = tagOf(node);
        if (t == GUMBO_TAG_BR) {
            flush();
            return;
        }
        if (t == GUMBO_TAG_TABLE) {
            flush();
            table(node);
            return;
        }
        const bool block = isBlockTag(t);
        if (block)
            flush();
        const int level = headingLevel(t);
        const int savedHeading = m_heading;
        const bool savedItem = m_item;
        if (level > 0)
            m_heading = level;
        if (t == GUMBO_TAG_LI)
            m_item = true;
        const GumboVector &children = node->v.element.children;
        for (unsigned i = 0; i < children.length; ++i)
            walk(static_cast<const GumboNode *>(children.data[i]));
        if (block)
            flush();
        m_heading = savedHeading;
        m_item = savedItem;
    }

    void flush()
    {
        LineHint hint;
        hint.heading = m_heading;
        hint.item = m_item && m_heading == 0;
        hint.complete = true;
        m_sink.add(m_line, hint);
        m_line.clear();
    }

private:
    void rows(const GumboNode *node, std::vector<const GumboNode *> &out, bool header, std::vector<bool> &headers)
    {
        if (node->type != GUMBO_NODE_ELEMENT)
            return;
        const GumboVector &children = node->v.element.children;
        for (unsigned i = 0; i < children.length; ++i) {
            const auto *child = static_cast<const GumboNode *>(children.data[i]);
            const GumboTag t = tagOf(child);
            if (t == GUMBO_TAG_TR) {
                out.push_back(child);
                headers.push_back(header);
            } else if (t == GUMBO_TAG_THEAD || t == GUMBO_TAG_TBODY || t == GUMBO_TAG_TFOOT) {
                rows(child, out, t == GUMBO_TAG_THEAD, headers);
            }
        }
    }

    void table(const GumboNode *node)
    {
        std::vector<const GumboNode *> trs;
        std::vector<bool> headers;
        rows(node, trs, false, headers);
        const int index = m_tables++;
        // A cell spanning rows below (rowspan) shows its text in each row it covers, as Word's
        // vertically merged cells do: every row keeps its columns.
        struct Spanned {
            int rows = 0;
            std::string text;
        };
        std::vector<Spanned> spanned;
        for (std::size_t r = 0; r < trs.size(); ++r) {
            std::vector<std::string> row;
            auto carryOver = [&] {
                while (row.size() < spanned.size() && spanned[row.size()].rows > 0) {
                    --spanned[row.size()].rows;
                    row.push_back(spanned[row.size()].text);
                }
            };
            bool allTh = true, any = false;
            const GumboVector &cells = trs[r]->v.element.children;
            for (unsigned i = 0; i < cells.length; ++i) {
                const auto *cell = static_cast<const GumboNode *>(cells.data[i]);
                const GumboTag t = tagOf(cell);
                if (t != GUMBO_TAG_TD && t != GUMBO_TAG_TH)
                    continue;
                allTh = allTh && t == GUMBO_TAG_TH;
                std::string text;
                std::size_t links = 0;
                innerText(cell, text, links);
                std::replace(text.begin(), text.end(), '\t', ' ');
                any = true;
                carryOver();
                const char *colspan = attr(cell, "colspan");
                const char *rowspan = attr(cell, "rowspan");
                const int columns = colspan ? std::clamp(std::atoi(colspan), 1, 64) : 1;
                const int rows = rowspan ? std::clamp(std::atoi(rowspan), 1, 1000) : 1;
                for (int k = 0; k < columns; ++k) {
                    if (rows > 1) {
                        if (spanned.size() <= row.size())
                            spanned.resize(row.size() + 1);
                        spanned[row.size()] = {rows - 1, k == 0 ? text : std::string()};
                    }
                    row.push_back(k == 0 ? text : std::string());
                }
            }
            carryOver();
            std::string line;
            for (std::size_t k = 0; k < row.size(); ++k) {
                if (k > 0)
                    line.push_back('\t');
                line += row[k];
            }
            LineHint hint;
            hint.table = index;
            hint.tableHeader = headers[r] || (any && allTh);
            hint.complete = true;
            m_sink.add(line, hint);
        }
    }

    LineSink &m_sink;
    std::string m_line;
    int m_heading = 0;
    bool m_item = false;
    int m_tables = 0;
};

const GumboNode *findTag(const GumboNode *node, GumboTag tag)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return nullptr;
    if (node->v.element.tag == tag)
        return node;
    const GumboVector &children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i)
        if (const GumboNode *found = findTag(static_cast<const GumboNode *>(children.data[i]), tag))
            return found;
    return nullptr;
}

} // namespace

SourceText readHtml(std::string_view bytes, const ReadOptions &options, const std::string &frontMatterTitle)
{
    SourceText result = resultFor(Format::Html, bytes.size()); // its encoding: the page's, below
    DecodeOptions decodeOptions = options.decode;
    decodeOptions.charset = declaredCharset(bytes);
    DecodeResult decoded = decode(bytes, decodeOptions);
    result.encoding = decoded.encoding;
    result.bom = decoded.bom;
    if (decoded.error != DecodeError::None) {
        result.error = decoded.error;
        return result;
    }
    constexpr int kMaxDepth = 1000;
    if (nestingDepth(decoded.text, kMaxDepth) > kMaxDepth) {
        result.error = DecodeError::Corrupt;
        result.detail = "its elements nest more than " + std::to_string(kMaxDepth) + " deep";
        return result;
    }
    struct Output {
        GumboOutput *output;
        ~Output() { gumbo_destroy_output(&kGumboDefaultOptions, output); }
    } parsed{gumbo_parse_with_options(&kGumboDefaultOptions, decoded.text.data(), decoded.text.size())};
    decoded.text = {};

    if (const GumboNode *title = findTag(parsed.output->root, GUMBO_TAG_TITLE)) {
        std::size_t links = 0;
        std::string text;
        const GumboVector &children = title->v.element.children;
        for (unsigned i = 0; i < children.length; ++i)
            innerText(static_cast<const GumboNode *>(children.data[i]), text, links);
        result.title = std::string(text::toUtf8(text::trim(text::toUtf32(text))));
    }
    if (!frontMatterTitle.empty())
        result.title = frontMatterTitle;

    const GumboNode *body = findTag(parsed.output->root, GUMBO_TAG_BODY);
    if (!body)
        body = parsed.output->root;
    const GumboNode *content = knownContainer(body);
    if (!content) {
        content = bestContainer(body);
        // A page of a few paragraphs straight under <body>: the whole body.
        if (!content || content == body->parent)
            content = body;
    }
    LineSink sink(result, options.decode.maxBytes);
    // The page's title, when the article does not begin with it and has no heading of its own (a
    // <title> often names the site's section: 统计数据 - 江东市统计局网站).
    const GumboNode *ownHeading = findTag(content, GUMBO_TAG_H1);
    if (ownHeading) {
        std::string text;
        std::size_t links = 0;
        innerText(ownHeading, text, links);
        if (text::trim(text::toUtf32(text)).empty())
            ownHeading = nullptr;
    }
    if (!result.title.empty() && !ownHeading) {
        std::string text;
        std::size_t links = 0;
        innerText(content, text, links);
        if (text.find(result.title) == std::string::npos) {
            LineHint hint;
            hint.heading = 1;
            hint.complete = true;
            sink.add(result.title, hint);
        }
    }
    Emitter emitter(sink);
    emitter.walk(content);
    emitter.flush();
    result.published = emitter.published;
    result.publisher = emitter.publisher;
    if (sink.full()) {
        result.error = DecodeError::TooLarge;
        result.detail = "the page's text is over the size limit";
        result.text.clear();
        result.hints.clear();
    } else if (result.text.empty()) {
        result.error = DecodeError::Empty;
        result.detail = "the page holds no text";
    }
    return result;
}

} // namespace reportcore::readers
