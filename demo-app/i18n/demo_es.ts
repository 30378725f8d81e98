<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ApiPanel</name>
    <message>
        <source>Protected API</source>
        <translation>API protegida</translation>
    </message>
    <message>
        <source>No answer from the API.</source>
        <translation>La API no respondió.</translation>
    </message>
    <message>
        <source>GET %1/api/me with the session token as a Bearer header; the server verifies it against the instance&apos;s JWKS.</source>
        <translation>GET %1/api/me con el token de sesión como encabezado Bearer; el servidor lo verifica con el JWKS de la instancia.</translation>
    </message>
    <message>
        <source>The demo API is not part of this build.</source>
        <translation>La API de demostración no forma parte de esta compilación.</translation>
    </message>
    <message>
        <source>Call GET /api/me</source>
        <translation>Llamar a GET /api/me</translation>
    </message>
    <message>
        <source>200 OK — token verified</source>
        <translation>200 OK — token verificado</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Answer of the API</source>
        <translation>Respuesta de la API</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Clerk Qt demo</source>
        <translation>Demo de Clerk Qt</translation>
    </message>
    <message>
        <source>local emulator at %1</source>
        <extracomment>%1 is the emulator&apos;s address (http://127.0.0.1:port)</extracomment>
        <translation>emulador local en %1</translation>
    </message>
    <message>
        <source>The emulator&apos;s default instance.</source>
        <translation>La instancia predeterminada del emulador.</translation>
    </message>
    <message>
        <source>Instance profile</source>
        <translation>Perfil de instancia</translation>
    </message>
    <message>
        <source>Offline — showing the last known account. Clerk is asked again as soon as the network is back.</source>
        <translation>Sin conexión: se muestra la última cuenta conocida. Se volverá a consultar a Clerk en cuanto vuelva la red.</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <source>Waiting for Clerk: %1</source>
        <translation>Esperando a Clerk: %1</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Añadir una cuenta</translation>
    </message>
</context>
<context>
    <name>SettingsButtons</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>colour scheme: follow the system&apos;s light or dark setting</extracomment>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>colour scheme</extracomment>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>colour scheme</extracomment>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Theme</source>
        <extracomment>the colour scheme (light or dark) of the window</extracomment>
        <translation>Tema</translation>
    </message>
</context>
<context>
    <name>SignedInView</name>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Hola, %1</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>ID de usuario</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Two-factor</source>
        <translation>Dos factores</translation>
    </message>
    <message>
        <source>on</source>
        <extracomment>two-factor authentication is on / off</extracomment>
        <translation>activada</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <source>Public metadata</source>
        <translation>Metadatos públicos</translation>
    </message>
    <message>
        <source>Manage account</source>
        <translation>Gestionar cuenta</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Personal account</source>
        <translation>Cuenta personal</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permisos</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Membresías</translation>
    </message>
    <message>
        <source>Manage organization</source>
        <translation>Gestionar organización</translation>
    </message>
    <message>
        <source>Sessions on this client</source>
        <translation>Sesiones en este cliente</translation>
    </message>
    <message>
        <source> · current</source>
        <translation> · actual</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Añadir cuenta</translation>
    </message>
    <message>
        <source>active</source>
        <extracomment>a session&apos;s status</extracomment>
        <translation>activa</translation>
    </message>
    <message>
        <source>pending</source>
        <extracomment>a session&apos;s status: signed in, with a task left to finish</extracomment>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>ended</source>
        <extracomment>a session&apos;s status</extracomment>
        <translation>finalizada</translation>
    </message>
    <message>
        <source>expired</source>
        <extracomment>a session&apos;s status</extracomment>
        <translation>caducada</translation>
    </message>
    <message>
        <source>removed</source>
        <extracomment>a session&apos;s status</extracomment>
        <translation>eliminada</translation>
    </message>
    <message>
        <source>replaced</source>
        <extracomment>a session&apos;s status: replaced by a newer session</extracomment>
        <translation>reemplazada</translation>
    </message>
    <message>
        <source>abandoned</source>
        <extracomment>a session&apos;s status: not used in time</extracomment>
        <translation>abandonada</translation>
    </message>
    <message>
        <source>revoked</source>
        <extracomment>a session&apos;s status</extracomment>
        <translation>revocada</translation>
    </message>
</context>
<context>
    <name>SignedOutView</name>
    <message>
        <source>Local emulator — nobody is signed in</source>
        <translation>Emulador local: nadie ha iniciado sesión</translation>
    </message>
    <message>
        <source>This demo runs a Clerk Frontend API emulator in-process. Sign in with one of its test accounts, or sign up with any address ending in +clerk_test@example.com. Verification codes are always 424242.</source>
        <translation>Esta demo ejecuta un emulador de la Frontend API de Clerk dentro del proceso. Inicia sesión con una de sus cuentas de prueba o regístrate con cualquier dirección que termine en +clerk_test@example.com. Los códigos de verificación son siempre 424242.</translation>
    </message>
</context>
<context>
    <name>TestAccount</name>
    <message>
        <source>TOTP secret %1</source>
        <extracomment>an authenticator app&apos;s (TOTP) secret of a test account; %1 is the secret</extracomment>
        <translation>Secreto TOTP %1</translation>
    </message>
    <message>
        <source>backup code %1</source>
        <extracomment>a two-factor backup code of a test account; %1 is the code</extracomment>
        <translation>código de respaldo %1</translation>
    </message>
</context>
<context>
    <name>TokenPanel</name>
    <message>
        <source>Session token</source>
        <translation>Token de sesión</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>no token</source>
        <translation>sin token</translation>
    </message>
    <message>
        <source>until expiry</source>
        <translation>hasta que caduque</translation>
    </message>
    <message numerus="yes">
        <source>refreshed %n time(s)</source>
        <translation>
            <numerusform>renovado %n vez</numerusform>
            <numerusform>renovado %n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>Time left until the session token expires</source>
        <translation>Tiempo restante hasta que caduque el token de sesión</translation>
    </message>
    <message>
        <source>Decoded on the client for display only; the API below verifies it.</source>
        <translation>Decodificado en el cliente solo para mostrarlo; la API de abajo lo verifica.</translation>
    </message>
</context>
</TS>
