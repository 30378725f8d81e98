.pragma library
// Clicking a control the way a user does, shared by the Quick tests: only once it can take the click. A busy form
// disables its controls (a click then does nothing), and a layout places its children at its next polish — a
// control whose layout, or any layout above it, still has one pending is clicked where it is not drawn.

function laidOut(testCase, item) {
    for (let p = item.parent; p; p = p.parent) {
        if (testCase.isPolishScheduled(p))
            return false
    }
    return true
}

function clickWhenLaidOut(testCase, item) {
    testCase.verify(item, "nothing to click")
    testCase.tryVerify(() => item.visible && item.enabled && item.width > 0 && item.height > 0
                             && laidOut(testCase, item), 10000)
    testCase.mouseClick(item)
}
