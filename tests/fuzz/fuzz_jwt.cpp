// libFuzzer target: see fuzz_entrypoints.h. Built with clang only (CLERKQT_FUZZ); run by scripts/fuzz.sh.
#include "fuzz_entrypoints.h"

#include <QCoreApplication>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv); // TokenVerifier is a QObject; harmless for the pure parsers
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzEntry::jwt(data, size);
    return 0;
}
