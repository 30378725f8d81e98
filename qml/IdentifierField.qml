// SignIn's identifier field: its label, placeholder and keyboard follow the identifiers the instance takes for
// sign-in (auth.userSettings), so a phone-only instance never asks for an email address.
import QtQuick
import Clerk

ClerkTextField {
    id: root

    property Auth auth: AuthProvider.auth
    /// The identifiers the instance takes for sign-in ("email", "phone", "username"), from auth.userSettings;
    /// email and username until the environment is known.
    readonly property var kinds: {
        const s = auth ? auth.userSettings : null
        if (!s || !s.loaded)
            return ["email", "username"]
        const out = []
        if (s.emailAddressUsedForSignIn) out.push("email")
        if (s.phoneNumberUsedForSignIn) out.push("phone")
        if (s.usernameUsedForSignIn) out.push("username")
        return out
    }
    readonly property bool onlyKind: kinds.length === 1

    label: {
        const names = { email: qsTr("Email address"), phone: qsTr("Phone number"), username: qsTr("Username") }
        if (kinds.length === 0)
            return qsTr("Identifier")
        if (kinds.length === 1)
            return names[kinds[0]]
        if (kinds.length === 2)
            return qsTr("%1 or %2").arg(names[kinds[0]]).arg(names[kinds[1]].toLowerCase())
        return qsTr("%1, %2 or %3").arg(names[kinds[0]]).arg(names[kinds[1]].toLowerCase())
                                   .arg(names[kinds[2]].toLowerCase())
    }
    placeholderText: onlyKind && kinds[0] === "phone" ? qsTr("+1 555 555 0100")
                     : kinds.indexOf("email") >= 0 ? qsTr("you@example.com") : ""
    // A keyboard for the one kind there is; a general one when several are accepted.
    inputMethodHints: onlyKind && kinds[0] === "phone" ? Qt.ImhDialableCharactersOnly
                      : onlyKind && kinds[0] === "email" ? Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
                      : Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
}
