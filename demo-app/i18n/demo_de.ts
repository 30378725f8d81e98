<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ApiPanel</name>
    <message>
        <source>Protected API</source>
        <translation>Geschützte API</translation>
    </message>
    <message>
        <source>No answer from the API.</source>
        <translation>Keine Antwort von der API.</translation>
    </message>
    <message>
        <source>GET %1/api/me with the session token as a Bearer header; the server verifies it against the instance&apos;s JWKS.</source>
        <translation>GET %1/api/me mit dem Sitzungstoken als Bearer-Header; der Server prüft es anhand der JWKS der Instanz.</translation>
    </message>
    <message>
        <source>The demo API is not part of this build.</source>
        <translation>Die Demo-API ist in diesem Build nicht enthalten.</translation>
    </message>
    <message>
        <source>Call GET /api/me</source>
        <translation>GET /api/me aufrufen</translation>
    </message>
    <message>
        <source>200 OK — token verified</source>
        <translation>200 OK – Token geprüft</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Answer of the API</source>
        <translation>Antwort der API</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Clerk Qt demo</source>
        <translation>Clerk-Qt-Demo</translation>
    </message>
    <message>
        <source>local emulator at %1</source>
        <extracomment>%1 is the emulator&apos;s address (http://127.0.0.1:port)</extracomment>
        <translation>lokaler Emulator unter %1</translation>
    </message>
    <message>
        <source>The emulator&apos;s default instance.</source>
        <translation>Die Standardinstanz des Emulators.</translation>
    </message>
    <message>
        <source>Instance profile</source>
        <translation>Instanzprofil</translation>
    </message>
    <message>
        <source>Offline — showing the last known account. Clerk is asked again as soon as the network is back.</source>
        <translation>Offline – das zuletzt bekannte Konto wird angezeigt. Clerk wird erneut gefragt, sobald das Netzwerk wieder da ist.</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Waiting for Clerk: %1</source>
        <translation>Warten auf Clerk: %1</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Konto hinzufügen</translation>
    </message>
</context>
<context>
    <name>SettingsButtons</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>colour scheme: follow the system&apos;s light or dark setting</extracomment>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>colour scheme</extracomment>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>colour scheme</extracomment>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Theme</source>
        <extracomment>the colour scheme (light or dark) of the window</extracomment>
        <translation>Design</translation>
    </message>
</context>
<context>
    <name>SignedInView</name>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Willkommen, %1</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Two-factor</source>
        <translation>Zwei-Faktor</translation>
    </message>
    <message>
        <source>on</source>
        <extracomment>two-factor authentication is on / off</extracomment>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Public metadata</source>
        <translation>Öffentliche Metadaten</translation>
    </message>
    <message>
        <source>Manage account</source>
        <translation>Konto verwalten</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Personal account</source>
        <translation>Persönliches Konto</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Mitgliedschaften</translation>
    </message>
    <message>
        <source>Manage organization</source>
        <translation>Organisation verwalten</translation>
    </message>
    <message>
        <source>Sessions on this client</source>
        <translation>Sitzungen auf diesem Client</translation>
    </message>
    <message>
        <source> · current</source>
        <translation> · aktuell</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Wechseln</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>active</source>
        <extracomment>a session&apos;s status</extracomment>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>pending</source>
        <extracomment>a session&apos;s status: signed in, with a task left to finish</extracomment>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>ended</source>
        <extracomment>a session&apos;s status</extracomment>
        <translation>beendet</translation>
    </message>
    <message>
        <source>expired</source>
        <extracomment>a session&apos;s status</extracomment>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>removed</source>
        <extracomment>a session&apos;s status</extracomment>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>replaced</source>
        <extracomment>a session&apos;s status: replaced by a newer session</extracomment>
        <translation>ersetzt</translation>
    </message>
    <message>
        <source>abandoned</source>
        <extracomment>a session&apos;s status: not used in time</extracomment>
        <translation>verwaist</translation>
    </message>
    <message>
        <source>revoked</source>
        <extracomment>a session&apos;s status</extracomment>
        <translation>widerrufen</translation>
    </message>
</context>
<context>
    <name>SignedOutView</name>
    <message>
        <source>Local emulator — nobody is signed in</source>
        <translation>Lokaler Emulator – niemand ist angemeldet</translation>
    </message>
    <message>
        <source>This demo runs a Clerk Frontend API emulator in-process. Sign in with one of its test accounts, or sign up with any address ending in +clerk_test@example.com. Verification codes are always 424242.</source>
        <translation>Diese Demo führt einen Emulator der Clerk Frontend API im Prozess aus. Melden Sie sich mit einem seiner Testkonten an oder registrieren Sie sich mit einer beliebigen Adresse, die auf +clerk_test@example.com endet. Bestätigungscodes lauten immer 424242.</translation>
    </message>
</context>
<context>
    <name>TestAccount</name>
    <message>
        <source>TOTP secret %1</source>
        <extracomment>an authenticator app&apos;s (TOTP) secret of a test account; %1 is the secret</extracomment>
        <translation>TOTP-Geheimnis %1</translation>
    </message>
    <message>
        <source>backup code %1</source>
        <extracomment>a two-factor backup code of a test account; %1 is the code</extracomment>
        <translation>Backup-Code %1</translation>
    </message>
</context>
<context>
    <name>TokenPanel</name>
    <message>
        <source>Session token</source>
        <translation>Sitzungstoken</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>no token</source>
        <translation>kein Token</translation>
    </message>
    <message>
        <source>until expiry</source>
        <translation>bis zum Ablauf</translation>
    </message>
    <message numerus="yes">
        <source>refreshed %n time(s)</source>
        <translation>
            <numerusform>%n-mal erneuert</numerusform>
            <numerusform>%n-mal erneuert</numerusform>
        </translation>
    </message>
    <message>
        <source>Time left until the session token expires</source>
        <translation>Verbleibende Zeit, bis das Sitzungstoken abläuft</translation>
    </message>
    <message>
        <source>Decoded on the client for display only; the API below verifies it.</source>
        <translation>Nur zur Anzeige auf dem Client dekodiert; die API unten prüft es.</translation>
    </message>
</context>
</TS>
