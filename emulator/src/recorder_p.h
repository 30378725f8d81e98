// Response recording for the spec conformance test: with CLERK_EMULATOR_RECORD_DIR set, every FAPI JSON response
// a Server writes is appended as one JSON line to a file of that Server's own in the directory, so the whole test
// suite's traffic can be validated against Clerk's OpenAPI spec afterwards (tests/emulator/conformance).
#pragma once

#include <QFile>
#include <QJsonValue>
#include <QString>

#include <memory>

namespace ClerkEmulator {

class Recorder
{
public:
    /// Reads CLERK_EMULATOR_RECORD_DIR once; unset or empty means recording is off and record() does nothing.
    Recorder();
    ~Recorder();

    bool enabled() const { return !m_fileName.isEmpty(); }
    /// `method` after the `_method` override, `path` as requested, `route` the matched pattern ("" for none).
    /// Only JSON objects and arrays are recorded: a fault that corrupts or cuts a body is not a response.
    /// `injected`: the status was chosen by an injected fault, not by the emulator's own logic.
    /// JWT strings in the body are written as "e30.e30.e30": no session token on disk.
    void record(const QString &method, const QString &path, const QString &route, int status,
                const QJsonValue &body, bool injected = false);

private:
    QString m_fileName;
    std::unique_ptr<QFile> m_file;
};

} // namespace ClerkEmulator
