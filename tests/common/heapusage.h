// The heap a process has in use, for leak-growth tests. Platform code: heapusage_linux.cpp (glibc's mallinfo2)
// or heapusage_portable.cpp (no reading: the test skips), chosen by the test's CMakeLists.txt.
#pragma once

#include <QtGlobal>

#include <optional>

// Under AddressSanitizer the heap is ASan's allocator: libc's figures do not describe it.
#if defined(__SANITIZE_ADDRESS__)
#define CLERKQT_HEAP_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CLERKQT_HEAP_SANITIZED 1
#endif
#endif

namespace TestHelpers {

/// Bytes of heap in use after returning free memory to the OS, or nothing where this platform (or an ASan build)
/// has no meaningful reading.
std::optional<qint64> heapInUse();

} // namespace TestHelpers
