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

    // Whole phrases, not "%1 or %2" of lower-cased names: languages that capitalise nouns (German) or have no
    // case at all (Japanese) need the translator to write each one.
    label: {
        switch (kinds.join(",")) {
        case "email": return qsTr("Email address")
        case "phone": return qsTr("Phone number")
        case "username": return qsTr("Username")
        case "email,phone": return qsTr("Email address or phone number")
        case "email,username": return qsTr("Email address or username")
        case "phone,username": return qsTr("Phone number or username")
        case "email,phone,username": return qsTr("Email address, phone number or username")
        }
        return qsTr("Identifier")
    }
    placeholderText: onlyKind && kinds[0] === "phone" ? qsTr("+1 555 555 0100")
                     : kinds.indexOf("email") >= 0 ? qsTr("you@example.com") : ""
    // A keyboard for the one kind there is; a general one when several are accepted.
    inputMethodHints: onlyKind && kinds[0] === "phone" ? Qt.ImhDialableCharactersOnly
                      : onlyKind && kinds[0] === "email" ? Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
                      : Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
}
