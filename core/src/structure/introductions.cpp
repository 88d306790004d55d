#include "structure/introductions.h"

#include "text/lexicon.h"

#include <algorithm>

namespace reportcore {
namespace {

using text::u32;
using text::u32v;

constexpr char32_t kIdeographicComma = 0x3001;
constexpr char32_t kFullStop = 0x3002;

/** How surely `s` ends in a job title: the length of the known role word it ends in, 1 for a
 *  character that ends most titles (长 员 师 手), 0 for none. */
std::size_t roleScore(u32v s)
{
    if (s.empty())
        return 0;
    if (const std::size_t l = lexicon().roleWord.matchBefore(s, s.size()))
        return l;
    const char32_t c = s.back();
    return s.size() >= 2 && (c == 0x957F || c == 0x5458 || c == 0x5E08 || c == 0x624B) ? 1 : 0;
}

bool endsWithRole(u32v s) { return roleScore(s) > 0; }

bool allHan(u32v s)
{
    for (char32_t c : s)
        if (!text::isHan(c) && c != 0x00B7 && c != 0x30FB) // names may hold a middle dot
            return false;
    return !s.empty();
}

/** Splits "广州数字科技集团党委副书记" into organisation and role. */
void splitOrganization(u32v part, u32 &organization, u32 &role)
{
    const Lexicon &lex = lexicon();
    for (std::size_t i = part.size(); i-- > 1;) {
        if (lex.orgSuffix.matchBefore(part, i) == 0)
            continue;
        const u32v rest = part.substr(i);
        if (rest.size() >= 2 && rest.size() <= 12 && endsWithRole(rest)) {
            organization = u32(part.substr(0, i));
            role = u32(rest);
            return;
        }
    }
    std::size_t r = lex.roleWord.matchBefore(part, part.size());
    if (r > 0) {
        r += lex.roleDept.matchBefore(part, part.size() - r);
        organization = u32(part.substr(0, part.size() - r));
        role = u32(part.substr(part.size() - r));
        return;
    }
    organization = u32(part);
}

std::vector<u32v> splitOn(u32v s, char32_t sep)
{
    std::vector<u32v> parts;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= s.size(); ++i) {
        if (i == s.size() || s[i] == sep) {
            const u32v p = text::trim(s.substr(start, i - start));
            if (!p.empty())
                parts.push_back(p);
            start = i + 1;
        }
    }
    return parts;
}


/** The organisation and roles of an introduction from its parts (separated by 、): the first holds
 *  the organisation and a role (广州数字科技集团党委副书记), the others are roles. */
void setOrganizationAndRoles(const std::vector<u32v> &parts, SpeakerIntro &out)
{
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i == 0) {
            u32 role;
            splitOrganization(parts[0], out.organization, role);
            if (!role.empty())
                out.roles.push_back(role);
        } else {
            out.roles.emplace_back(parts[i]);
        }
    }
}

/** Where the statement starts when a speech verb and a comma or colon stand at `at` (…建议，),
 *  else 0. */
std::size_t afterSpeechVerb(u32v line, std::size_t at)
{
    const std::size_t verb = lexicon().speechVerb.matchAt(line, at);
    if (verb == 0 || at + verb >= line.size() || !(text::isComma(line[at + verb]) || text::isColon(line[at + verb])))
        return 0;
    return at + verb + 1;
}

/** "市人大代表、深圳市人民医院护士长": a congress, then the organisation and roles, separated by 、 or
 *  commas; at least `minParts` parts. */
bool readCongressAndRoles(u32v intro, std::size_t minParts, SpeakerIntro &out)
{
    std::vector<u32v> parts;
    for (const u32v piece : splitOn(intro, kIdeographicComma))
        for (const u32v p : splitOn(piece, 0xFF0C))
            for (const u32v q : splitOn(p, ','))
                parts.push_back(q);
    if (parts.size() < std::max<std::size_t>(minParts, 1) || parts[0].size() < 3 || parts[0].size() > 30
        || lexicon().congressEnd.matchBefore(parts[0], parts[0].size()) == 0)
        return false;
    out = SpeakerIntro{};
    out.congress = u32(parts[0]);
    setOrganizationAndRoles(std::vector<u32v>(parts.begin() + 1, parts.end()), out);
    return true;
}

/** The end of what `line` says in its own voice after an introduction: a colon, or a speech verb
 *  followed by a comma or colon (…张伟建议，…). Sets `end` (where the introduction ends) and `after`
 *  (where the statement starts); false when a sentence ends or a quote opens first. */
bool introEnd(u32v line, std::size_t &end, std::size_t &after)
{
    for (std::size_t i = 0; i < line.size() && i < 90; ++i) {
        const char32_t c = line[i];
        if (text::isColon(c)) {
            end = i;
            after = i + 1;
            return true;
        }
        if (c == kFullStop || c == 0x201C || c == 0x201D || c == ';' || c == 0xFF1B)
            return false;
        if (i >= 5) {
            if (const std::size_t start = afterSpeechVerb(line, i)) {
                end = i;
                after = start;
                return true;
            }
        }
    }
    return false;
}

/** `<name>（<congress>、<organisation><roles>）表示，…` or `…）：…`. */
bool parseParenthesised(u32v line, SpeakerIntro &out)
{
    std::size_t open = 0;
    while (open < line.size() && open < 6 && line[open] != 0xFF08 && line[open] != '(')
        ++open;
    if (open < 2 || open > 4 || open >= line.size() || !allHan(line.substr(0, open)))
        return false;
    std::size_t close = open + 1;
    while (close < line.size() && close < open + 80 && line[close] != 0xFF09 && line[close] != ')')
        ++close;
    if (close >= line.size() || close >= open + 80)
        return false;
    SpeakerIntro intro;
    if (!readCongressAndRoles(line.substr(open + 1, close - open - 1), 1, intro))
        return false;
    std::size_t after = close + 1;
    if (after < line.size() && text::isColon(line[after]))
        ++after;
    else if (!(after = afterSpeechVerb(line, after)))
        return false;
    out = std::move(intro);
    out.name = u32(line.substr(0, open));
    out.nameOffset = 0;
    out.afterColon = after;
    return true;
}

/** `<name>：<congress>、<organisation><roles>` (a profile's first line), or with a comma after the
 *  name; what follows a full stop is the statement. */
bool parseNameFirst(u32v line, SpeakerIntro &out)
{
    std::size_t sep = 0;
    while (sep < line.size() && sep < 5 && text::isHan(line[sep]))
        ++sep;
    if (sep < 2 || sep > 4 || sep >= line.size() || !(text::isColon(line[sep]) || text::isComma(line[sep])))
        return false;
    std::size_t end = sep + 1;
    while (end < line.size() && end < sep + 90 && !text::isSentenceEnd(line[end]) && !text::isColon(line[end])
           && line[end] != 0x201C)
        ++end;
    if (end >= sep + 90)
        return false;
    SpeakerIntro intro;
    if (!readCongressAndRoles(line.substr(sep + 1, end - sep - 1), 2, intro))
        return false;
    out = std::move(intro);
    out.name = u32(line.substr(0, sep));
    out.nameOffset = 0;
    out.afterColon = end >= line.size() ? line.size() : line[end] == 0x201C ? end : end + 1;
    return true;
}

/** A name of two to four characters opening with a surname (李娟, 欧阳明), and not one word of the
 *  dictionary (金融, 黄河: 金 and 黄 are surnames too): a guess at a split is only kept when a person's
 *  name stands there. */
bool looksLikeName(u32v name)
{
    if (name.size() < 2 || name.size() > 4 || !allHan(name))
        return false;
    const std::size_t surname = lexicon().surname.matchAt(name, 0);
    if (surname == 0 || surname >= name.size())
        return false;
    const std::vector<bool> starts = text::wordStarts(u32(name));
    return std::find(starts.begin() + 1, starts.end() - 1, true) != starts.end() - 1;
}

} // namespace

/** `<congress><name>是<organisation><roles>`, opening a paragraph of a profile (市人大代表李娟是广州自来水
 *  公司管网所所长。): the congress ends in 代表/委员, the name opens with a surname, the last role is a
 *  known title. */
bool parseCongressNameIs(u32v t, SpeakerIntro &out)
{
    const Lexicon &lex = lexicon();
    std::size_t is = 0;
    while (is < t.size() && is <= 30 && t[is] != 0x662F && text::isHan(t[is])) // 是
        ++is;
    if (is >= t.size() || t[is] != 0x662F || is < 2)
        return false;
    // 李强是全国人大代表、中国中车首席技能专家。: the name first, then the congress and roles.
    if (is <= 4 && looksLikeName(t.substr(0, is))) {
        std::size_t end = is + 1;
        while (end < t.size() && end <= is + 60 && !text::isSentenceEnd(t[end]) && t[end] != 0xFF1B && t[end] != 0xFF0C)
            ++end;
        SpeakerIntro intro;
        if (end <= is + 60 && readCongressAndRoles(t.substr(is + 1, end - is - 1), 1, intro)) {
            out = std::move(intro);
            out.name = u32(t.substr(0, is));
            out.nameOffset = 0;
            out.afterColon = t.size();
            return true;
        }
        return false;
    }
    if (is < 5)
        return false;
    const u32v prefix = t.substr(0, is);
    std::size_t nameLen = 0;
    for (const std::size_t len : {3u, 2u, 4u}) {
        if (prefix.size() >= len + 3 && lex.congressEnd.matchBefore(prefix, prefix.size() - len) > 0
            && looksLikeName(prefix.substr(prefix.size() - len))) {
            nameLen = len;
            break;
        }
    }
    if (nameLen == 0)
        return false;
    std::size_t end = is + 1;
    while (end < t.size() && end <= is + 60 && !text::isSentenceEnd(t[end]) && !text::isComma(t[end]) && t[end] != 0xFF1B)
        ++end;
    const u32v roles = t.substr(is + 1, end - is - 1);
    if (end > is + 60 || roles.size() < 3 || !endsWithRole(roles))
        return false;
    out = SpeakerIntro{};
    out.congress = u32(prefix.substr(0, prefix.size() - nameLen));
    out.name = u32(prefix.substr(prefix.size() - nameLen));
    out.nameOffset = prefix.size() - nameLen;
    setOrganizationAndRoles(splitOn(roles, kIdeographicComma), out);
    out.afterColon = t.size(); // what follows describes them; what they say is quoted in the profile
    return true;
}


bool parseProfileHeadline(u32v line, u32 &name, u32v &headline)
{
    if (line.size() < 7 || line.size() > 40)
        return false;
    std::size_t colon = 0;
    while (colon < line.size() && colon <= 8 && !text::isColon(line[colon]))
        ++colon;
    if (colon >= line.size() || !text::isColon(line[colon]))
        return false;
    u32 n;
    for (std::size_t k = 0; k < colon; ++k) {
        if (text::isHan(line[k]))
            n.push_back(line[k]);
        else if (!text::isSpace(line[k]))
            return false;
    }
    if (!looksLikeName(n))
        return false;
    const u32v h = text::trim(line.substr(colon + 1));
    if (h.size() < 4 || h.size() > 30)
        return false;
    // A headline is no sentence: no full stop, no colon; an exclamation or a question only at its end.
    for (std::size_t k = 0; k < h.size(); ++k)
        if (text::isColon(h[k]) || h[k] == 0x3002 || h[k] == '.' || (k + 1 < h.size() && text::isSentenceEnd(h[k])))
            return false;
    name = std::move(n);
    headline = h;
    return true;
}

bool parseSpeakerIntro(u32v line, SpeakerIntro &out)
{
    const Lexicon &lex = lexicon();
    // Every form names the congress (…代表, …委员) within its first 36 characters: a cheap "no" for
    // the lines of prose, run before anything else on every line.
    std::size_t congressLength = 0;
    if (lex.congressEnd.findFirst(line.substr(0, std::min<std::size_t>(line.size(), 48)), congressLength) == u32v::npos)
        return false;
    if (parseParenthesised(line, out) || parseNameFirst(line, out))
        return true;
    std::size_t colon = 0, afterColon = 0;
    // A line that is nothing but an introduction ("…代表，…党委副书记 梁玉琴"), a profile below it.
    bool wholeLine = false;
    if (!introEnd(line, colon, afterColon)) {
        if (line.size() > 80)
            return false;
        for (char32_t c : line)
            if (text::isSentenceEnd(c) || text::isOpenQuote(c) || text::isCloseQuote(c))
                return false;
        colon = afterColon = line.size();
        wholeLine = true;
    }
    const u32v prefix = line.substr(0, colon);
    // The congress: up to the first separator, ending in 代表/委员.
    std::size_t sep = 0;
    while (sep < prefix.size() && !text::isComma(prefix[sep]) && prefix[sep] != kIdeographicComma
           && !text::isSpace(prefix[sep]))
        ++sep;
    if (sep >= prefix.size()) {
        // No organisation: "省政协委员李强：…".
        for (const std::size_t len : {3u, 2u, 4u}) {
            if (prefix.size() < len + 3 || prefix.size() - len > 30)
                continue;
            const u32v cand = prefix.substr(prefix.size() - len);
            if (allHan(cand) && lex.congressEnd.matchBefore(prefix, prefix.size() - len) > 0) {
                out = SpeakerIntro{};
                out.congress = u32(prefix.substr(0, prefix.size() - len));
                out.name = u32(cand);
                out.nameOffset = prefix.size() - len;
                out.afterColon = afterColon;
                return true;
            }
        }
        return false;
    }
    if (sep < 3 || sep > 30 || lex.congressEnd.matchBefore(prefix, sep) == 0)
        return false;
    const u32v rest = text::trim(prefix.substr(sep + 1));
    if (rest.size() < 3 || rest.size() > 70)
        return false;

    u32v name, before;
    u32 padded;                         // 王  芳: a two-character name padded to the width of three
    std::size_t nameAt = u32v::npos;    // where such a name starts in `line`
    const std::size_t space = rest.find_last_of(U" \t\u3000");
    if (space != u32v::npos) {
        name = text::trim(rest.substr(space + 1));
        before = text::trim(rest.substr(0, space));
        if (name.size() == 1 && allHan(name)) {
            const std::size_t gap = before.find_last_of(U" \t\u3000");
            const u32v first = gap == u32v::npos ? u32v() : before.substr(gap + 1);
            if (first.size() == 1 && allHan(first)) {
                padded = u32(first) + u32(name);
                nameAt = static_cast<std::size_t>(first.data() - line.data());
                before = text::trim(before.substr(0, gap));
                name = padded;
            }
        }
    } else {
        // The name is what follows the job title: try names of 3, 2 and 4 characters and keep the
        // split whose title is the surest (护士长李红: 护士长 + 李红, not 护士 + 长李红).
        std::size_t bestScore = 0;
        for (std::size_t len : {3u, 2u, 4u}) {
            if (rest.size() <= len)
                continue;
            const u32v cand = rest.substr(rest.size() - len);
            const u32v head = rest.substr(0, rest.size() - len);
            const std::size_t score = allHan(cand) ? roleScore(head) : 0;
            if (score > bestScore) {
                bestScore = score;
                name = cand;
                before = head;
            }
        }
        if (name.empty()) {
            if (wholeLine)
                return false; // without a colon, only a known title before the name makes it one
            const std::size_t len = rest.size() >= 5 ? 3 : 2;
            name = rest.substr(rest.size() - len);
            before = rest.substr(0, rest.size() - len);
        }
    }
    if (!allHan(name) || name.size() < 2 || name.size() > 5 || name.back() == 0x4EEC) // 们: 同志们
        return false;

    out = SpeakerIntro{};
    out.congress = u32(prefix.substr(0, sep));
    setOrganizationAndRoles(splitOn(before, kIdeographicComma), out);
    out.name = u32(name);
    out.nameOffset = nameAt != u32v::npos ? nameAt : static_cast<std::size_t>(name.data() - line.data());
    out.afterColon = afterColon;
    return true;
}

} // namespace reportcore
