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
        objectName: "apiDescription"
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: ClerkTheme.mutedTextColor
        text: demo.apiUrl.toString().length > 0
              ? qsTr("GET %1/api/me with the session token as a Bearer header; the server verifies it against the instance's JWKS.").arg(demo.apiUrl)
              : qsTr("The demo API is not part of this build.")
    }
    // The button, and beside it (under it when there is no room) what the API answered.
    Flow {
        Layout.fillWidth: true
        spacing: 12
        ClerkButton {
            id: callButton
            objectName: "callApiButton"
            text: qsTr("Call GET /api/me")
            enabled: demo.apiUrl.toString().length > 0
            busy: panel.busy
            onClicked: panel.call()
        }
        Label {
            objectName: "apiStatus"
            height: callButton.height
            verticalAlignment: Text.AlignVCenter
            visible: panel.lastStatus !== 0
            text: panel.lastStatus === 200 ? qsTr("200 OK — token verified") : qsTr("HTTP %1").arg(panel.lastStatus)
            color: panel.lastStatus === 200 ? ClerkTheme.successColor : ClerkTheme.errorColor
            font.weight: Font.DemiBold
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
    }
    ScrollView {
        Layout.fillWidth: true
        Layout.preferredHeight: 180
        visible: panel.lastBody.length > 0
        TextArea {
            objectName: "apiBody"
            readOnly: true
            text: panel.lastBody
            font.family: "monospace"
            font.pointSize: ClerkTheme.font.pointSize - 1
            wrapMode: TextEdit.NoWrap
            color: ClerkTheme.textColor
            background: Rectangle {
                color: ClerkTheme.backgroundColor
                border.color: ClerkTheme.borderColor
                radius: ClerkTheme.radius
            }
            Accessible.name: qsTr("Answer of the API")
        }
    }
}
