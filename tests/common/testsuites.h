// Several Qt Test classes in one executable (one per resource, each in its own file), run one after the other by
// main(): fewer executables to build. The first failure decides the exit code. The command line goes to every
// class that runs, so to run single test functions pick their class too with ORG_SUITE=<name>.
#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <functional>
#include <vector>

namespace TestSuites {

struct Suite
{
    const char *name;                        ///< what ORG_SUITE selects
    std::function<int(int, char **)> run;    ///< QTest::qExec() of the class
};

inline int runAll(int argc, char **argv, const std::vector<Suite> &suites)
{
    const QByteArray only = qgetenv("ORG_SUITE");
    int result = 0;
    for (const Suite &suite : suites) {
        if (!only.isEmpty() && only != suite.name)
            continue;
        const int r = suite.run(argc, argv);
        result = result != 0 ? result : r;
    }
    return result;
}

} // namespace TestSuites
