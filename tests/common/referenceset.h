// Clerk's reference material — real recorded FAPI responses and Clerk's FAPI OpenAPI spec — is not part of a
// checkout. Tests that compare with it find it through the CLERKQT_REFERENCE_DIR environment variable and skip,
// naming that variable, when it is unset; `.ci/run` sets it and checks that the set is there.
#pragma once

#include <QDir>
#include <QString>
#include <QtTest>

namespace ReferenceSet {

inline QString dir()
{
    return qEnvironmentVariable("CLERKQT_REFERENCE_DIR");
}

inline QString recordedResponses()
{
    return dir() + QStringLiteral("/recorded-fapi-responses");
}

} // namespace ReferenceSet

/// In initTestCase(): the reference set, when named, must be there (a typo must not turn into skipped tests).
#define CLERKQT_CHECK_REFERENCE_SET()                                                                               \
    QVERIFY2(ReferenceSet::dir().isEmpty() || QDir(ReferenceSet::recordedResponses()).exists(),                     \
             qPrintable(QStringLiteral("CLERKQT_REFERENCE_DIR names no reference set: ")                            \
                        + ReferenceSet::recordedResponses()))

/// In a test function or its _data function: skip when no reference set is named.
#define CLERKQT_REQUIRE_REFERENCE_SET()                                                                             \
    do {                                                                                                            \
        if (ReferenceSet::dir().isEmpty())                                                                          \
            QSKIP("needs Clerk's reference set: set CLERKQT_REFERENCE_DIR to it (shared/reference)");                \
    } while (false)
