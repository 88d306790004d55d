#pragma once
// Progress reports and cancellation inside the parse (ParseOptions::progress).

#include <cstddef>
#include <functional>

namespace reportcore {

/** Thrown when the caller's progress callback asks to stop; caught where the pipeline starts. */
struct Cancelled {};

/** One stage of the work, mapped onto a share [from, to] of the whole (per mille). */
class Progress
{
public:
    Progress(const std::function<bool(int)> &callback, int from, int to)
        : m_callback(callback)
        , m_from(from)
        , m_to(to)
    {
    }
    /** Reports that `done` of `total` items of the stage are done, now and then (every 1024 items). */
    void step(std::size_t done, std::size_t total) const
    {
        if (m_callback && (done & 1023u) == 0)
            report(m_from + static_cast<int>(static_cast<double>(m_to - m_from) * static_cast<double>(done)
                                             / static_cast<double>(total ? total : 1)));
    }
    /** Reports the start of the stage. */
    void start() const { report(m_from); }
    void report(int permille) const
    {
        if (m_callback && !m_callback(permille))
            throw Cancelled{};
    }

private:
    const std::function<bool(int)> &m_callback;
    int m_from, m_to;
};

} // namespace reportcore
