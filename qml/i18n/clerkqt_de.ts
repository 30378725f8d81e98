<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Clerk::OAuthListener</name>
    <message>
        <source>Sign-in interrupted</source>
        <translation>Anmeldung unterbrochen</translation>
    </message>
    <message>
        <source>The app stopped waiting for this sign-in.</source>
        <translation>Die App wartet nicht mehr auf diese Anmeldung.</translation>
    </message>
    <message>
        <source>Not this sign-in</source>
        <translation>Nicht diese Anmeldung</translation>
    </message>
    <message>
        <source>This link does not belong to the sign-in the app is waiting for.</source>
        <translation>Dieser Link gehört nicht zu der Anmeldung, auf die die App wartet.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
</context>
<context>
    <name>ClerkButton</name>
    <message>
        <source>Working…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
</context>
<context>
    <name>ClerkErrors</name>
    <message>
        <source>No account was found with that identifier.</source>
        <translation>Zu dieser Kennung wurde kein Konto gefunden.</translation>
    </message>
    <message>
        <source>The password is incorrect. Try again, or use another method.</source>
        <translation>Das Passwort ist falsch. Versuchen Sie es erneut oder verwenden Sie eine andere Methode.</translation>
    </message>
    <message>
        <source>That identifier is already taken. Please try another one.</source>
        <translation>Diese Kennung ist bereits vergeben. Bitte versuchen Sie eine andere.</translation>
    </message>
    <message>
        <source>You are already signed in with this account.</source>
        <translation>Sie sind mit diesem Konto bereits angemeldet.</translation>
    </message>
    <message>
        <source>You are already signed in.</source>
        <translation>Sie sind bereits angemeldet.</translation>
    </message>
    <message>
        <source>This way of signing in is not available for this account.</source>
        <translation>Diese Anmeldemethode ist für dieses Konto nicht verfügbar.</translation>
    </message>
    <message>
        <source>The value entered is not in a valid format.</source>
        <translation>Das Format des eingegebenen Werts ist ungültig.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Dieses Feld ist erforderlich.</translation>
    </message>
    <message>
        <source>The value entered is not valid.</source>
        <translation>Der eingegebene Wert ist ungültig.</translation>
    </message>
    <message>
        <source>The form contains a field this application does not accept.</source>
        <translation>Das Formular enthält ein Feld, das diese Anwendung nicht akzeptiert.</translation>
    </message>
    <message>
        <source>A username may only contain letters, numbers, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>Ein Benutzername darf nur Buchstaben, Ziffern, „-“ und „_“ enthalten.</translation>
    </message>
    <message>
        <source>The username is too short or too long.</source>
        <translation>Der Benutzername ist zu kurz oder zu lang.</translation>
    </message>
    <message>
        <source>Some required information is still missing.</source>
        <translation>Es fehlen noch erforderliche Angaben.</translation>
    </message>
    <message>
        <source>This feature is not enabled for this application.</source>
        <translation>Diese Funktion ist für diese Anwendung nicht aktiviert.</translation>
    </message>
    <message>
        <source>This identifier is not allowed to access this application.</source>
        <translation>Mit dieser Kennung ist der Zugriff auf diese Anwendung nicht erlaubt.</translation>
    </message>
    <message>
        <source>Your account is locked. Please try again later.</source>
        <translation>Ihr Konto ist gesperrt. Bitte versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>A second verification step is required.</source>
        <translation>Ein zweiter Bestätigungsschritt ist erforderlich.</translation>
    </message>
    <message>
        <source>This sign-in can no longer be moved to a sign-up. Please start again.</source>
        <translation>Diese Anmeldung kann nicht mehr in eine Registrierung umgewandelt werden. Bitte beginnen Sie von vorn.</translation>
    </message>
    <message>
        <source>This account is already connected to another user.</source>
        <translation>Dieses Konto ist bereits mit einem anderen Benutzer verbunden.</translation>
    </message>
    <message>
        <source>No account is connected to this provider yet.</source>
        <translation>Mit diesem Anbieter ist noch kein Konto verbunden.</translation>
    </message>
    <message>
        <source>Signing in with this provider is not enabled.</source>
        <translation>Die Anmeldung über diesen Anbieter ist nicht aktiviert.</translation>
    </message>
    <message>
        <source>This link has expired. Please ask for a new one.</source>
        <translation>Dieser Link ist abgelaufen. Bitte fordern Sie einen neuen an.</translation>
    </message>
    <message>
        <source>This link is not valid.</source>
        <translation>Dieser Link ist ungültig.</translation>
    </message>
    <message>
        <source>This password was found in a data breach. Please choose another one.</source>
        <translation>Dieses Passwort wurde in einem Datenleck gefunden. Bitte wählen Sie ein anderes.</translation>
    </message>
    <message>
        <source>The password is too short.</source>
        <translation>Das Passwort ist zu kurz.</translation>
    </message>
    <message>
        <source>The password is incorrect.</source>
        <translation>Das Passwort ist falsch.</translation>
    </message>
    <message>
        <source>The password is not strong enough.</source>
        <translation>Das Passwort ist nicht sicher genug.</translation>
    </message>
    <message>
        <source>A password is required.</source>
        <translation>Ein Passwort ist erforderlich.</translation>
    </message>
    <message>
        <source>The code is incorrect.</source>
        <translation>Der Code ist falsch.</translation>
    </message>
    <message>
        <source>The code has expired. Please ask for a new one.</source>
        <translation>Der Code ist abgelaufen. Bitte fordern Sie einen neuen an.</translation>
    </message>
    <message>
        <source>Too many attempts. Please ask for a new code.</source>
        <translation>Zu viele Versuche. Bitte fordern Sie einen neuen Code an.</translation>
    </message>
    <message>
        <source>This has already been verified.</source>
        <translation>Dies wurde bereits bestätigt.</translation>
    </message>
    <message>
        <source>Please ask for a verification code first.</source>
        <translation>Bitte fordern Sie zuerst einen Bestätigungscode an.</translation>
    </message>
    <message>
        <source>Please verify this first.</source>
        <translation>Bitte bestätigen Sie dies zuerst.</translation>
    </message>
    <message>
        <source>Backup codes are not available for this account.</source>
        <translation>Für dieses Konto sind keine Backup-Codes verfügbar.</translation>
    </message>
    <message>
        <source>An authenticator app is already set up.</source>
        <translation>Es ist bereits eine Authenticator-App eingerichtet.</translation>
    </message>
    <message>
        <source>This phone number is used for two-step verification.</source>
        <translation>Diese Telefonnummer wird für die Bestätigung in zwei Schritten verwendet.</translation>
    </message>
    <message>
        <source>This cannot be removed: it is your only way to sign in.</source>
        <translation>Dies kann nicht entfernt werden, da es Ihre einzige Möglichkeit zur Anmeldung ist.</translation>
    </message>
    <message>
        <source>There is no image to remove.</source>
        <translation>Es gibt kein Bild, das entfernt werden könnte.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Ihre Sitzung wurde beendet. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>You are signed out. Please sign in again.</source>
        <translation>Sie sind abgemeldet. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>That item no longer exists.</source>
        <translation>Dieses Element existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Too many requests. Please wait a moment and try again.</source>
        <translation>Zu viele Anfragen. Bitte warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>You are not a member of this organization.</source>
        <translation>Sie sind kein Mitglied dieser Organisation.</translation>
    </message>
    <message>
        <source>You do not have permission to do this in this organization.</source>
        <translation>Dafür fehlt Ihnen in dieser Organisation die Berechtigung.</translation>
    </message>
    <message>
        <source>This person is already a member of the organization.</source>
        <translation>Diese Person ist bereits Mitglied der Organisation.</translation>
    </message>
    <message>
        <source>This domain has already been added.</source>
        <translation>Diese Domain wurde bereits hinzugefügt.</translation>
    </message>
    <message>
        <source>This invitation no longer exists.</source>
        <translation>Diese Einladung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>This invitation has already been used or revoked.</source>
        <translation>Diese Einladung wurde bereits verwendet oder widerrufen.</translation>
    </message>
    <message>
        <source>This address has already been invited.</source>
        <translation>Diese Adresse wurde bereits eingeladen.</translation>
    </message>
    <message>
        <source>Deleting organizations is not enabled for this application.</source>
        <translation>Das Löschen von Organisationen ist für diese Anwendung nicht aktiviert.</translation>
    </message>
    <message>
        <source>You cannot create more organizations.</source>
        <translation>Sie können keine weiteren Organisationen erstellen.</translation>
    </message>
    <message>
        <source>Clerk could not be reached. Check your connection and try again.</source>
        <translation>Clerk ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>You are offline. Check your connection and try again.</source>
        <translation>Sie sind offline. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Clerk took too long to answer. Please try again.</source>
        <translation>Clerk hat zu lange nicht geantwortet. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Signing in with the provider was cancelled.</source>
        <translation>Die Anmeldung beim Anbieter wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The provider did not allow signing in.</source>
        <translation>Der Anbieter hat die Anmeldung nicht zugelassen.</translation>
    </message>
    <message>
        <source>Signing in with the provider took too long. Please try again.</source>
        <translation>Die Anmeldung beim Anbieter hat zu lange gedauert. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Signing in with the provider failed. Please try again.</source>
        <translation>Die Anmeldung beim Anbieter ist fehlgeschlagen. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No web browser could be opened.</source>
        <translation>Es konnte kein Webbrowser geöffnet werden.</translation>
    </message>
    <message>
        <source>The link has expired. Please ask for a new one.</source>
        <translation>Der Link ist abgelaufen. Bitte fordern Sie einen neuen an.</translation>
    </message>
    <message>
        <source>The link was not opened in time. Please ask for a new one.</source>
        <translation>Der Link wurde nicht rechtzeitig geöffnet. Bitte fordern Sie einen neuen an.</translation>
    </message>
    <message>
        <source>The link was opened on another device. Please continue there, or ask for a new link.</source>
        <translation>Der Link wurde auf einem anderen Gerät geöffnet. Bitte fahren Sie dort fort oder fordern Sie einen neuen Link an.</translation>
    </message>
    <message>
        <source>The link could not be verified. Please ask for a new one.</source>
        <translation>Der Link konnte nicht überprüft werden. Bitte fordern Sie einen neuen an.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied, so you will need to sign in again next time.</source>
        <translation>Der Zugriff auf den Schlüsselbund des Systems wurde verweigert. Sie müssen sich daher beim nächsten Mal erneut anmelden.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so you will need to sign in again next time.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar. Sie müssen sich daher beim nächsten Mal erneut anmelden.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Die Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The file is not an image that can be used.</source>
        <translation>Die Datei ist kein verwendbares Bild.</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>That username is taken. Please try another one.</source>
        <translation>Dieser Benutzername ist bereits vergeben. Bitte versuchen Sie einen anderen.</translation>
    </message>
    <message>
        <source>That email address is taken. Please try another one.</source>
        <translation>Diese E-Mail-Adresse ist bereits vergeben. Bitte versuchen Sie eine andere.</translation>
    </message>
    <message>
        <source>That phone number is taken. Please try another one.</source>
        <translation>Diese Telefonnummer ist bereits vergeben. Bitte versuchen Sie eine andere.</translation>
    </message>
</context>
<context>
    <name>CodeField</name>
    <message>
        <source>Verification code</source>
        <translation>Bestätigungscode</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s)</source>
        <translation>
            <numerusform>%n Ziffer</numerusform>
            <numerusform>%n Ziffern</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectedAccountsPage</name>
    <message>
        <source>Connected accounts</source>
        <translation>Verbundene Konten</translation>
    </message>
    <message>
        <source>No accounts connected yet.</source>
        <translation>Noch keine Konten verbunden.</translation>
    </message>
    <message>
        <source>Needs your permission again: reauthorize to keep using it.</source>
        <translation>Erneute Zustimmung nötig: Autorisieren Sie das Konto neu, um es weiter zu verwenden.</translation>
    </message>
    <message>
        <source>Reauthorize</source>
        <translation>Neu autorisieren</translation>
    </message>
    <message>
        <source>Reauthorize %1</source>
        <translation>%1 neu autorisieren</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>Disconnect %1</source>
        <translation>%1 trennen</translation>
    </message>
    <message>
        <source>Connect another account</source>
        <translation>Weiteres Konto verbinden</translation>
    </message>
    <message>
        <source>Connect %1</source>
        <translation>%1 verbinden</translation>
    </message>
    <message>
        <source>Connect your %1 account</source>
        <translation>Ihr %1-Konto verbinden</translation>
    </message>
    <message>
        <source>Continue in your browser…</source>
        <translation>Weiter im Browser…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel connecting the account</source>
        <translation>Verbinden des Kontos abbrechen</translation>
    </message>
</context>
<context>
    <name>CreateOrganization</name>
    <message>
        <source>Create organization</source>
        <translation>Organisation erstellen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organization name</source>
        <translation>Name der Organisation</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <source>Organization slug</source>
        <translation>Slug der Organisation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel creating an organization</source>
        <translation>Erstellen der Organisation abbrechen</translation>
    </message>
</context>
<context>
    <name>DeleteAccountPage</name>
    <message>
        <source>Delete account</source>
        <translation>Konto löschen</translation>
    </message>
    <message>
        <source>Deleting your account removes it and everything in it, on every device. This cannot be undone.</source>
        <translation>Wenn Sie Ihr Konto löschen, wird es mit allen Inhalten auf allen Geräten entfernt. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Type &quot;%1&quot; to confirm</source>
        <translation>Geben Sie zur Bestätigung „%1“ ein</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Unknown browser</source>
        <translation>Unbekannter Browser</translation>
    </message>
    <message>
        <source>Unknown device</source>
        <translation>Unbekanntes Gerät</translation>
    </message>
    <message>
        <source>%1 (mobile)</source>
        <translation>%1 (mobil)</translation>
    </message>
    <message>
        <source>Where you are signed in. Sign out a device you don&apos;t recognise.</source>
        <translation>Hier sind Sie angemeldet. Melden Sie Geräte ab, die Sie nicht wiedererkennen.</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Dieses Gerät</translation>
    </message>
    <message>
        <source>Last active %1</source>
        <translation>Zuletzt aktiv: %1</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Sign out %1 on %2</source>
        <translation>%1 auf %2 abmelden</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>EmailAddressesPage</name>
    <message>
        <source>Email addresses</source>
        <translation>E-Mail-Adressen</translation>
    </message>
</context>
<context>
    <name>EmailLinkWait</name>
    <message>
        <source>We sent a sign-in link to %1. Open it on this device or any other: this screen continues on its own.</source>
        <translation>Wir haben einen Anmeldelink an %1 gesendet. Öffnen Sie ihn auf diesem oder einem anderen Gerät – diese Ansicht geht danach von selbst weiter.</translation>
    </message>
    <message>
        <source>Resend link</source>
        <translation>Link erneut senden</translation>
    </message>
    <message>
        <source>Send a new link</source>
        <translation>Neuen Link senden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Waiting for the link to be opened</source>
        <translation>Warten, bis der Link geöffnet wird</translation>
    </message>
</context>
<context>
    <name>IdentificationsPage</name>
    <message>
        <source>Enter a phone number.</source>
        <translation>Geben Sie eine Telefonnummer ein.</translation>
    </message>
    <message>
        <source>Enter an email address.</source>
        <translation>Geben Sie eine E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>Enter the code.</source>
        <translation>Geben Sie den Code ein.</translation>
    </message>
    <message>
        <source>%1 is verified.</source>
        <translation>%1 ist bestätigt.</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>%1 wurde entfernt.</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primär</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Nicht bestätigt</translation>
    </message>
    <message>
        <source>Two-step verification</source>
        <translation>Bestätigung in zwei Schritten</translation>
    </message>
    <message>
        <source>Use for two-step verification</source>
        <translation>Für die Bestätigung in zwei Schritten verwenden</translation>
    </message>
    <message>
        <source>Use %1 for two-step verification</source>
        <translation>%1 für die Bestätigung in zwei Schritten verwenden</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Verify %1</source>
        <translation>%1 bestätigen</translation>
    </message>
    <message>
        <source>Make primary</source>
        <translation>Als primär festlegen</translation>
    </message>
    <message>
        <source>Make %1 primary</source>
        <translation>%1 als primär festlegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>No phone numbers yet.</source>
        <translation>Noch keine Telefonnummern.</translation>
    </message>
    <message>
        <source>No email addresses yet.</source>
        <translation>Noch keine E-Mail-Adressen.</translation>
    </message>
    <message>
        <source>Add phone number</source>
        <translation>Telefonnummer hinzufügen</translation>
    </message>
    <message>
        <source>Add email address</source>
        <translation>E-Mail-Adresse hinzufügen</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>+15555550100</source>
        <translation>+15555550100</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>A text message with a verification code will be sent to this number.</source>
        <translation>An diese Nummer wird eine SMS mit einem Bestätigungscode gesendet.</translation>
    </message>
    <message>
        <source>An email with a verification code will be sent to this address.</source>
        <translation>An diese Adresse wird eine E-Mail mit einem Bestätigungscode gesendet.</translation>
    </message>
    <message>
        <source>Enter the verification code sent to %1</source>
        <translation>Geben Sie den an %1 gesendeten Bestätigungscode ein</translation>
    </message>
    <message>
        <source>Resend code</source>
        <translation>Code erneut senden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
</context>
<context>
    <name>IdentifierField</name>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>+1 555 555 0100</source>
        <translation>+1 555 555 0100</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Email address or phone number</source>
        <translation>E-Mail-Adresse oder Telefonnummer</translation>
    </message>
    <message>
        <source>Email address or username</source>
        <translation>E-Mail-Adresse oder Benutzername</translation>
    </message>
    <message>
        <source>Phone number or username</source>
        <translation>Telefonnummer oder Benutzername</translation>
    </message>
    <message>
        <source>Email address, phone number or username</source>
        <translation>E-Mail-Adresse, Telefonnummer oder Benutzername</translation>
    </message>
</context>
<context>
    <name>OAuthButtons</name>
    <message>
        <source>Continue with %1</source>
        <translation>Weiter mit %1</translation>
    </message>
    <message>
        <source>or</source>
        <translation>oder</translation>
    </message>
</context>
<context>
    <name>OrganizationDomainsPage</name>
    <message>
        <source>Verified domains</source>
        <translation>Bestätigte Domains</translation>
    </message>
    <message>
        <source>Enter a domain, such as example.com.</source>
        <translation>Geben Sie eine Domain ein, z. B. example.com.</translation>
    </message>
    <message>
        <source>%1 is verified.</source>
        <translation>%1 ist bestätigt.</translation>
    </message>
    <message>
        <source>Enter your address at %1.</source>
        <translation>Geben Sie Ihre Adresse bei %1 ein.</translation>
    </message>
    <message>
        <source>Enter the code.</source>
        <translation>Geben Sie den Code ein.</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>%1 wurde entfernt.</translation>
    </message>
    <message>
        <source>Automatic invitation</source>
        <translation>Automatische Einladung</translation>
    </message>
    <message>
        <source>Automatic suggestion</source>
        <translation>Automatischer Vorschlag</translation>
    </message>
    <message>
        <source>No automatic enrollment</source>
        <translation>Keine automatische Aufnahme</translation>
    </message>
    <message>
        <source>People with a verified email address at a verified domain can be invited to, or offered, this organization.</source>
        <translation>Personen mit einer bestätigten E-Mail-Adresse bei einer bestätigten Domain können automatisch in diese Organisation eingeladen werden oder sie als Vorschlag erhalten.</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Nicht bestätigt</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Verify %1</source>
        <translation>%1 bestätigen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Enrollment: %1</source>
        <translation>Aufnahme: %1</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <source>No domains yet.</source>
        <translation>Noch keine Domains.</translation>
    </message>
    <message>
        <source>Add domain</source>
        <translation>Domain hinzufügen</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Your email address at %1</source>
        <translation>Ihre E-Mail-Adresse bei %1</translation>
    </message>
    <message>
        <source>Code sent to %1</source>
        <translation>An %1 gesendeter Code</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Send code</source>
        <translation>Code senden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A domain in the list, for screen readers: %1 the domain, %2 &quot;Verified&quot; or &quot;Unverified&quot;</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Joins the counts of a domain&apos;s pending invitations and pending suggestions</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n pending suggestion(s)</source>
        <translation>
            <numerusform>%n ausstehender Vorschlag</numerusform>
            <numerusform>%n ausstehende Vorschläge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganizationGeneralPage</name>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Organization updated.</source>
        <translation>Organisation aktualisiert.</translation>
    </message>
    <message>
        <source>Logo updated.</source>
        <translation>Logo aktualisiert.</translation>
    </message>
    <message>
        <source>Logo removed.</source>
        <translation>Logo entfernt.</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Logo auswählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>Upload logo</source>
        <translation>Logo hochladen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Logo entfernen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save organization</source>
        <translation>Organisation speichern</translation>
    </message>
    <message>
        <source>Leave organization</source>
        <translation>Organisation verlassen</translation>
    </message>
    <message>
        <source>You will lose access to %1 and its data until you are invited again.</source>
        <translation>Sie verlieren den Zugriff auf %1 und die zugehörigen Daten, bis Sie erneut eingeladen werden.</translation>
    </message>
    <message>
        <source>Remove yourself from this organization.</source>
        <translation>Treten Sie aus dieser Organisation aus.</translation>
    </message>
    <message>
        <source>Stay in the organization</source>
        <translation>In der Organisation bleiben</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Verlassen</translation>
    </message>
    <message>
        <source>Confirm leaving the organization</source>
        <translation>Verlassen der Organisation bestätigen</translation>
    </message>
    <message>
        <source>Delete organization</source>
        <translation>Organisation löschen</translation>
    </message>
    <message>
        <source>Deleting the organization removes it for every member. This cannot be undone.</source>
        <translation>Wenn Sie die Organisation löschen, wird sie für alle Mitglieder entfernt. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Type &quot;%1&quot; to confirm</source>
        <translation>Geben Sie zur Bestätigung „%1“ ein</translation>
    </message>
    <message>
        <source>Logo of %1</source>
        <extracomment>The organization&apos;s logo image, for screen readers; %1 is the organization&apos;s name</extracomment>
        <translation>Logo von %1</translation>
    </message>
</context>
<context>
    <name>OrganizationInvitationsPage</name>
    <message>
        <source>Invitations</source>
        <translation>Einladungen</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Enter at least one email address.</source>
        <translation>Geben Sie mindestens eine E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>Invitation sent to %1.</source>
        <translation>Einladung an %1 gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) sent.</source>
        <translation>
            <numerusform>%n Einladung gesendet.</numerusform>
            <numerusform>%n Einladungen gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invitation to %1 revoked.</source>
        <translation>Einladung an %1 widerrufen.</translation>
    </message>
    <message>
        <source>Invite people to %1 by email. They join with the role you choose once they accept.</source>
        <translation>Laden Sie Personen per E-Mail zu %1 ein. Sobald sie annehmen, treten sie mit der gewählten Rolle bei.</translation>
    </message>
    <message>
        <source>Email addresses</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <source>name@example.com, other@example.com</source>
        <translation>name@example.com, andere@example.com</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Send invitations</source>
        <translation>Einladungen senden</translation>
    </message>
    <message>
        <source>Pending invitations</source>
        <translation>Ausstehende Einladungen</translation>
    </message>
    <message>
        <source>No pending invitations.</source>
        <translation>Keine ausstehenden Einladungen.</translation>
    </message>
    <message>
        <source>Invited as %1 · %2</source>
        <translation>Eingeladen als %1 · %2</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Revoke the invitation to %1</source>
        <translation>Einladung an %1 widerrufen</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous invitations</source>
        <translation>Vorherige Einladungen</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 von %3</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next invitations</source>
        <translation>Nächste Einladungen</translation>
    </message>
    <message>
        <source>The role the invited people get</source>
        <extracomment>Read after the role picker&apos;s name: what the chosen role is for</extracomment>
        <translation>Die Rolle, die die eingeladenen Personen erhalten</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>An invitation in the pending list, for screen readers: %1 the address, %2 role and date</extracomment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>OrganizationList</name>
    <message>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>You are not a member of any organization yet.</source>
        <translation>Sie sind noch kein Mitglied einer Organisation.</translation>
    </message>
    <message>
        <source>Create organization</source>
        <translation>Organisation erstellen</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Einladungen</translation>
    </message>
    <message>
        <source>Invited as %1</source>
        <translation>Eingeladen als %1</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Accept the invitation to %1</source>
        <translation>Einladung zu %1 annehmen</translation>
    </message>
    <message>
        <source>Suggested for you</source>
        <translation>Vorschläge für Sie</translation>
    </message>
    <message>
        <source>Request to join</source>
        <translation>Beitritt anfragen</translation>
    </message>
    <message>
        <source>Request to join %1</source>
        <translation>Beitritt zu %1 anfragen</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <source>Requested to join %1</source>
        <translation>Beitritt zu %1 angefragt</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>An organization in the list, for screen readers: %1 the organization&apos;s name, %2 the user&apos;s role</extracomment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>OrganizationMembersPage</name>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Search members</source>
        <translation>Mitglieder suchen</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (Sie)</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Rolle von %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous page of members</source>
        <translation>Vorherige Seite der Mitglieder</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next page of members</source>
        <translation>Nächste Seite der Mitglieder</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A member in the members list, for screen readers: %1 the member&apos;s name, %2 their role</extracomment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>OrganizationMenuItem</name>
    <message>
        <source>%1, %2</source>
        <extracomment>An organization row of the switcher: %1 the organization&apos;s name, %2 the user&apos;s role or an action</extracomment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>OrganizationProfile</name>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Manage this organization.</source>
        <translation>Verwalten Sie diese Organisation.</translation>
    </message>
</context>
<context>
    <name>OrganizationRequestsPage</name>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>%1 is now a member.</source>
        <translation>%1 ist jetzt Mitglied.</translation>
    </message>
    <message>
        <source>%1&apos;s request was rejected.</source>
        <translation>Die Anfrage von %1 wurde abgelehnt.</translation>
    </message>
    <message>
        <source>People with an address at one of your verified domains who asked to join.</source>
        <translation>Personen mit einer Adresse bei einer Ihrer bestätigten Domains, die um Beitritt gebeten haben.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Accept %1</source>
        <translation>%1 annehmen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation>%1 ablehnen</translation>
    </message>
    <message>
        <source>No pending requests.</source>
        <translation>Keine ausstehenden Anfragen.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A membership request in the list, for screen readers: %1 the person&apos;s name, %2 their address</extracomment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>OrganizationSwitcher</name>
    <message numerus="yes">
        <source>%n pending invitation(s)</source>
        <translation>
            <numerusform>%n ausstehende Einladung</numerusform>
            <numerusform>%n ausstehende Einladungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Personal account</source>
        <translation>Persönliches Konto</translation>
    </message>
    <message>
        <source>Accept invitation to %1</source>
        <translation>Einladung zu %1 annehmen</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Create organization</source>
        <translation>Organisation erstellen</translation>
    </message>
    <message>
        <source>Switch organization, current: %1</source>
        <extracomment>The organization switcher button, as screen readers name it; %1 is the active organization or &quot;Personal account&quot;</extracomment>
        <translation>Organisation wechseln, aktuell: %1</translation>
    </message>
</context>
<context>
    <name>PasswordPage</name>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Geben Sie Ihr aktuelles Passwort ein.</translation>
    </message>
    <message>
        <source>Enter a new password.</source>
        <translation>Geben Sie ein neues Passwort ein.</translation>
    </message>
    <message>
        <source>Passwords don&apos;t match.</source>
        <translation>Die Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Password updated.</source>
        <translation>Passwort geändert.</translation>
    </message>
    <message>
        <source>Password set.</source>
        <translation>Passwort festgelegt.</translation>
    </message>
    <message>
        <source>Password removed.</source>
        <translation>Passwort entfernt.</translation>
    </message>
    <message>
        <source>Change the password you sign in with.</source>
        <translation>Ändern Sie das Passwort, mit dem Sie sich anmelden.</translation>
    </message>
    <message>
        <source>You have no password yet. Set one to sign in with it.</source>
        <translation>Sie haben noch kein Passwort. Legen Sie eines fest, um sich damit anzumelden.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Passwort bestätigen</translation>
    </message>
    <message>
        <source>Sign out of all other devices</source>
        <translation>Auf allen anderen Geräten abmelden</translation>
    </message>
    <message>
        <source>Update password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Passwort festlegen</translation>
    </message>
    <message>
        <source>Remove password</source>
        <translation>Passwort entfernen</translation>
    </message>
</context>
<context>
    <name>PhoneNumbersPage</name>
    <message>
        <source>Phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Profile updated.</source>
        <translation>Profil aktualisiert.</translation>
    </message>
    <message>
        <source>Profile image updated.</source>
        <translation>Profilbild aktualisiert.</translation>
    </message>
    <message>
        <source>Profile image removed.</source>
        <translation>Profilbild entfernt.</translation>
    </message>
    <message>
        <source>Choose a profile image</source>
        <translation>Profilbild auswählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>Profile image</source>
        <translation>Profilbild</translation>
    </message>
    <message>
        <source>PNG, JPEG, GIF or WebP</source>
        <translation>PNG, JPEG, GIF oder WebP</translation>
    </message>
    <message>
        <source>Upload image</source>
        <translation>Bild hochladen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove profile image</source>
        <translation>Profilbild entfernen</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>Profile image of %1</source>
        <translation>Profilbild von %1</translation>
    </message>
</context>
<context>
    <name>Reverification</name>
    <message>
        <source>Your account has no way to verify that this app supports.</source>
        <translation>Ihr Konto hat keine Bestätigungsmethode, die diese App unterstützt.</translation>
    </message>
    <message>
        <source>Use your password</source>
        <translation>Passwort verwenden</translation>
    </message>
    <message>
        <source>Email me a code</source>
        <translation>Code per E-Mail erhalten</translation>
    </message>
    <message>
        <source>Text me a code</source>
        <translation>Code per SMS erhalten</translation>
    </message>
    <message>
        <source>Use your authenticator app</source>
        <translation>Authenticator-App verwenden</translation>
    </message>
    <message>
        <source>Use a backup code</source>
        <translation>Backup-Code verwenden</translation>
    </message>
    <message>
        <source>Verify it&apos;s you</source>
        <translation>Bestätigen Sie Ihre Identität</translation>
    </message>
    <message>
        <source>Enter your password to continue</source>
        <translation>Geben Sie Ihr Passwort ein, um fortzufahren</translation>
    </message>
    <message>
        <source>Enter the code sent to your email</source>
        <translation>Geben Sie den Code ein, der an Ihre E-Mail-Adresse gesendet wurde</translation>
    </message>
    <message>
        <source>Enter the code sent to your phone</source>
        <translation>Geben Sie den Code ein, der an Ihr Telefon gesendet wurde</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app</source>
        <translation>Geben Sie den Code aus Ihrer Authenticator-App ein</translation>
    </message>
    <message>
        <source>Enter one of your backup codes</source>
        <translation>Geben Sie einen Ihrer Backup-Codes ein</translation>
    </message>
    <message>
        <source>This action needs you to confirm your identity</source>
        <translation>Für diese Aktion müssen Sie Ihre Identität bestätigen</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>SessionTask</name>
    <message>
        <source>Choose an organization</source>
        <translation>Organisation auswählen</translation>
    </message>
    <message>
        <source>Set up two-step verification</source>
        <translation>Bestätigung in zwei Schritten einrichten</translation>
    </message>
    <message>
        <source>One more step: %1</source>
        <translation>Noch ein Schritt: %1</translation>
    </message>
    <message>
        <source>This application needs an organization. Choose the one to continue with.</source>
        <translation>Diese Anwendung benötigt eine Organisation. Wählen Sie die Organisation aus, mit der Sie fortfahren möchten.</translation>
    </message>
    <message>
        <source>This application requires two-step verification. Add an authenticator app to continue.</source>
        <translation>Diese Anwendung erfordert die Bestätigung in zwei Schritten. Fügen Sie eine Authenticator-App hinzu, um fortzufahren.</translation>
    </message>
    <message>
        <source>This app cannot finish this step; finish it on the web.</source>
        <translation>Diese App kann diesen Schritt nicht abschließen. Schließen Sie ihn im Web ab.</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Welcome back! Please sign in to continue</source>
        <translation>Willkommen zurück! Bitte melden Sie sich an, um fortzufahren</translation>
    </message>
    <message>
        <source>This account needs a second factor this app cannot offer.</source>
        <translation>Dieses Konto erfordert einen zweiten Faktor, den diese App nicht anbieten kann.</translation>
    </message>
    <message>
        <source>No sign-in method this app supports is enabled for this account.</source>
        <translation>Für dieses Konto ist keine Anmeldemethode aktiviert, die diese App unterstützt.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Enter a new password.</source>
        <translation>Geben Sie ein neues Passwort ein.</translation>
    </message>
    <message>
        <source>Passwords don&apos;t match.</source>
        <translation>Die Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Verify it&apos;s you on this new device</source>
        <translation>Bestätigen Sie Ihre Identität auf diesem neuen Gerät</translation>
    </message>
    <message>
        <source>Two-step verification</source>
        <translation>Bestätigung in zwei Schritten</translation>
    </message>
    <message>
        <source>Check your email</source>
        <translation>Prüfen Sie Ihre E-Mails</translation>
    </message>
    <message>
        <source>Check your phone</source>
        <translation>Prüfen Sie Ihr Telefon</translation>
    </message>
    <message>
        <source>Check your inbox</source>
        <translation>Prüfen Sie Ihren Posteingang</translation>
    </message>
    <message>
        <source>Forgot password?</source>
        <translation>Passwort vergessen?</translation>
    </message>
    <message>
        <source>Set new password</source>
        <translation>Neues Passwort festlegen</translation>
    </message>
    <message>
        <source>Enter the code sent to your phone</source>
        <translation>Geben Sie den Code ein, der an Ihr Telefon gesendet wurde</translation>
    </message>
    <message>
        <source>Enter the code sent to your email</source>
        <translation>Geben Sie den Code ein, der an Ihre E-Mail-Adresse gesendet wurde</translation>
    </message>
    <message>
        <source>We&apos;ll send you a code to reset your password</source>
        <translation>Wir senden Ihnen einen Code zum Zurücksetzen Ihres Passworts</translation>
    </message>
    <message>
        <source>Use the link we emailed you to continue</source>
        <translation>Öffnen Sie den Link aus unserer E-Mail, um fortzufahren</translation>
    </message>
    <message>
        <source>Choose a new password for your account</source>
        <translation>Wählen Sie ein neues Passwort für Ihr Konto</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app</source>
        <translation>Geben Sie den Code aus Ihrer Authenticator-App ein</translation>
    </message>
    <message>
        <source>Enter one of your backup codes</source>
        <translation>Geben Sie einen Ihrer Backup-Codes ein</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Backup code</source>
        <translation>Backup-Code</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Bestätigungscode</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Passwort bestätigen</translation>
    </message>
    <message>
        <source>Sign out of all other devices</source>
        <translation>Auf allen anderen Geräten abmelden</translation>
    </message>
    <message>
        <source>Text a code to %1</source>
        <translation>Code per SMS an %1 senden</translation>
    </message>
    <message>
        <source>Email a code to %1</source>
        <translation>Code per E-Mail an %1 senden</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Email me a code instead</source>
        <translation>Stattdessen Code per E-Mail erhalten</translation>
    </message>
    <message>
        <source>Text me a code instead</source>
        <translation>Stattdessen Code per SMS erhalten</translation>
    </message>
    <message>
        <source>Email me a sign-in link</source>
        <translation>Anmeldelink per E-Mail erhalten</translation>
    </message>
    <message>
        <source>Resend code</source>
        <translation>Code erneut senden</translation>
    </message>
    <message>
        <source>Back to password</source>
        <translation>Zurück zum Passwort</translation>
    </message>
    <message>
        <source>Use your password instead</source>
        <translation>Stattdessen Passwort verwenden</translation>
    </message>
    <message>
        <source>Use your authenticator app instead</source>
        <translation>Stattdessen Authenticator-App verwenden</translation>
    </message>
    <message>
        <source>Use a backup code instead</source>
        <translation>Stattdessen Backup-Code verwenden</translation>
    </message>
    <message>
        <source>Don&apos;t have an account?</source>
        <translation>Sie haben noch kein Konto?</translation>
    </message>
    <message>
        <source>Sign up</source>
        <translation>Registrieren</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <extracomment>%1 is the identifier field&apos;s label, e.g. &quot;Email address or username&quot;</extracomment>
        <translation>%1 ist erforderlich.</translation>
    </message>
</context>
<context>
    <name>SignUp</name>
    <message>
        <source>Create your account</source>
        <translation>Konto erstellen</translation>
    </message>
    <message>
        <source>Welcome! Please fill in the details to get started</source>
        <translation>Willkommen! Bitte geben Sie Ihre Daten ein, um loszulegen</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Verify your phone number</source>
        <translation>Telefonnummer bestätigen</translation>
    </message>
    <message>
        <source>Verify your email</source>
        <translation>E-Mail-Adresse bestätigen</translation>
    </message>
    <message>
        <source>Fill in missing fields</source>
        <translation>Fehlende Angaben ergänzen</translation>
    </message>
    <message>
        <source>Enter the code sent to %1</source>
        <translation>Geben Sie den an %1 gesendeten Code ein</translation>
    </message>
    <message>
        <source>Please fill in the remaining details to continue</source>
        <translation>Bitte ergänzen Sie die restlichen Angaben, um fortzufahren</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>+1 555 555 0100</source>
        <translation>+1 555 555 0100</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>I agree to the Terms of Service and Privacy Policy</source>
        <translation>Ich stimme den Nutzungsbedingungen und der Datenschutzerklärung zu</translation>
    </message>
    <message>
        <source>Terms of Service</source>
        <translation>Nutzungsbedingungen</translation>
    </message>
    <message>
        <source>Privacy Policy</source>
        <translation>Datenschutzerklärung</translation>
    </message>
    <message>
        <source>I agree to the %1 and %2</source>
        <translation>Ich stimme den %1 und der %2 zu</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Resend code</source>
        <translation>Code erneut senden</translation>
    </message>
    <message>
        <source>Already have an account?</source>
        <translation>Sie haben bereits ein Konto?</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
</context>
<context>
    <name>TwoFactorPage</name>
    <message>
        <source>Two-step verification</source>
        <translation>Bestätigung in zwei Schritten</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>Geben Sie den Code aus Ihrer Authenticator-App ein.</translation>
    </message>
    <message>
        <source>Add authenticator application</source>
        <translation>Authenticator-App hinzufügen</translation>
    </message>
    <message>
        <source>Save your backup codes</source>
        <translation>Backup-Codes speichern</translation>
    </message>
    <message>
        <source>Authenticator application</source>
        <translation>Authenticator-App</translation>
    </message>
    <message>
        <source>On: sign-ins ask for a code from your authenticator app.</source>
        <translation>Aktiv: Bei der Anmeldung wird ein Code aus Ihrer Authenticator-App abgefragt.</translation>
    </message>
    <message>
        <source>Use an app such as Google Authenticator or 1Password to generate sign-in codes.</source>
        <translation>Verwenden Sie eine App wie Google Authenticator oder 1Password, um Anmeldecodes zu erzeugen.</translation>
    </message>
    <message>
        <source>Add authenticator app</source>
        <translation>Authenticator-App hinzufügen</translation>
    </message>
    <message>
        <source>Add an authenticator app</source>
        <translation>Eine Authenticator-App hinzufügen</translation>
    </message>
    <message>
        <source>Remove authenticator app</source>
        <translation>Authenticator-App entfernen</translation>
    </message>
    <message>
        <source>Backup codes</source>
        <translation>Backup-Codes</translation>
    </message>
    <message>
        <source>Single-use codes for when you cannot use your other second factor. A new set replaces the old one.</source>
        <translation>Einmalcodes für den Fall, dass Sie Ihren anderen zweiten Faktor nicht verwenden können. Neue Codes ersetzen die alten.</translation>
    </message>
    <message>
        <source>Regenerate codes</source>
        <translation>Codes neu erzeugen</translation>
    </message>
    <message>
        <source>Regenerate backup codes</source>
        <translation>Backup-Codes neu erzeugen</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Sign-ins can ask for a code sent to one of your verified phone numbers.</source>
        <translation>Bei der Anmeldung kann ein Code abgefragt werden, der an eine Ihrer bestätigten Telefonnummern gesendet wird.</translation>
    </message>
    <message>
        <source>Add and verify a phone number first to receive sign-in codes by text message.</source>
        <translation>Fügen Sie zuerst eine Telefonnummer hinzu und bestätigen Sie sie, um Anmeldecodes per SMS zu erhalten.</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Use for sign-in codes</source>
        <translation>Für Anmeldecodes verwenden</translation>
    </message>
    <message>
        <source>Use %1 for sign-in codes</source>
        <translation>%1 für Anmeldecodes verwenden</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>Als Standard festlegen</translation>
    </message>
    <message>
        <source>Make %1 the default second factor</source>
        <translation>%1 als Standard für den zweiten Faktor festlegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Stop sending sign-in codes to %1</source>
        <translation>Keine Anmeldecodes mehr an %1 senden</translation>
    </message>
    <message>
        <source>Scan this QR code with your authenticator app, then enter the code it shows.</source>
        <translation>Scannen Sie diesen QR-Code mit Ihrer Authenticator-App und geben Sie dann den angezeigten Code ein.</translation>
    </message>
    <message>
        <source>QR code for your authenticator app</source>
        <translation>QR-Code für Ihre Authenticator-App</translation>
    </message>
    <message>
        <source>Can&apos;t scan it? Enter this key in the app instead:</source>
        <translation>Scannen nicht möglich? Geben Sie stattdessen diesen Schlüssel in der App ein:</translation>
    </message>
    <message>
        <source>Secret key for your authenticator app</source>
        <translation>Geheimer Schlüssel für Ihre Authenticator-App</translation>
    </message>
    <message>
        <source>Keep these codes somewhere safe. Each one signs you in once if you lose your second factor. They will not be shown again.</source>
        <translation>Bewahren Sie diese Codes an einem sicheren Ort auf. Mit jedem Code können Sie sich einmal anmelden, falls Sie Ihren zweiten Faktor verlieren. Die Codes werden nicht erneut angezeigt.</translation>
    </message>
    <message>
        <source>Copied to the clipboard</source>
        <translation>In die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel adding the authenticator app</source>
        <translation>Hinzufügen der Authenticator-App abbrechen</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Verify the code</source>
        <translation>Code bestätigen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the backup codes</source>
        <translation>Backup-Codes kopieren</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>I have saved the backup codes</source>
        <translation>Ich habe die Backup-Codes gespeichert</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <extracomment>%1 is the secret key (letters and digits) an authenticator app accepts instead of the QR code.</extracomment>
        <translation>Schlüssel: %1</translation>
    </message>
</context>
<context>
    <name>UserButton</name>
    <message>
        <source>User menu of %1</source>
        <translation>Benutzermenü von %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Offline: showing the last known account</source>
        <translation>Offline: Zuletzt bekanntes Konto wird angezeigt</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Switch organization</source>
        <translation>Organisation wechseln</translation>
    </message>
    <message>
        <source>Personal account</source>
        <translation>Persönliches Konto</translation>
    </message>
    <message>
        <source>Switch account</source>
        <translation>Konto wechseln</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>Manage account</source>
        <translation>Konto verwalten</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Sign out of all accounts</source>
        <translation>Von allen Konten abmelden</translation>
    </message>
</context>
<context>
    <name>UserProfile</name>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Manage your account info.</source>
        <translation>Verwalten Sie Ihre Kontodaten.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <extracomment>The name of the list of pages in UserProfile/OrganizationProfile; %1 is its heading (&quot;Account&quot;).</extracomment>
        <translation>Seiten: %1</translation>
    </message>
</context>
</TS>
