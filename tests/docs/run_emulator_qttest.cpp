// The README's Qt Test class (snippet `emulator-qttest`), compiled the way the README tells readers to compile
// it: the snippet as it stands, then — in place of the `QTEST_MAIN(SignInTest)` the README asks for — a function
// that the harness's main() calls, then the moc include. Nothing else is in this translation unit.
#include "emulator-qttest.cpp"

int runReadmeQtTest(int argc, char **argv)
{
    SignInTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "emulator-qttest.moc"
