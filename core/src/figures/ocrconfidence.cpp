// OCR confidence of figures (ocrconfidence.h): each page's words as one string without spaces, a
// confidence per character; each figure of the page looked up in it from where the last one was
// found (the text's order), else anywhere on the page.
#include "figures/ocrconfidence.h"

#include "text/text.h"

#include <algorithm>
#include <map>

namespace reportcore {

namespace {

using text::u32;
using text::u32v;

u32 withoutSpaces(u32v s)
{
    u32 out;
    for (char32_t c : s)
        if (!text::isSpace(c))
            out.push_back(c);
    return out;
}

struct PageText {
    u32 chars;
    std::vector<float> confidence;
    std::vector<std::size_t> word; ///< the word each character is of
    const OcrPage *page = nullptr;
    std::size_t cursor = 0;
};

PageText pageText(const OcrPage &page)
{
    PageText p;
    p.page = &page;
    for (std::size_t k = 0; k < page.words.size(); ++k) {
        const OcrWordConfidence &w = page.words[k];
        const u32 t = withoutSpaces(text::toUtf32(w.text));
        p.chars += t;
        p.confidence.insert(p.confidence.end(), t.size(), w.confidence);
        p.word.insert(p.word.end(), t.size(), k);
    }
    return p;
}

} // namespace

void markOcrConfidence(Document &doc, const std::vector<OcrPage> &pages)
{
    if (pages.empty())
        return;
    std::map<int, PageText> byPage;
    for (const OcrPage &page : pages) {
        byPage[page.page] = pageText(page);
        doc.source.ocrPages.push_back(page.page);
    }
    for (Indicator &i : doc.indicators) {
        const auto found = byPage.find(i.page);
        if (found == byPage.end())
            continue;
        PageText &p = found->second;
        const u32 figure = withoutSpaces(text::toUtf32(i.text));
        std::size_t at = p.chars.find(figure, p.cursor);
        if (at == u32::npos)
            at = p.chars.find(figure);
        if (figure.empty() || at == u32::npos) {
            i.ocrConfidence = 0;
            continue;
        }
        i.ocrConfidence = *std::min_element(p.confidence.begin() + static_cast<std::ptrdiff_t>(at),
                                            p.confidence.begin() + static_cast<std::ptrdiff_t>(at + figure.size()));
        // where it stands: the box around the words it is read from
        for (std::size_t c = at; c < at + figure.size(); ++c) {
            const OcrWordConfidence &w = p.page->words[p.word[c]];
            const bool first = c == at;
            i.ocrX0 = first ? w.x0 : std::min(i.ocrX0, w.x0);
            i.ocrTop = first ? w.top : std::min(i.ocrTop, w.top);
            i.ocrX1 = first ? w.x1 : std::max(i.ocrX1, w.x1);
            i.ocrBottom = first ? w.bottom : std::max(i.ocrBottom, w.bottom);
        }
        p.cursor = at + figure.size();
    }
}

} // namespace reportcore
