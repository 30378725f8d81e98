import QtQuick
import QtTest
import Clerk

// UserButton's "Offline" badge: an Auth that starts without network shows the last known account from the
// keychain's snapshot, and the badge says so until Clerk answers again.
Item {
    id: root
    width: 420
    height: 120

    readonly property string service: "clerk-qt-qmltest-offline"

    Component {
        id: authComponent
        Auth {
            publishableKey: emulator.publishableKey
            keychainService: root.service
        }
    }
    Component {
        id: buttonComponent
        Rectangle {
            property alias button: button
            width: 360
            height: 56
            color: ClerkTheme.surfaceColor
            UserButton {
                id: button
                anchors.centerIn: parent
                opensUserProfile: false
            }
        }
    }

    TestCase {
        name: "OfflineBadge"
        when: windowShown

        function init() {
            emulator.reset()
            emulator.forgetStoredClient(root.service)
        }
        function cleanup() {
            emulator.setNetworkDown(false)
            emulator.forgetStoredClient(root.service)
        }

        function test_offlineBadge() {
            // Online: sign in, and wait until the keychain entry holds the client's snapshot.
            const first = createTemporaryObject(authComponent, root)
            tryCompare(first, "status", Auth.SignedOut, 10000)
            first.signIn("jane+clerk_test@example.com", "correct horse battery staple")
            tryCompare(first, "signedIn", true, 10000)
            tryVerify(() => emulator.hasStoredSnapshot(root.service), 20000)
            first.destroy()

            // The next start finds no network: the last known account at once, marked offline.
            emulator.setNetworkDown(true)
            const auth = createTemporaryObject(authComponent, root)
            const holder = createTemporaryObject(buttonComponent, root)
            const button = holder.button
            button.auth = auth
            tryCompare(auth, "offline", true, 10000)
            compare(auth.status, Auth.SignedIn)
            compare(auth.sessionToken, "")
            verify(button.visible)
            compare(findChild(button, "userName").text, "Jane Doe")
            const badge = findChild(button, "offlineBadge")
            verify(badge)
            verify(badge.visible)
            compare(badge.text, "Offline")
            compare(badge.Accessible.name, "Offline: showing the last known account")
            waitForItemPolished(button.contentItem)
            grabImage(holder).save(screenshotDir + "/offline.png")

            // Clerk answers again (reload() retries at once): the badge goes.
            emulator.setNetworkDown(false)
            auth.reload()
            tryCompare(auth, "offline", false, 10000)
            verify(!badge.visible)
            verify(auth.sessionToken !== "")
        }
    }
}
