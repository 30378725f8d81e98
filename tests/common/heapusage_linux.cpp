// glibc ≥ 2.33: mallinfo2 (the size_t successor of mallinfo). Another libc on Linux (musl) has no reading.
#include "heapusage.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace TestHelpers {

std::optional<qint64> heapInUse()
{
#if !defined(CLERKQT_HEAP_SANITIZED) && defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
    malloc_trim(0);
    const struct mallinfo2 mi = mallinfo2();
    return qint64(mi.uordblks) + qint64(mi.hblkhd);
#else
    return std::nullopt;
#endif
}

} // namespace TestHelpers
