<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ApiPanel</name>
    <message>
        <source>Protected API</source>
        <translation>API protégée</translation>
    </message>
    <message>
        <source>No answer from the API.</source>
        <translation>Aucune réponse de l’API.</translation>
    </message>
    <message>
        <source>GET %1/api/me with the session token as a Bearer header; the server verifies it against the instance&apos;s JWKS.</source>
        <translation>GET %1/api/me avec le jeton de session dans un en-tête Bearer ; le serveur le vérifie à l’aide des JWKS de l’instance.</translation>
    </message>
    <message>
        <source>The demo API is not part of this build.</source>
        <translation>L’API de démonstration ne fait pas partie de cette version.</translation>
    </message>
    <message>
        <source>Call GET /api/me</source>
        <translation>Appeler GET /api/me</translation>
    </message>
    <message>
        <source>200 OK — token verified</source>
        <translation>200 OK — jeton vérifié</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Answer of the API</source>
        <translation>Réponse de l’API</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Clerk Qt demo</source>
        <translation>Démo Clerk Qt</translation>
    </message>
    <message>
        <source>local emulator at %1</source>
        <extracomment>%1 is the emulator&apos;s address (http://127.0.0.1:port)</extracomment>
        <translation>émulateur local sur %1</translation>
    </message>
    <message>
        <source>The emulator&apos;s default instance.</source>
        <translation>L’instance par défaut de l’émulateur.</translation>
    </message>
    <message>
        <source>Instance profile</source>
        <translation>Profil d’instance</translation>
    </message>
    <message>
        <source>Offline — showing the last known account. Clerk is asked again as soon as the network is back.</source>
        <translation>Hors ligne — affichage du dernier compte connu. Clerk sera de nouveau interrogé dès le retour du réseau.</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Waiting for Clerk: %1</source>
        <translation>En attente de Clerk : %1</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Ajouter un compte</translation>
    </message>
</context>
<context>
    <name>SettingsButtons</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>colour scheme: follow the system&apos;s light or dark setting</extracomment>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>colour scheme</extracomment>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>colour scheme</extracomment>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Theme</source>
        <extracomment>the colour scheme (light or dark) of the window</extracomment>
        <translation>Thème</translation>
    </message>
</context>
<context>
    <name>SignedInView</name>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Bienvenue, %1</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>ID utilisateur</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Two-factor</source>
        <translation>Double authentification</translation>
    </message>
    <message>
        <source>on</source>
        <extracomment>two-factor authentication is on / off</extracomment>
        <translation>activée</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>Public metadata</source>
        <translation>Métadonnées publiques</translation>
    </message>
    <message>
        <source>Manage account</source>
        <translation>Gérer le compte</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Personal account</source>
        <translation>Compte personnel</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Adhésions</translation>
    </message>
    <message>
        <source>Manage organization</source>
        <translation>Gérer l’organisation</translation>
    </message>
    <message>
        <source>Sessions on this client</source>
        <translation>Sessions sur ce client</translation>
    </message>
    <message>
        <source> · current</source>
        <translation> · actuelle</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Basculer</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>active</source>
        <extracomment>a session&apos;s status</extracomment>
        <translation>active</translation>
    </message>
    <message>
        <source>pending</source>
        <extracomment>a session&apos;s status: signed in, with a task left to finish</extracomment>
        <translation>en attente</translation>
    </message>
    <message>
        <source>ended</source>
        <extracomment>a session&apos;s status</extracomment>
        <translation>terminée</translation>
    </message>
    <message>
        <source>expired</source>
        <extracomment>a session&apos;s status</extracomment>
        <translation>expirée</translation>
    </message>
    <message>
        <source>removed</source>
        <extracomment>a session&apos;s status</extracomment>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>replaced</source>
        <extracomment>a session&apos;s status: replaced by a newer session</extracomment>
        <translation>remplacée</translation>
    </message>
    <message>
        <source>abandoned</source>
        <extracomment>a session&apos;s status: not used in time</extracomment>
        <translation>abandonnée</translation>
    </message>
    <message>
        <source>revoked</source>
        <extracomment>a session&apos;s status</extracomment>
        <translation>révoquée</translation>
    </message>
</context>
<context>
    <name>SignedOutView</name>
    <message>
        <source>Local emulator — nobody is signed in</source>
        <translation>Émulateur local — personne n’est connecté</translation>
    </message>
    <message>
        <source>This demo runs a Clerk Frontend API emulator in-process. Sign in with one of its test accounts, or sign up with any address ending in +clerk_test@example.com. Verification codes are always 424242.</source>
        <translation>Cette démo exécute un émulateur de la Frontend API de Clerk dans le processus. Connectez-vous avec l’un de ses comptes de test, ou inscrivez-vous avec n’importe quelle adresse se terminant par +clerk_test@example.com. Les codes de vérification sont toujours 424242.</translation>
    </message>
</context>
<context>
    <name>TestAccount</name>
    <message>
        <source>TOTP secret %1</source>
        <extracomment>an authenticator app&apos;s (TOTP) secret of a test account; %1 is the secret</extracomment>
        <translation>Secret TOTP %1</translation>
    </message>
    <message>
        <source>backup code %1</source>
        <extracomment>a two-factor backup code of a test account; %1 is the code</extracomment>
        <translation>code de secours %1</translation>
    </message>
</context>
<context>
    <name>TokenPanel</name>
    <message>
        <source>Session token</source>
        <translation>Jeton de session</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>no token</source>
        <translation>aucun jeton</translation>
    </message>
    <message>
        <source>until expiry</source>
        <translation>avant expiration</translation>
    </message>
    <message numerus="yes">
        <source>refreshed %n time(s)</source>
        <translation>
            <numerusform>actualisé %n fois</numerusform>
            <numerusform>actualisé %n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>Time left until the session token expires</source>
        <translation>Temps restant avant l’expiration du jeton de session</translation>
    </message>
    <message>
        <source>Decoded on the client for display only; the API below verifies it.</source>
        <translation>Décodé sur le client pour affichage uniquement ; l’API ci-dessous le vérifie.</translation>
    </message>
</context>
</TS>
