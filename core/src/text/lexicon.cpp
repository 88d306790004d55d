#include "text/lexicon.h"

#include <algorithm>
#include <iterator>
#include <sstream>

namespace reportcore {

extern const char *const kLexiconText; // generated from data/lexicon.txt

void WordSet::add(std::u32string word)
{
    if (word.empty() || word.size() >= 64 || m_words.count(word))
        return;
    m_maxLength = std::max(m_maxLength, word.size());
    m_lengths |= std::uint64_t(1) << word.size();
    m_first.add(word.front());
    m_last.add(word.back());
    m_storage.push_back(std::move(word));
    m_words.insert(m_storage.back());
}

std::size_t WordSet::matchAt(text::u32v s, std::size_t pos) const
{
    if (pos >= s.size() || !m_first.has(s[pos]))
        return 0;
    const std::size_t maxLen = std::min(m_maxLength, s.size() - pos);
    for (std::size_t len = maxLen; len > 0; --len)
        if (((m_lengths >> len) & 1) && m_last.has(s[pos + len - 1]) && m_words.count(s.substr(pos, len)))
            return len;
    return 0;
}

std::size_t WordSet::matchBefore(text::u32v s, std::size_t end) const
{
    end = std::min(end, s.size());
    if (end == 0 || !m_last.has(s[end - 1]))
        return 0;
    const std::size_t maxLen = std::min(m_maxLength, end);
    for (std::size_t len = maxLen; len > 0; --len)
        if (((m_lengths >> len) & 1) && m_first.has(s[end - len]) && m_words.count(s.substr(end - len, len)))
            return len;
    return 0;
}

std::size_t WordSet::findFirst(text::u32v s, std::size_t &length) const
{
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (!m_first.has(s[i]))
            continue; // the common case, without a call
        if (const std::size_t len = matchAt(s, i)) {
            length = len;
            return i;
        }
    }
    length = 0;
    return text::u32v::npos;
}

namespace {

Lexicon load()
{
    Lexicon lex;
    WordSet measure, measureNot; // the dictionary's classifiers, and those set aside
    const std::unordered_map<std::string, WordSet *> keys = {
        {"unit.people", &lex.unitPeople}, {"unit.money", &lex.unitMoney},
        {"unit.percent", &lex.unitPercent}, {"unit.count", &lex.unitCount},
        {"unit.time", &lex.unitTime}, {"noun.people", &lex.nounPeople},
        {"hedge.over.before", &lex.overBefore}, {"hedge.about.before", &lex.aboutBefore},
        {"hedge.under.before", &lex.underBefore}, {"hedge.over.after", &lex.overAfter},
        {"hedge.about.after", &lex.aboutAfter}, {"hedge.under.after", &lex.underAfter},
        {"exact.before", &lex.exactBefore}, {"hedge.not", &lex.hedgeNot}, {"change.up", &lex.changeUp},
        {"change.down", &lex.changeDown}, {"change.not", &lex.changeNot},
        {"label.verb", &lex.labelVerb}, {"label.stop", &lex.labelStop},
        {"label.scope", &lex.labelScope}, {"label.noun", &lex.labelNoun}, {"label.compare", &lex.labelCompare}, {"label.end", &lex.labelEnd}, {"label.noun.suffix", &lex.labelNounSuffix}, {"label.period.end", &lex.labelPeriodEnd}, {"label.whole", &lex.labelWhole}, {"enum.noun", &lex.enumNoun}, {"label.noun.one", &lex.oneCharNoun}, {"label.head", &lex.labelHead}, {"money.noun", &lex.moneyNoun}, {"byline.marker", &lex.bylineMarker}, {"caption.start", &lex.captionStart}, {"member.word", &lex.memberWord},
        {"credit.end", &lex.creditEnd}, {"credit.start", &lex.creditStart},
        {"page.meta", &lex.pageMeta}, {"page.box", &lex.pageBox}, {"page.box.date", &lex.pageBoxDate}, {"page.box.body", &lex.pageBoxBody}, {"derive.reach", &lex.deriveReach}, {"word.whole", &lex.wordWhole}, {"measure.generic", &lex.measureGeneric}, {"measure.perhead", &lex.perHead}, {"measure.flow", &lex.measureFlow}, {"label.notthing", &lex.labelNotThing}, {"hedge.after.not", &lex.hedgeAfterNot}, {"enum.before", &lex.enumBefore}, {"duration.unit", &lex.durationUnit}, {"duration.before", &lex.durationBefore}, {"span.after", &lex.spanAfter}, {"unit.physical", &lex.unitPhysical}, {"ratio.word", &lex.ratioWord}, {"target.marker", &lex.targetMarker}, {"target.not", &lex.targetNot}, {"target.met", &lex.targetMet}, {"target.heading", &lex.targetHeading}, {"target.heading.not", &lex.targetHeadingNot}, {"title.end", &lex.titleEnd}, {"title.not", &lex.titleNot}, {"title.letterhead", &lex.titleLetterhead}, {"report.review", &lex.reportReview}, {"report.address", &lex.reportAddress}, {"news.word", &lex.newsWord}, {"unit.age", &lex.unitAge}, {"issuer.end", &lex.issuerEnd},
        {"unit.measure", &measure}, {"unit.measure.not", &measureNot},
        {"name.surname", &lex.surname}, {"congress.end", &lex.congressEnd}, {"speech.verb", &lex.speechVerb},
        {"org.suffix", &lex.orgSuffix}, {"role.word", &lex.roleWord}, {"role.dept", &lex.roleDept},
    };
    std::istringstream in(kLexiconText);
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#')
            continue;
        const auto colon = line.find(": ");
        if (colon == std::string::npos)
            continue;
        const auto it = keys.find(line.substr(0, colon));
        if (it == keys.end())
            continue;
        std::istringstream words(line.substr(colon + 2));
        std::string word;
        while (words >> word)
            it->second->add(text::toUtf32(word));
    }
    // Every classifier counts, unless the lexicon files it as another kind of unit or sets it aside.
    for (const std::u32string &word : measure.words()) {
        const WordSet *const other[] = {&lex.unitPeople, &lex.unitMoney, &lex.unitPercent, &lex.unitTime, &measureNot};
        if (std::none_of(std::begin(other), std::end(other), [&](const WordSet *set) { return set->contains(word); }))
            lex.unitCount.add(word);
    }
    return lex;
}

} // namespace

const Lexicon &lexicon()
{
    static const Lexicon instance = load();
    return instance;
}

} // namespace reportcore
