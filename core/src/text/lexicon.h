#pragma once
// The extractor's vocabulary, loaded once from data/lexicon.txt (embedded at build time).

#include "text/text.h"

#include <cstdint>
#include <deque>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace reportcore {

/** A set of words with longest-match look-ups at a position. */
class WordSet
{
public:
    void add(std::u32string word);
    bool contains(text::u32v word) const { return m_words.count(word) != 0; }
    /** Length of the longest word that starts at `pos` in `s`, or 0. */
    std::size_t matchAt(text::u32v s, std::size_t pos) const;
    /** Length of the longest word that ends right before `end` in `s`, or 0. */
    std::size_t matchBefore(text::u32v s, std::size_t end) const;
    /** Offset of the first occurrence of any word in `s`, with its length; npos if none. */
    std::size_t findFirst(text::u32v s, std::size_t &length) const;
    bool empty() const { return m_words.empty(); }
    /** The words, in the order added. */
    const std::deque<std::u32string> &words() const { return m_storage; }
    /** False when no word starts with `c`: a cheap test before matchAt(). */
    bool mayStart(char32_t c) const { return m_first.has(c); }

private:
    /** A bit per BMP code point; characters beyond the BMP always pass (then the set decides). */
    struct CharFilter {
        std::vector<std::uint64_t> bits = std::vector<std::uint64_t>(1024, 0);
        void add(char32_t c) { if (c < 0x10000) bits[c >> 6] |= std::uint64_t(1) << (c & 63); }
        bool has(char32_t c) const { return c >= 0x10000 || (bits[c >> 6] >> (c & 63)) & 1; }
    };
    std::deque<std::u32string> m_storage;
    std::unordered_set<text::u32v> m_words;
    std::size_t m_maxLength = 0;
    std::uint64_t m_lengths = 0;   ///< bit n set when a word of length n exists (n < 64)
    CharFilter m_first, m_last;    ///< first and last characters of the words: a cheap "no"
};

struct Lexicon {
    WordSet unitPeople, unitMoney, unitPercent, unitCount, unitTime;
    WordSet nounPeople;
    WordSet overBefore, aboutBefore, underBefore, overAfter, aboutAfter, underAfter, exactBefore, hedgeNot;
    WordSet changeUp, changeDown, changeNot;
    WordSet labelVerb, labelStop, labelScope, labelNoun, labelCompare, labelEnd, labelNounSuffix, labelPeriodEnd, labelWhole, enumNoun, oneCharNoun, labelHead, moneyNoun;
    WordSet bylineMarker, creditEnd, creditStart, captionStart, memberWord;
    WordSet unitAge;   ///< ages (岁, 周岁): a group's bounds unless stated as a measure
    WordSet issuerEnd; ///< the last word of the body that issues a report (统计局, 人民政府)
    WordSet titleEnd; ///< what a report's title ends with (公报, 报告): a title set on two lines ends in one
    WordSet titleNot, titleLetterhead; ///< what a title never begins with (各位代表, 分享到, 记者); a letterhead's end (文件)
    WordSet reportReview, reportAddress, newsWord; ///< a report's look back (过去一年), its address (各位代表), news words
    WordSet pageMeta; ///< labels of a web page's metadata line (发布日期, 浏览次数), kept with a pasted article
    WordSet pageBox, pageBoxDate, pageBoxBody; ///< a government page's document box: its labels; the date's; the body's
    WordSet deriveReach; ///< what joins a change to the total it reached (已达, 降至, 总数)
    WordSet targetMarker, targetNot, targetMet; ///< a target or plan (预期目标, 拟); not one (预期寿命); met (较好完成)
    WordSet targetHeading, targetHeadingNot; ///< a section of targets (主要预期目标, 重点任务); not one (完成情况)
    WordSet wordWhole; ///< terms of statistics the word breaker splits (人|均, 增加|值): one word each
    WordSet measureGeneric, perHead, measureFlow, labelNotThing, hedgeAfterNot, enumBefore, durationUnit, durationBefore, spanAfter, unitPhysical, ratioWord; ///< heads too generic to make one measure (总额); per head (人均)
    WordSet congressEnd, speechVerb, orgSuffix, roleWord, roleDept;
    WordSet surname; ///< what a person's name starts with (张, 欧阳): CC-CEDICT's surnames, data/surnames.txt
};

/** The lexicon, parsed on first use (thread-safe). */
const Lexicon &lexicon();

} // namespace reportcore
