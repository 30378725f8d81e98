import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clerk

// The current session token, live: decoded claims (display only — not verified here), seconds until it
// expires, and how many times it was refreshed. The token itself is never shown.
Card {
    id: panel
    title: qsTr("Session token")
    readonly property Auth auth: AuthProvider.auth
    readonly property var claims: auth.sessionClaims
    property int refreshCount: 0
    property string lastTokenSeen: ""
    property double now: Date.now()

    Connections {
        target: panel.auth
        function onSessionTokenChanged(token) {
            if (token.length > 0 && panel.lastTokenSeen.length > 0 && token !== panel.lastTokenSeen)
                panel.refreshCount += 1
            panel.lastTokenSeen = token
        }
    }
    Component.onCompleted: lastTokenSeen = auth.sessionToken
    Timer {
        interval: 250
        running: panel.visible
        repeat: true
        onTriggered: panel.now = Date.now()
    }

    readonly property int secondsLeft: claims.isValid ? Math.max(0, Math.round((claims.expiresAt.getTime() - now) / 1000)) : 0
    readonly property int lifetime: claims.isValid ? Math.round((claims.expiresAt.getTime() - claims.issuedAt.getTime()) / 1000) : 0

    RowLayout {
        Layout.fillWidth: true
        spacing: 16
        Label {
            objectName: "secondsLeft"
            text: panel.claims.isValid ? qsTr("%1 s").arg(panel.secondsLeft) : qsTr("no token")
            font.pointSize: ClerkTheme.font.pointSize + 8
            font.weight: Font.Bold
            color: panel.secondsLeft > 10 ? ClerkTheme.textColor : ClerkTheme.errorColor
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Label {
                Layout.fillWidth: true
                text: qsTr("until expiry")
                wrapMode: Text.Wrap
                color: ClerkTheme.mutedTextColor
            }
            Label {
                objectName: "refreshCount"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("refreshed %n time(s)", "", panel.refreshCount)
                color: ClerkTheme.mutedTextColor
            }
        }
    }
    ProgressBar {
        Layout.fillWidth: true
        Accessible.name: qsTr("Time left until the session token expires")
        from: 0
        to: Math.max(1, panel.lifetime)
        value: panel.secondsLeft
    }
    // A fixed list of claim names: the rows stay put while the token (and so the values) change underneath.
    // Rebuilding delegates of a Repeater inside a layout on every token refresh crashed Qt 6.4's layouts.
    function claimValue(name) {
        const c = panel.claims
        switch (name) {
        case "sub": return c.subject
        case "sid": return c.sessionId
        case "iss": return c.issuer
        case "azp": return c.authorizedParty || "—"
        case "iat": return c.isValid ? c.issuedAt.toLocaleTimeString(Qt.locale(ClerkLanguage.localeName), "HH:mm:ss") : "—"
        case "exp": return c.isValid ? c.expiresAt.toLocaleTimeString(Qt.locale(ClerkLanguage.localeName), "HH:mm:ss") : "—"
        case "v": return c.isValid ? String(c.version) : "—"
        case "org": return c.organizationSlug ? c.organizationSlug + " (" + c.organizationRole + ")" : "—"
        case "org perms": return c.organizationPermissions.join(", ") || "—"
        }
        return "—"
    }
    Repeater {
        model: ["sub", "sid", "iss", "azp", "iat", "exp", "v", "org", "org perms"]
        delegate: RowLayout {
            Layout.fillWidth: true
            spacing: 12
            Label {
                Layout.preferredWidth: 80
                Layout.alignment: Qt.AlignTop
                text: modelData
                color: ClerkTheme.mutedTextColor
            }
            // Ids and the issuer's URL are long unbroken words: wrapped anywhere, never cut.
            Label {
                objectName: "claim_" + modelData
                Layout.fillWidth: true
                text: panel.claimValue(modelData)
                font.family: "monospace"
                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                color: ClerkTheme.textColor
            }
        }
    }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: ClerkTheme.mutedTextColor
        font.pointSize: ClerkTheme.font.pointSize - 1
        text: qsTr("Decoded on the client for display only; the API below verifies it.")
    }
}
