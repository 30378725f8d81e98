import QtQuick
import Clerk

// `import Clerk` from the QML import path: the Auth type, a ready-made component, and a sign-in through QML.
Item {
    id: root
    width: 420
    height: 640
    property string result: ""
    property alias auth: clerk

    // Not `id: auth`: inside a gate's content, `auth: auth` would name the component's own property.
    Auth {
        id: clerk
        publishableKey: clerkPublishableKey
        persistSession: false
        onStatusChanged: {
            if (status === Auth.SignedOut)
                signIn("jane+clerk_test@example.com", "correct horse battery staple")
                    .errorOccurred.connect((error) => root.result = "error " + error.code)
        }
        onSessionTokenChanged: (token) => {
            if (token.length > 0)
                root.result = "token for " + sessionClaims.subject + " (user " + user.id + ")"
        }
        onBackgroundErrorChanged: if (!backgroundError.isNull) root.result = "error " + backgroundError.code
    }

    SignedOut {
        auth: clerk
        SignIn { auth: clerk; anchors.fill: parent }
    }
    SignedIn {
        auth: clerk
        UserButton { auth: clerk }
    }
}
