#pragma once
// Representatives: the introductions that name a congress delegate, and what they are quoted as saying.

#include "reportcore/document.h"
#include "structure/structure.h"
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

/** Recognises an introduction at the start of `line` (trimmed). */
bool parseSpeakerIntro(text::u32v line, SpeakerIntro &out);

/** Builds Document::representatives from the Speaker blocks, with headlines and statements, and sets
 *  the kinds of the sections that hold them. `blockTexts` are the blocks' texts in UTF-32. */
void extractRepresentatives(Document &doc, const BlockTexts &blockTexts);

} // namespace reportcore
