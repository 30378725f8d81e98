<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Clerk::OAuthListener</name>
    <message>
        <source>Sign-in interrupted</source>
        <translation>Inicio de sesión interrumpido</translation>
    </message>
    <message>
        <source>The app stopped waiting for this sign-in.</source>
        <translation>La aplicación dejó de esperar este inicio de sesión.</translation>
    </message>
    <message>
        <source>Not this sign-in</source>
        <translation>No es este inicio de sesión</translation>
    </message>
    <message>
        <source>This link does not belong to the sign-in the app is waiting for.</source>
        <translation>Este enlace no corresponde al inicio de sesión que espera la aplicación.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
</context>
<context>
    <name>ClerkButton</name>
    <message>
        <source>Working…</source>
        <translation>Procesando…</translation>
    </message>
</context>
<context>
    <name>ClerkErrors</name>
    <message>
        <source>No account was found with that identifier.</source>
        <translation>No se encontró ninguna cuenta con ese identificador.</translation>
    </message>
    <message>
        <source>The password is incorrect. Try again, or use another method.</source>
        <translation>La contraseña es incorrecta. Inténtalo de nuevo o usa otro método.</translation>
    </message>
    <message>
        <source>That identifier is already taken. Please try another one.</source>
        <translation>Ese identificador ya está en uso. Prueba con otro.</translation>
    </message>
    <message>
        <source>You are already signed in with this account.</source>
        <translation>Ya tienes una sesión iniciada con esta cuenta.</translation>
    </message>
    <message>
        <source>You are already signed in.</source>
        <translation>Ya tienes una sesión iniciada.</translation>
    </message>
    <message>
        <source>This way of signing in is not available for this account.</source>
        <translation>Este método de inicio de sesión no está disponible para esta cuenta.</translation>
    </message>
    <message>
        <source>The value entered is not in a valid format.</source>
        <translation>El valor introducido no tiene un formato válido.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Este campo es obligatorio.</translation>
    </message>
    <message>
        <source>The value entered is not valid.</source>
        <translation>El valor introducido no es válido.</translation>
    </message>
    <message>
        <source>The form contains a field this application does not accept.</source>
        <translation>El formulario contiene un campo que esta aplicación no acepta.</translation>
    </message>
    <message>
        <source>A username may only contain letters, numbers, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>El nombre de usuario solo puede contener letras, números, &apos;-&apos; y &apos;_&apos;.</translation>
    </message>
    <message>
        <source>The username is too short or too long.</source>
        <translation>El nombre de usuario es demasiado corto o demasiado largo.</translation>
    </message>
    <message>
        <source>Some required information is still missing.</source>
        <translation>Todavía falta información obligatoria.</translation>
    </message>
    <message>
        <source>This feature is not enabled for this application.</source>
        <translation>Esta función no está habilitada en esta aplicación.</translation>
    </message>
    <message>
        <source>This identifier is not allowed to access this application.</source>
        <translation>Este identificador no tiene permiso para acceder a esta aplicación.</translation>
    </message>
    <message>
        <source>Your account is locked. Please try again later.</source>
        <translation>Tu cuenta está bloqueada. Inténtalo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>A second verification step is required.</source>
        <translation>Se requiere un segundo paso de verificación.</translation>
    </message>
    <message>
        <source>This sign-in can no longer be moved to a sign-up. Please start again.</source>
        <translation>Este inicio de sesión ya no se puede convertir en un registro. Vuelve a empezar.</translation>
    </message>
    <message>
        <source>This account is already connected to another user.</source>
        <translation>Esta cuenta ya está conectada a otro usuario.</translation>
    </message>
    <message>
        <source>No account is connected to this provider yet.</source>
        <translation>Todavía no hay ninguna cuenta conectada a este proveedor.</translation>
    </message>
    <message>
        <source>Signing in with this provider is not enabled.</source>
        <translation>El inicio de sesión con este proveedor no está habilitado.</translation>
    </message>
    <message>
        <source>This link has expired. Please ask for a new one.</source>
        <translation>Este enlace ha expirado. Solicita uno nuevo.</translation>
    </message>
    <message>
        <source>This link is not valid.</source>
        <translation>Este enlace no es válido.</translation>
    </message>
    <message>
        <source>This password was found in a data breach. Please choose another one.</source>
        <translation>Esta contraseña apareció en una filtración de datos. Elige otra.</translation>
    </message>
    <message>
        <source>The password is too short.</source>
        <translation>La contraseña es demasiado corta.</translation>
    </message>
    <message>
        <source>The password is incorrect.</source>
        <translation>La contraseña es incorrecta.</translation>
    </message>
    <message>
        <source>The password is not strong enough.</source>
        <translation>La contraseña no es lo suficientemente segura.</translation>
    </message>
    <message>
        <source>A password is required.</source>
        <translation>Se requiere una contraseña.</translation>
    </message>
    <message>
        <source>The code is incorrect.</source>
        <translation>El código es incorrecto.</translation>
    </message>
    <message>
        <source>The code has expired. Please ask for a new one.</source>
        <translation>El código ha expirado. Solicita uno nuevo.</translation>
    </message>
    <message>
        <source>Too many attempts. Please ask for a new code.</source>
        <translation>Demasiados intentos. Solicita un código nuevo.</translation>
    </message>
    <message>
        <source>This has already been verified.</source>
        <translation>Esto ya se ha verificado.</translation>
    </message>
    <message>
        <source>Please ask for a verification code first.</source>
        <translation>Primero solicita un código de verificación.</translation>
    </message>
    <message>
        <source>Please verify this first.</source>
        <translation>Primero verifica esto.</translation>
    </message>
    <message>
        <source>Backup codes are not available for this account.</source>
        <translation>Los códigos de respaldo no están disponibles para esta cuenta.</translation>
    </message>
    <message>
        <source>An authenticator app is already set up.</source>
        <translation>Ya hay una aplicación de autenticación configurada.</translation>
    </message>
    <message>
        <source>This phone number is used for two-step verification.</source>
        <translation>Este número de teléfono se usa para la verificación en dos pasos.</translation>
    </message>
    <message>
        <source>This cannot be removed: it is your only way to sign in.</source>
        <translation>No se puede eliminar: es tu única forma de iniciar sesión.</translation>
    </message>
    <message>
        <source>There is no image to remove.</source>
        <translation>No hay ninguna imagen que eliminar.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Tu sesión ha finalizado. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>You are signed out. Please sign in again.</source>
        <translation>Se cerró tu sesión. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>That item no longer exists.</source>
        <translation>Ese elemento ya no existe.</translation>
    </message>
    <message>
        <source>Too many requests. Please wait a moment and try again.</source>
        <translation>Demasiadas solicitudes. Espera un momento e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>You are not a member of this organization.</source>
        <translation>No eres miembro de esta organización.</translation>
    </message>
    <message>
        <source>You do not have permission to do this in this organization.</source>
        <translation>No tienes permiso para hacer esto en esta organización.</translation>
    </message>
    <message>
        <source>This person is already a member of the organization.</source>
        <translation>Esta persona ya es miembro de la organización.</translation>
    </message>
    <message>
        <source>This domain has already been added.</source>
        <translation>Este dominio ya se ha añadido.</translation>
    </message>
    <message>
        <source>This invitation no longer exists.</source>
        <translation>Esta invitación ya no existe.</translation>
    </message>
    <message>
        <source>This invitation has already been used or revoked.</source>
        <translation>Esta invitación ya se usó o se revocó.</translation>
    </message>
    <message>
        <source>This address has already been invited.</source>
        <translation>Ya se envió una invitación a esta dirección.</translation>
    </message>
    <message>
        <source>Deleting organizations is not enabled for this application.</source>
        <translation>La eliminación de organizaciones no está habilitada en esta aplicación.</translation>
    </message>
    <message>
        <source>You cannot create more organizations.</source>
        <translation>No puedes crear más organizaciones.</translation>
    </message>
    <message>
        <source>Clerk could not be reached. Check your connection and try again.</source>
        <translation>No se pudo conectar con Clerk. Comprueba tu conexión e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>You are offline. Check your connection and try again.</source>
        <translation>Estás sin conexión. Comprueba tu red e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Clerk took too long to answer. Please try again.</source>
        <translation>Clerk tardó demasiado en responder. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Signing in with the provider was cancelled.</source>
        <translation>Se canceló el inicio de sesión con el proveedor.</translation>
    </message>
    <message>
        <source>The provider did not allow signing in.</source>
        <translation>El proveedor no permitió iniciar sesión.</translation>
    </message>
    <message>
        <source>Signing in with the provider took too long. Please try again.</source>
        <translation>El inicio de sesión con el proveedor tardó demasiado. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Signing in with the provider failed. Please try again.</source>
        <translation>No se pudo iniciar sesión con el proveedor. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>No web browser could be opened.</source>
        <translation>No se pudo abrir ningún navegador web.</translation>
    </message>
    <message>
        <source>The link has expired. Please ask for a new one.</source>
        <translation>El enlace ha expirado. Solicita uno nuevo.</translation>
    </message>
    <message>
        <source>The link was not opened in time. Please ask for a new one.</source>
        <translation>El enlace no se abrió a tiempo. Solicita uno nuevo.</translation>
    </message>
    <message>
        <source>The link was opened on another device. Please continue there, or ask for a new link.</source>
        <translation>El enlace se abrió en otro dispositivo. Continúa allí o solicita un enlace nuevo.</translation>
    </message>
    <message>
        <source>The link could not be verified. Please ask for a new one.</source>
        <translation>No se pudo verificar el enlace. Solicita uno nuevo.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied, so you will need to sign in again next time.</source>
        <translation>Se denegó el acceso al llavero del sistema, así que tendrás que volver a iniciar sesión la próxima vez.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so you will need to sign in again next time.</source>
        <translation>El llavero del sistema no está disponible, así que tendrás que volver a iniciar sesión la próxima vez.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>No se pudo leer el archivo.</translation>
    </message>
    <message>
        <source>The file is not an image that can be used.</source>
        <translation>El archivo no es una imagen que se pueda usar.</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>No hay cambios.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Algo salió mal. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>That username is taken. Please try another one.</source>
        <translation>Ese nombre de usuario ya está en uso. Prueba con otro.</translation>
    </message>
    <message>
        <source>That email address is taken. Please try another one.</source>
        <translation>Esa dirección de correo electrónico ya está en uso. Prueba con otra.</translation>
    </message>
    <message>
        <source>That phone number is taken. Please try another one.</source>
        <translation>Ese número de teléfono ya está en uso. Prueba con otro.</translation>
    </message>
</context>
<context>
    <name>CodeField</name>
    <message>
        <source>Verification code</source>
        <translation>Código de verificación</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s)</source>
        <translation>
            <numerusform>%n dígito</numerusform>
            <numerusform>%n dígitos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectedAccountsPage</name>
    <message>
        <source>Connected accounts</source>
        <translation>Cuentas conectadas</translation>
    </message>
    <message>
        <source>No accounts connected yet.</source>
        <translation>Todavía no hay cuentas conectadas.</translation>
    </message>
    <message>
        <source>Needs your permission again: reauthorize to keep using it.</source>
        <translation>Necesita tu permiso de nuevo: vuelve a autorizarla para seguir usándola.</translation>
    </message>
    <message>
        <source>Reauthorize</source>
        <translation>Volver a autorizar</translation>
    </message>
    <message>
        <source>Reauthorize %1</source>
        <translation>Volver a autorizar %1</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <source>Disconnect %1</source>
        <translation>Desconectar %1</translation>
    </message>
    <message>
        <source>Connect another account</source>
        <translation>Conectar otra cuenta</translation>
    </message>
    <message>
        <source>Connect %1</source>
        <translation>Conectar %1</translation>
    </message>
    <message>
        <source>Connect your %1 account</source>
        <translation>Conecta tu cuenta de %1</translation>
    </message>
    <message>
        <source>Continue in your browser…</source>
        <translation>Continúa en tu navegador…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel connecting the account</source>
        <translation>Cancelar la conexión de la cuenta</translation>
    </message>
</context>
<context>
    <name>CreateOrganization</name>
    <message>
        <source>Create organization</source>
        <translation>Crear organización</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organization name</source>
        <translation>Nombre de la organización</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <source>Organization slug</source>
        <translation>Slug de la organización</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel creating an organization</source>
        <translation>Cancelar la creación de la organización</translation>
    </message>
</context>
<context>
    <name>DeleteAccountPage</name>
    <message>
        <source>Delete account</source>
        <translation>Eliminar cuenta</translation>
    </message>
    <message>
        <source>Deleting your account removes it and everything in it, on every device. This cannot be undone.</source>
        <translation>Al eliminar tu cuenta, se borran la cuenta y todo su contenido en todos los dispositivos. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Type &quot;%1&quot; to confirm</source>
        <translation>Escribe &quot;%1&quot; para confirmar</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Unknown browser</source>
        <translation>Navegador desconocido</translation>
    </message>
    <message>
        <source>Unknown device</source>
        <translation>Dispositivo desconocido</translation>
    </message>
    <message>
        <source>%1 (mobile)</source>
        <translation>%1 (móvil)</translation>
    </message>
    <message>
        <source>Where you are signed in. Sign out a device you don&apos;t recognise.</source>
        <translation>Dónde tienes la sesión iniciada. Cierra la sesión en los dispositivos que no reconozcas.</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Este dispositivo</translation>
    </message>
    <message>
        <source>Last active %1</source>
        <translation>Última actividad: %1</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Sign out %1 on %2</source>
        <translation>Cerrar la sesión de %1 en %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
</context>
<context>
    <name>EmailAddressesPage</name>
    <message>
        <source>Email addresses</source>
        <translation>Direcciones de correo electrónico</translation>
    </message>
</context>
<context>
    <name>EmailLinkWait</name>
    <message>
        <source>We sent a sign-in link to %1. Open it on this device or any other: this screen continues on its own.</source>
        <translation>Enviamos un enlace de inicio de sesión a %1. Ábrelo en este o en cualquier otro dispositivo: esta pantalla continuará automáticamente.</translation>
    </message>
    <message>
        <source>Resend link</source>
        <translation>Reenviar enlace</translation>
    </message>
    <message>
        <source>Send a new link</source>
        <translation>Enviar un enlace nuevo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Waiting for the link to be opened</source>
        <translation>Esperando a que se abra el enlace</translation>
    </message>
</context>
<context>
    <name>IdentificationsPage</name>
    <message>
        <source>Enter a phone number.</source>
        <translation>Introduce un número de teléfono.</translation>
    </message>
    <message>
        <source>Enter an email address.</source>
        <translation>Introduce una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Enter the code.</source>
        <translation>Introduce el código.</translation>
    </message>
    <message>
        <source>%1 is verified.</source>
        <translation>%1 se ha verificado.</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>%1 se ha eliminado.</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Sin verificar</translation>
    </message>
    <message>
        <source>Two-step verification</source>
        <translation>Verificación en dos pasos</translation>
    </message>
    <message>
        <source>Use for two-step verification</source>
        <translation>Usar para la verificación en dos pasos</translation>
    </message>
    <message>
        <source>Use %1 for two-step verification</source>
        <translation>Usar %1 para la verificación en dos pasos</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Verify %1</source>
        <translation>Verificar %1</translation>
    </message>
    <message>
        <source>Make primary</source>
        <translation>Establecer como principal</translation>
    </message>
    <message>
        <source>Make %1 primary</source>
        <translation>Establecer %1 como principal</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>No phone numbers yet.</source>
        <translation>Todavía no hay números de teléfono.</translation>
    </message>
    <message>
        <source>No email addresses yet.</source>
        <translation>Todavía no hay direcciones de correo electrónico.</translation>
    </message>
    <message>
        <source>Add phone number</source>
        <translation>Añadir número de teléfono</translation>
    </message>
    <message>
        <source>Add email address</source>
        <translation>Añadir correo electrónico</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>+15555550100</source>
        <translation>+15555550100</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>tu@example.com</translation>
    </message>
    <message>
        <source>A text message with a verification code will be sent to this number.</source>
        <translation>Se enviará un SMS con un código de verificación a este número.</translation>
    </message>
    <message>
        <source>An email with a verification code will be sent to this address.</source>
        <translation>Se enviará un correo con un código de verificación a esta dirección.</translation>
    </message>
    <message>
        <source>Enter the verification code sent to %1</source>
        <translation>Introduce el código de verificación enviado a %1</translation>
    </message>
    <message>
        <source>Resend code</source>
        <translation>Reenviar código</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
</context>
<context>
    <name>IdentifierField</name>
    <message>
        <source>Email address</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>+1 555 555 0100</source>
        <translation>+1 555 555 0100</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>tu@example.com</translation>
    </message>
    <message>
        <source>Email address or phone number</source>
        <translation>Correo electrónico o número de teléfono</translation>
    </message>
    <message>
        <source>Email address or username</source>
        <translation>Correo electrónico o nombre de usuario</translation>
    </message>
    <message>
        <source>Phone number or username</source>
        <translation>Número de teléfono o nombre de usuario</translation>
    </message>
    <message>
        <source>Email address, phone number or username</source>
        <translation>Correo electrónico, número de teléfono o nombre de usuario</translation>
    </message>
</context>
<context>
    <name>OAuthButtons</name>
    <message>
        <source>Continue with %1</source>
        <translation>Continuar con %1</translation>
    </message>
    <message>
        <source>or</source>
        <translation>o</translation>
    </message>
</context>
<context>
    <name>OrganizationDomainsPage</name>
    <message>
        <source>Verified domains</source>
        <translation>Dominios verificados</translation>
    </message>
    <message>
        <source>Enter a domain, such as example.com.</source>
        <translation>Introduce un dominio, por ejemplo example.com.</translation>
    </message>
    <message>
        <source>%1 is verified.</source>
        <translation>%1 se ha verificado.</translation>
    </message>
    <message>
        <source>Enter your address at %1.</source>
        <translation>Introduce tu dirección de correo en %1.</translation>
    </message>
    <message>
        <source>Enter the code.</source>
        <translation>Introduce el código.</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>%1 se ha eliminado.</translation>
    </message>
    <message>
        <source>Automatic invitation</source>
        <translation>Invitación automática</translation>
    </message>
    <message>
        <source>Automatic suggestion</source>
        <translation>Sugerencia automática</translation>
    </message>
    <message>
        <source>No automatic enrollment</source>
        <translation>Sin inscripción automática</translation>
    </message>
    <message>
        <source>People with a verified email address at a verified domain can be invited to, or offered, this organization.</source>
        <translation>Las personas con una dirección de correo verificada en un dominio verificado pueden recibir una invitación o una sugerencia para unirse a esta organización.</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Sin verificar</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Verify %1</source>
        <translation>Verificar %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>Enrollment: %1</source>
        <translation>Inscripción: %1</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 para %2</translation>
    </message>
    <message>
        <source>No domains yet.</source>
        <translation>Todavía no hay dominios.</translation>
    </message>
    <message>
        <source>Add domain</source>
        <translation>Añadir dominio</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Your email address at %1</source>
        <translation>Tu dirección de correo en %1</translation>
    </message>
    <message>
        <source>Code sent to %1</source>
        <translation>Código enviado a %1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Send code</source>
        <translation>Enviar código</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
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
            <numerusform>%n sugerencia pendiente</numerusform>
            <numerusform>%n sugerencias pendientes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganizationGeneralPage</name>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Organization updated.</source>
        <translation>Organización actualizada.</translation>
    </message>
    <message>
        <source>Logo updated.</source>
        <translation>Logotipo actualizado.</translation>
    </message>
    <message>
        <source>Logo removed.</source>
        <translation>Logotipo eliminado.</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Elige un logotipo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>Upload logo</source>
        <translation>Subir logotipo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Eliminar logotipo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save organization</source>
        <translation>Guardar la organización</translation>
    </message>
    <message>
        <source>Leave organization</source>
        <translation>Salir de la organización</translation>
    </message>
    <message>
        <source>You will lose access to %1 and its data until you are invited again.</source>
        <translation>Perderás el acceso a %1 y a sus datos hasta que vuelvan a invitarte.</translation>
    </message>
    <message>
        <source>Remove yourself from this organization.</source>
        <translation>Deja de ser miembro de esta organización.</translation>
    </message>
    <message>
        <source>Stay in the organization</source>
        <translation>Permanecer en la organización</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Confirm leaving the organization</source>
        <translation>Confirmar la salida de la organización</translation>
    </message>
    <message>
        <source>Delete organization</source>
        <translation>Eliminar organización</translation>
    </message>
    <message>
        <source>Deleting the organization removes it for every member. This cannot be undone.</source>
        <translation>Al eliminar la organización, desaparece para todos sus miembros. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Type &quot;%1&quot; to confirm</source>
        <translation>Escribe &quot;%1&quot; para confirmar</translation>
    </message>
    <message>
        <source>Logo of %1</source>
        <extracomment>The organization&apos;s logo image, for screen readers; %1 is the organization&apos;s name</extracomment>
        <translation>Logotipo de %1</translation>
    </message>
</context>
<context>
    <name>OrganizationInvitationsPage</name>
    <message>
        <source>Invitations</source>
        <translation>Invitaciones</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Enter at least one email address.</source>
        <translation>Introduce al menos una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Invitation sent to %1.</source>
        <translation>Invitación enviada a %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) sent.</source>
        <translation>
            <numerusform>%n invitación enviada.</numerusform>
            <numerusform>%n invitaciones enviadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invitation to %1 revoked.</source>
        <translation>Invitación a %1 revocada.</translation>
    </message>
    <message>
        <source>Invite people to %1 by email. They join with the role you choose once they accept.</source>
        <translation>Invita a personas a %1 por correo electrónico. Se unirán con el rol que elijas cuando acepten.</translation>
    </message>
    <message>
        <source>Email addresses</source>
        <translation>Direcciones de correo electrónico</translation>
    </message>
    <message>
        <source>name@example.com, other@example.com</source>
        <translation>nombre@example.com, otro@example.com</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Send invitations</source>
        <translation>Enviar invitaciones</translation>
    </message>
    <message>
        <source>Pending invitations</source>
        <translation>Invitaciones pendientes</translation>
    </message>
    <message>
        <source>No pending invitations.</source>
        <translation>No hay invitaciones pendientes.</translation>
    </message>
    <message>
        <source>Invited as %1 · %2</source>
        <translation>Invitación como %1 · %2</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <source>Revoke the invitation to %1</source>
        <translation>Revocar la invitación a %1</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Previous invitations</source>
        <translation>Invitaciones anteriores</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 de %3</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next invitations</source>
        <translation>Invitaciones siguientes</translation>
    </message>
    <message>
        <source>The role the invited people get</source>
        <extracomment>Read after the role picker&apos;s name: what the chosen role is for</extracomment>
        <translation>El rol que recibirán las personas invitadas</translation>
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
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <source>You are not a member of any organization yet.</source>
        <translation>Todavía no eres miembro de ninguna organización.</translation>
    </message>
    <message>
        <source>Create organization</source>
        <translation>Crear organización</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Invitaciones</translation>
    </message>
    <message>
        <source>Invited as %1</source>
        <translation>Invitación como %1</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Accept the invitation to %1</source>
        <translation>Aceptar la invitación a %1</translation>
    </message>
    <message>
        <source>Suggested for you</source>
        <translation>Sugerencias para ti</translation>
    </message>
    <message>
        <source>Request to join</source>
        <translation>Solicitar unirse</translation>
    </message>
    <message>
        <source>Request to join %1</source>
        <translation>Solicitar unirse a %1</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitud enviada</translation>
    </message>
    <message>
        <source>Requested to join %1</source>
        <translation>Solicitud para unirse a %1 enviada</translation>
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
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Search members</source>
        <translation>Buscar miembros</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (tú)</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Rol de %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Previous page of members</source>
        <translation>Página anterior de miembros</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next page of members</source>
        <translation>Página siguiente de miembros</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n miembro</numerusform>
            <numerusform>%n miembros</numerusform>
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
        <translation>Organización</translation>
    </message>
    <message>
        <source>Manage this organization.</source>
        <translation>Administra esta organización.</translation>
    </message>
</context>
<context>
    <name>OrganizationRequestsPage</name>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>%1 is now a member.</source>
        <translation>%1 ya es miembro.</translation>
    </message>
    <message>
        <source>%1&apos;s request was rejected.</source>
        <translation>Se rechazó la solicitud de %1.</translation>
    </message>
    <message>
        <source>People with an address at one of your verified domains who asked to join.</source>
        <translation>Personas con una dirección en uno de tus dominios verificados que han pedido unirse.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Accept %1</source>
        <translation>Aceptar a %1</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation>Rechazar a %1</translation>
    </message>
    <message>
        <source>No pending requests.</source>
        <translation>No hay solicitudes pendientes.</translation>
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
            <numerusform>%n invitación pendiente</numerusform>
            <numerusform>%n invitaciones pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Personal account</source>
        <translation>Cuenta personal</translation>
    </message>
    <message>
        <source>Accept invitation to %1</source>
        <translation>Aceptar la invitación a %1</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Create organization</source>
        <translation>Crear organización</translation>
    </message>
    <message>
        <source>Switch organization, current: %1</source>
        <extracomment>The organization switcher button, as screen readers name it; %1 is the active organization or &quot;Personal account&quot;</extracomment>
        <translation>Cambiar de organización; actual: %1</translation>
    </message>
</context>
<context>
    <name>PasswordPage</name>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Introduce tu contraseña actual.</translation>
    </message>
    <message>
        <source>Enter a new password.</source>
        <translation>Introduce una contraseña nueva.</translation>
    </message>
    <message>
        <source>Passwords don&apos;t match.</source>
        <translation>Las contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Password updated.</source>
        <translation>Contraseña actualizada.</translation>
    </message>
    <message>
        <source>Password set.</source>
        <translation>Contraseña establecida.</translation>
    </message>
    <message>
        <source>Password removed.</source>
        <translation>Contraseña eliminada.</translation>
    </message>
    <message>
        <source>Change the password you sign in with.</source>
        <translation>Cambia la contraseña con la que inicias sesión.</translation>
    </message>
    <message>
        <source>You have no password yet. Set one to sign in with it.</source>
        <translation>Todavía no tienes contraseña. Establece una para iniciar sesión con ella.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Confirmar contraseña</translation>
    </message>
    <message>
        <source>Sign out of all other devices</source>
        <translation>Cerrar sesión en todos los demás dispositivos</translation>
    </message>
    <message>
        <source>Update password</source>
        <translation>Actualizar contraseña</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Establecer contraseña</translation>
    </message>
    <message>
        <source>Remove password</source>
        <translation>Eliminar contraseña</translation>
    </message>
</context>
<context>
    <name>PhoneNumbersPage</name>
    <message>
        <source>Phone numbers</source>
        <translation>Números de teléfono</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Profile updated.</source>
        <translation>Perfil actualizado.</translation>
    </message>
    <message>
        <source>Profile image updated.</source>
        <translation>Imagen de perfil actualizada.</translation>
    </message>
    <message>
        <source>Profile image removed.</source>
        <translation>Imagen de perfil eliminada.</translation>
    </message>
    <message>
        <source>Choose a profile image</source>
        <translation>Elige una imagen de perfil</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>Profile image</source>
        <translation>Imagen de perfil</translation>
    </message>
    <message>
        <source>PNG, JPEG, GIF or WebP</source>
        <translation>PNG, JPEG, GIF o WebP</translation>
    </message>
    <message>
        <source>Upload image</source>
        <translation>Subir imagen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Remove profile image</source>
        <translation>Eliminar imagen de perfil</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Guardar perfil</translation>
    </message>
    <message>
        <source>Profile image of %1</source>
        <translation>Imagen de perfil de %1</translation>
    </message>
</context>
<context>
    <name>Reverification</name>
    <message>
        <source>Your account has no way to verify that this app supports.</source>
        <translation>Tu cuenta no tiene ningún método de verificación compatible con esta aplicación.</translation>
    </message>
    <message>
        <source>Use your password</source>
        <translation>Usar tu contraseña</translation>
    </message>
    <message>
        <source>Email me a code</source>
        <translation>Enviarme un código por correo</translation>
    </message>
    <message>
        <source>Text me a code</source>
        <translation>Enviarme un código por SMS</translation>
    </message>
    <message>
        <source>Use your authenticator app</source>
        <translation>Usar tu aplicación de autenticación</translation>
    </message>
    <message>
        <source>Use a backup code</source>
        <translation>Usar un código de respaldo</translation>
    </message>
    <message>
        <source>Verify it&apos;s you</source>
        <translation>Verifica tu identidad</translation>
    </message>
    <message>
        <source>Enter your password to continue</source>
        <translation>Introduce tu contraseña para continuar</translation>
    </message>
    <message>
        <source>Enter the code sent to your email</source>
        <translation>Introduce el código enviado a tu correo electrónico</translation>
    </message>
    <message>
        <source>Enter the code sent to your phone</source>
        <translation>Introduce el código enviado a tu teléfono</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app</source>
        <translation>Introduce el código de tu aplicación de autenticación</translation>
    </message>
    <message>
        <source>Enter one of your backup codes</source>
        <translation>Introduce uno de tus códigos de respaldo</translation>
    </message>
    <message>
        <source>This action needs you to confirm your identity</source>
        <translation>Para realizar esta acción, debes confirmar tu identidad</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>SessionTask</name>
    <message>
        <source>Choose an organization</source>
        <translation>Elige una organización</translation>
    </message>
    <message>
        <source>Set up two-step verification</source>
        <translation>Configura la verificación en dos pasos</translation>
    </message>
    <message>
        <source>One more step: %1</source>
        <translation>Un paso más: %1</translation>
    </message>
    <message>
        <source>This application needs an organization. Choose the one to continue with.</source>
        <translation>Esta aplicación necesita una organización. Elige con cuál quieres continuar.</translation>
    </message>
    <message>
        <source>This application requires two-step verification. Add an authenticator app to continue.</source>
        <translation>Esta aplicación requiere la verificación en dos pasos. Añade una aplicación de autenticación para continuar.</translation>
    </message>
    <message>
        <source>This app cannot finish this step; finish it on the web.</source>
        <translation>Esta aplicación no puede completar este paso; complétalo en la web.</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Welcome back! Please sign in to continue</source>
        <translation>¡Hola de nuevo! Inicia sesión para continuar</translation>
    </message>
    <message>
        <source>This account needs a second factor this app cannot offer.</source>
        <translation>Esta cuenta requiere un segundo factor que esta aplicación no puede ofrecer.</translation>
    </message>
    <message>
        <source>No sign-in method this app supports is enabled for this account.</source>
        <translation>Esta cuenta no tiene habilitado ningún método de inicio de sesión compatible con esta aplicación.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Introduce tu contraseña.</translation>
    </message>
    <message>
        <source>Enter a new password.</source>
        <translation>Introduce una contraseña nueva.</translation>
    </message>
    <message>
        <source>Passwords don&apos;t match.</source>
        <translation>Las contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Verify it&apos;s you on this new device</source>
        <translation>Verifica tu identidad en este dispositivo nuevo</translation>
    </message>
    <message>
        <source>Two-step verification</source>
        <translation>Verificación en dos pasos</translation>
    </message>
    <message>
        <source>Check your email</source>
        <translation>Revisa tu correo electrónico</translation>
    </message>
    <message>
        <source>Check your phone</source>
        <translation>Revisa tu teléfono</translation>
    </message>
    <message>
        <source>Check your inbox</source>
        <translation>Revisa tu bandeja de entrada</translation>
    </message>
    <message>
        <source>Forgot password?</source>
        <translation>¿Olvidaste tu contraseña?</translation>
    </message>
    <message>
        <source>Set new password</source>
        <translation>Establece una contraseña nueva</translation>
    </message>
    <message>
        <source>Enter the code sent to your phone</source>
        <translation>Introduce el código enviado a tu teléfono</translation>
    </message>
    <message>
        <source>Enter the code sent to your email</source>
        <translation>Introduce el código enviado a tu correo electrónico</translation>
    </message>
    <message>
        <source>We&apos;ll send you a code to reset your password</source>
        <translation>Te enviaremos un código para restablecer tu contraseña</translation>
    </message>
    <message>
        <source>Use the link we emailed you to continue</source>
        <translation>Usa el enlace que te enviamos por correo para continuar</translation>
    </message>
    <message>
        <source>Choose a new password for your account</source>
        <translation>Elige una contraseña nueva para tu cuenta</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app</source>
        <translation>Introduce el código de tu aplicación de autenticación</translation>
    </message>
    <message>
        <source>Enter one of your backup codes</source>
        <translation>Introduce uno de tus códigos de respaldo</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Backup code</source>
        <translation>Código de respaldo</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Código de verificación</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Confirmar contraseña</translation>
    </message>
    <message>
        <source>Sign out of all other devices</source>
        <translation>Cerrar sesión en todos los demás dispositivos</translation>
    </message>
    <message>
        <source>Text a code to %1</source>
        <translation>Enviar un código por SMS a %1</translation>
    </message>
    <message>
        <source>Email a code to %1</source>
        <translation>Enviar un código por correo a %1</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Restablecer contraseña</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Email me a code instead</source>
        <translation>Enviarme un código por correo</translation>
    </message>
    <message>
        <source>Text me a code instead</source>
        <translation>Enviarme un código por SMS</translation>
    </message>
    <message>
        <source>Email me a sign-in link</source>
        <translation>Enviarme un enlace de inicio de sesión</translation>
    </message>
    <message>
        <source>Resend code</source>
        <translation>Reenviar código</translation>
    </message>
    <message>
        <source>Back to password</source>
        <translation>Volver a la contraseña</translation>
    </message>
    <message>
        <source>Use your password instead</source>
        <translation>Usar tu contraseña</translation>
    </message>
    <message>
        <source>Use your authenticator app instead</source>
        <translation>Usar tu aplicación de autenticación</translation>
    </message>
    <message>
        <source>Use a backup code instead</source>
        <translation>Usar un código de respaldo</translation>
    </message>
    <message>
        <source>Don&apos;t have an account?</source>
        <translation>¿No tienes una cuenta?</translation>
    </message>
    <message>
        <source>Sign up</source>
        <translation>Regístrate</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <extracomment>%1 is the identifier field&apos;s label, e.g. &quot;Email address or username&quot;</extracomment>
        <translation>%1 es obligatorio.</translation>
    </message>
</context>
<context>
    <name>SignUp</name>
    <message>
        <source>Create your account</source>
        <translation>Crea tu cuenta</translation>
    </message>
    <message>
        <source>Welcome! Please fill in the details to get started</source>
        <translation>¡Te damos la bienvenida! Completa tus datos para empezar</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Verify your phone number</source>
        <translation>Verifica tu número de teléfono</translation>
    </message>
    <message>
        <source>Verify your email</source>
        <translation>Verifica tu correo electrónico</translation>
    </message>
    <message>
        <source>Fill in missing fields</source>
        <translation>Completa los campos que faltan</translation>
    </message>
    <message>
        <source>Enter the code sent to %1</source>
        <translation>Introduce el código enviado a %1</translation>
    </message>
    <message>
        <source>Please fill in the remaining details to continue</source>
        <translation>Completa los datos que faltan para continuar</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>+1 555 555 0100</source>
        <translation>+1 555 555 0100</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>I agree to the Terms of Service and Privacy Policy</source>
        <translation>Acepto los Términos del servicio y la Política de privacidad</translation>
    </message>
    <message>
        <source>Terms of Service</source>
        <translation>Términos del servicio</translation>
    </message>
    <message>
        <source>Privacy Policy</source>
        <translation>Política de privacidad</translation>
    </message>
    <message>
        <source>I agree to the %1 and %2</source>
        <translation>Acepto los %1 y la %2</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Resend code</source>
        <translation>Reenviar código</translation>
    </message>
    <message>
        <source>Already have an account?</source>
        <translation>¿Ya tienes una cuenta?</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Inicia sesión</translation>
    </message>
</context>
<context>
    <name>TwoFactorPage</name>
    <message>
        <source>Two-step verification</source>
        <translation>Verificación en dos pasos</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>Introduce el código de tu aplicación de autenticación.</translation>
    </message>
    <message>
        <source>Add authenticator application</source>
        <translation>Añadir aplicación de autenticación</translation>
    </message>
    <message>
        <source>Save your backup codes</source>
        <translation>Guarda tus códigos de respaldo</translation>
    </message>
    <message>
        <source>Authenticator application</source>
        <translation>Aplicación de autenticación</translation>
    </message>
    <message>
        <source>On: sign-ins ask for a code from your authenticator app.</source>
        <translation>Activada: al iniciar sesión se pide un código de tu aplicación de autenticación.</translation>
    </message>
    <message>
        <source>Use an app such as Google Authenticator or 1Password to generate sign-in codes.</source>
        <translation>Usa una aplicación como Google Authenticator o 1Password para generar códigos de inicio de sesión.</translation>
    </message>
    <message>
        <source>Add authenticator app</source>
        <translation>Añadir aplicación de autenticación</translation>
    </message>
    <message>
        <source>Add an authenticator app</source>
        <translation>Añadir una aplicación de autenticación</translation>
    </message>
    <message>
        <source>Remove authenticator app</source>
        <translation>Eliminar aplicación de autenticación</translation>
    </message>
    <message>
        <source>Backup codes</source>
        <translation>Códigos de respaldo</translation>
    </message>
    <message>
        <source>Single-use codes for when you cannot use your other second factor. A new set replaces the old one.</source>
        <translation>Códigos de un solo uso para cuando no puedas usar tu otro segundo factor. Un conjunto nuevo sustituye al anterior.</translation>
    </message>
    <message>
        <source>Regenerate codes</source>
        <translation>Regenerar códigos</translation>
    </message>
    <message>
        <source>Regenerate backup codes</source>
        <translation>Regenerar códigos de respaldo</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Mensaje de texto</translation>
    </message>
    <message>
        <source>Sign-ins can ask for a code sent to one of your verified phone numbers.</source>
        <translation>Al iniciar sesión se puede pedir un código enviado a uno de tus números de teléfono verificados.</translation>
    </message>
    <message>
        <source>Add and verify a phone number first to receive sign-in codes by text message.</source>
        <translation>Primero añade y verifica un número de teléfono para recibir códigos de inicio de sesión por SMS.</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>Use for sign-in codes</source>
        <translation>Usar para códigos de inicio de sesión</translation>
    </message>
    <message>
        <source>Use %1 for sign-in codes</source>
        <translation>Usar %1 para códigos de inicio de sesión</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>Establecer como predeterminado</translation>
    </message>
    <message>
        <source>Make %1 the default second factor</source>
        <translation>Establecer %1 como segundo factor predeterminado</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Stop sending sign-in codes to %1</source>
        <translation>Dejar de enviar códigos de inicio de sesión a %1</translation>
    </message>
    <message>
        <source>Scan this QR code with your authenticator app, then enter the code it shows.</source>
        <translation>Escanea este código QR con tu aplicación de autenticación y luego introduce el código que muestra.</translation>
    </message>
    <message>
        <source>QR code for your authenticator app</source>
        <translation>Código QR para tu aplicación de autenticación</translation>
    </message>
    <message>
        <source>Can&apos;t scan it? Enter this key in the app instead:</source>
        <translation>¿No puedes escanearlo? Introduce esta clave en la aplicación:</translation>
    </message>
    <message>
        <source>Secret key for your authenticator app</source>
        <translation>Clave secreta para tu aplicación de autenticación</translation>
    </message>
    <message>
        <source>Keep these codes somewhere safe. Each one signs you in once if you lose your second factor. They will not be shown again.</source>
        <translation>Guarda estos códigos en un lugar seguro. Cada uno te permite iniciar sesión una vez si pierdes tu segundo factor. No se volverán a mostrar.</translation>
    </message>
    <message>
        <source>Copied to the clipboard</source>
        <translation>Copiado al portapapeles</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel adding the authenticator app</source>
        <translation>Cancelar la configuración de la aplicación de autenticación</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Verify the code</source>
        <translation>Verificar el código</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the backup codes</source>
        <translation>Copiar los códigos de respaldo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>I have saved the backup codes</source>
        <translation>He guardado los códigos de respaldo</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <extracomment>%1 is the secret key (letters and digits) an authenticator app accepts instead of the QR code.</extracomment>
        <translation>Clave: %1</translation>
    </message>
</context>
<context>
    <name>UserButton</name>
    <message>
        <source>User menu of %1</source>
        <translation>Menú de usuario de %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Offline: showing the last known account</source>
        <translation>Sin conexión: se muestra la última cuenta conocida</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Switch organization</source>
        <translation>Cambiar de organización</translation>
    </message>
    <message>
        <source>Personal account</source>
        <translation>Cuenta personal</translation>
    </message>
    <message>
        <source>Switch account</source>
        <translation>Cambiar de cuenta</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Añadir cuenta</translation>
    </message>
    <message>
        <source>Manage account</source>
        <translation>Administrar cuenta</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Sign out of all accounts</source>
        <translation>Cerrar sesión en todas las cuentas</translation>
    </message>
</context>
<context>
    <name>UserProfile</name>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Manage your account info.</source>
        <translation>Administra la información de tu cuenta.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <extracomment>The name of the list of pages in UserProfile/OrganizationProfile; %1 is its heading (&quot;Account&quot;).</extracomment>
        <translation>Páginas de %1</translation>
    </message>
</context>
</TS>
