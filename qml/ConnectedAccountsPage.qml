import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clerk

// UserProfile's connected accounts page: the user's external accounts (provider, email, whether Clerk still
// trusts it), connecting another of the instance's providers through the browser (Account::
// connectExternalAccount), reauthorizing one that needs it, disconnecting. Shown where the instance enables at
// least one OAuth provider.
Item {
    id: root

    property var auth: AuthProvider.auth
    readonly property string title: qsTr("Connected accounts")
    readonly property bool available: !!auth && auth.oauthProviders.length > 0
    readonly property var user: auth ? auth.user : undefined
    readonly property var accounts: user ? user.externalAccounts : []
    /// The instance's providers the user has no verified account with yet.
    readonly property var connectable: {
        const out = []
        const providers = auth ? auth.oauthProviders : []
        for (let i = 0; providers && i < providers.length; ++i) {
            let connected = false
            for (let j = 0; accounts && j < accounts.length; ++j)
                connected = connected || (accounts[j].strategy === providers[i].strategy && accounts[j].verified)
            if (!connected)
                out.push(providers[i])
        }
        return out
    }
    /// The strategy whose browser round trip is in progress; empty otherwise.
    property string connecting: ""
    readonly property bool busy: pending > 0
    property int pending: 0
    property string formError: ""
    /// The error of the page's last operation; null until one fails, and again once the next one starts.
    property var error: null
    /// An operation failed with `error` (also shown as formError).
    signal errorOccurred(var error)

    /// Its own heading above the content; UserProfile turns it off, as it shows the page's title itself.
    property bool headingShown: true

    implicitWidth: 480
    implicitHeight: content.implicitHeight

    // The provider's display name from the environment ("Google"), the account's own provider id otherwise.
    function providerName(strategy, provider) {
        const providers = auth ? auth.oauthProviders : []
        for (let i = 0; providers && i < providers.length; ++i) {
            if (providers[i].strategy === strategy)
                return providers[i].name
        }
        return provider.length > 0 ? provider.charAt(0).toUpperCase() + provider.slice(1) : strategy
    }

    function run(reply, onSuccess) {
        if (!reply)
            return
        formError = ""
        root.error = null
        pending += 1
        reply.errorOccurred.connect(root, function (error) { root.error = error })
        reply.finished.connect(root, function () {
            pending -= 1
            connecting = ""
            if (reply.hasError) {
                // The user closing the flow is no failure to report.
                if (root.error.kind !== Error.Canceled)
                    formError = FormErrors.messageOf(root.error)
                root.errorOccurred(root.error)
            } else if (onSuccess) {
                onSuccess(reply.result)
            }
        })
    }

    function connectProvider(strategy) {
        connecting = strategy
        run(auth.account.connectExternalAccount(strategy))
    }

    function reauthorize(account) {
        connecting = account.strategy
        run(auth.account.reauthorizeExternalAccount(account.id))
    }

    // The providers come from the environment, read once per configuration when nobody has yet (as SignIn).
    property bool environmentRequested: false
    function loadEnvironment() {
        if (!auth || environmentRequested || auth.status === Auth.Loading)
            return
        environmentRequested = true
        if (auth.oauthProviders.length === 0)
            auth.loadEnvironment()
    }
    onAuthChanged: {
        environmentRequested = false
        loadEnvironment()
    }
    Connections {
        target: root.auth
        function onStatusChanged() { root.loadEnvironment() }
        function onConfigChanged() { root.environmentRequested = false }
    }
    Component.onCompleted: loadEnvironment()

    ColumnLayout {
        id: content
        objectName: "content"
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: ClerkTheme.spacing

        Label {
            objectName: "pageTitle"
            Layout.fillWidth: true
            visible: root.headingShown
            wrapMode: Text.Wrap
            text: root.title
            font.pointSize: ClerkTheme.font.pointSize + 4
            font.weight: Font.Bold
            color: ClerkTheme.textColor
        }
        Label {
            objectName: "emptyLabel"
            Layout.fillWidth: true
            visible: root.accounts.length === 0
            wrapMode: Text.Wrap
            color: ClerkTheme.mutedTextColor
            text: qsTr("No accounts connected yet.")
        }

        Repeater {
            objectName: "accountRepeater"
            model: root.accounts
            delegate: RowLayout {
                objectName: "account_" + modelData.strategy
                Layout.fillWidth: true
                spacing: 10
                enabled: !root.busy
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        objectName: "providerLabel"
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                        text: root.providerName(modelData.strategy, modelData.provider)
                        font.weight: Font.DemiBold
                        color: ClerkTheme.textColor
                    }
                    Label {
                        objectName: "emailLabel"
                        Layout.fillWidth: true
                        visible: text.length > 0
                        text: modelData.emailAddress.length > 0 ? modelData.emailAddress : modelData.username
                        elide: Text.ElideRight
                        color: ClerkTheme.mutedTextColor
                    }
                    Label {
                        objectName: "statusLabel"
                        Layout.fillWidth: true
                        visible: !modelData.verified
                        wrapMode: Text.Wrap
                        text: qsTr("Needs your permission again: reauthorize to keep using it.")
                        color: ClerkTheme.errorColor
                    }
                }
                ClerkLink {
                    objectName: "reauthorizeLink"
                    visible: !modelData.verified
                    text: qsTr("Reauthorize")
                    Accessible.role: Accessible.Link
                    Accessible.name: qsTr("Reauthorize %1").arg(root.providerName(modelData.strategy, modelData.provider))
                    onClicked: root.reauthorize(modelData)
                }
                ClerkLink {
                    objectName: "disconnectLink"
                    text: qsTr("Disconnect")
                    accentColor: ClerkTheme.errorColor
                    Accessible.role: Accessible.Link
                    Accessible.name: qsTr("Disconnect %1").arg(root.providerName(modelData.strategy, modelData.provider))
                    onClicked: root.run(root.auth.account.disconnectExternalAccount(modelData.id))
                }
            }
        }

        Label {
            Layout.fillWidth: true
            Layout.topMargin: 8
            visible: root.connectable.length > 0
            wrapMode: Text.Wrap
            text: qsTr("Connect another account")
            font.weight: Font.DemiBold
            color: ClerkTheme.textColor
        }
        // A Column (not a layout) holds the repeater, as in SignIn: buttons appearing never re-enter layout code.
        Column {
            objectName: "connectButtons"
            Layout.fillWidth: true
            spacing: 6
            enabled: !root.busy
            Repeater {
                model: root.connectable
                delegate: ClerkButton {
                    objectName: "connect_" + modelData.strategy
                    width: parent.width
                    primary: false
                    text: qsTr("Connect %1").arg(modelData.name)
                    Accessible.name: qsTr("Connect your %1 account").arg(modelData.name)
                    busy: root.connecting === modelData.strategy
                    onClicked: root.connectProvider(modelData.strategy)
                }
            }
        }

        RowLayout {
            objectName: "browserNote"
            Layout.fillWidth: true
            visible: root.connecting.length > 0
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("Continue in your browser…")
                color: ClerkTheme.mutedTextColor
            }
            ClerkLink {
                objectName: "cancelConnectLink"
                text: qsTr("Cancel")
                Accessible.role: Accessible.Link
                Accessible.name: qsTr("Cancel connecting the account")
                onClicked: root.auth.cancelOAuth()
            }
        }

        Label {
            objectName: "formError"
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.formError
            color: ClerkTheme.errorColor
            wrapMode: Text.Wrap
            // Announced when it appears.
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
    }
}
