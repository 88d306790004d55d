#pragma once
// The forms of a line that introduces a person, recognised while lines are classified and read again
// when representatives are built: a speaker's introduction (<congress>代表,<organisation><roles><name>:)
// and a profile's headline (<name>：<headline>).

#include "text/text.h"

#include <vector>

namespace reportcore {

/** An introduction split into its parts: `<congress>代表,<organisation><roles><name>:`, with a
 *  speech verb instead of the colon (`…张伟建议，…`), without an organisation (`省政协委员李强：`), or
 *  with the name first (`王芳（市人大代表、深圳市人民医院护士长）表示，…`). Offsets are in the line. */
struct SpeakerIntro {
    text::u32 congress, organization, name;
    std::vector<text::u32> roles;
    std::size_t nameOffset = 0;
    std::size_t afterColon = 0;   ///< offset just past the colon: the statement starts here
};

/** A profile's headline line, `<name>：<headline>` (张建华：在毫厘之间追求极致; 李  娟：… with the name
 *  padded to the width of three): a surname and a given name, a colon, a short headline that is no
 *  sentence. Sets the name (without padding) and the headline. */
bool parseProfileHeadline(text::u32v line, text::u32 &name, text::u32v &headline);

/** `<congress><name>是<organisation><roles>` (or `<name>是<congress>、<roles>`), opening a paragraph of a
 *  profile (市人大代表李娟是广州自来水公司管网所所长。). */
bool parseCongressNameIs(text::u32v t, SpeakerIntro &out);

/** Recognises an introduction at the start of `line` (trimmed). */
bool parseSpeakerIntro(text::u32v line, SpeakerIntro &out);

} // namespace reportcore
