// Windows and macOS have heap readings of their own (_heapwalk, malloc_zone_statistics) that count differently;
// until one is written and checked there, the leak-growth test skips and the sanitizer pass's LeakSanitizer
// stands in.
#include "heapusage.h"

namespace TestHelpers {

std::optional<qint64> heapInUse()
{
    return std::nullopt;
}

} // namespace TestHelpers
