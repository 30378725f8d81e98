import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clerk

// Calls the demo's protected API (DemoApiServer, GET /api/me) with `Authorization: Bearer <session token>`
// and shows what it answered: the claims it verified, or why it refused.
Card {
    id: panel
    title: qsTr("Protected API")
    readonly property Auth auth: AuthProvider.auth
    property int lastStatus: 0
    property string lastBody: ""
    property bool busy: false

    function call() {
        if (busy || demo.apiUrl.toString().length === 0)
            return
        busy = true
        lastStatus = 0
        const xhr = new XMLHttpRequest()
        xhr.onreadystatechange = function () {
            if (xhr.readyState !== XMLHttpRequest.DONE)
                return
            busy = false
            let body = xhr.responseText
            try { body = JSON.stringify(JSON.parse(body), null, 2) } catch (e) {}
            lastBody = xhr.status === 0 ? qsTr("No answer from the API.") : body
            lastStatus = xhr.status === 0 ? -1 : xhr.status
        }
        xhr.open("GET", demo.apiUrl + "/api/me")
        if (auth.sessionToken.length > 0)
            xhr.setRequestHeader("Authorization", "Bearer " + auth.sessionToken)
        xhr.send()
    }

    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: ClerkTheme.mutedTextColor
        text: demo.apiUrl.toString().length > 0
              ? qsTr("GET %1/api/me with the session token as a Bearer header; the server verifies it against the instance's JWKS.").arg(demo.apiUrl)
              : qsTr("The demo API is not part of this build.")
    }
    RowLayout {
        spacing: 12
        ClerkButton {
            objectName: "callApiButton"
            text: qsTr("Call GET /api/me")
            enabled: demo.apiUrl.toString().length > 0
            busy: panel.busy
            onClicked: panel.call()
        }
        Label {
            objectName: "apiStatus"
            visible: panel.lastStatus !== 0
            text: panel.lastStatus === 200 ? qsTr("200 OK — token verified") : qsTr("HTTP %1").arg(panel.lastStatus)
            color: panel.lastStatus === 200 ? "#1a7f37" : ClerkTheme.errorColor
            font.weight: Font.DemiBold
        }
    }
    ScrollView {
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.preferredHeight: 180
        visible: panel.lastBody.length > 0
        TextArea {
            objectName: "apiBody"
            readOnly: true
            text: panel.lastBody
            font.family: "monospace"
            font.pointSize: ClerkTheme.font.pointSize - 1
            wrapMode: TextEdit.NoWrap
            background: Rectangle { color: "#f6f8fa"; radius: ClerkTheme.radius }
        }
    }
}
