<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Clerk::OAuthListener</name>
    <message>
        <source>Sign-in interrupted</source>
        <translation>Connexion interrompue</translation>
    </message>
    <message>
        <source>The app stopped waiting for this sign-in.</source>
        <translation>L’application n’attend plus cette connexion.</translation>
    </message>
    <message>
        <source>Not this sign-in</source>
        <translation>Connexion non attendue</translation>
    </message>
    <message>
        <source>This link does not belong to the sign-in the app is waiting for.</source>
        <translation>Ce lien ne correspond pas à la connexion attendue par l’application.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
</context>
<context>
    <name>ClerkButton</name>
    <message>
        <source>Working…</source>
        <translation>Traitement en cours…</translation>
    </message>
</context>
<context>
    <name>ClerkErrors</name>
    <message>
        <source>No account was found with that identifier.</source>
        <translation>Aucun compte n’a été trouvé avec cet identifiant.</translation>
    </message>
    <message>
        <source>The password is incorrect. Try again, or use another method.</source>
        <translation>Le mot de passe est incorrect. Réessayez ou utilisez une autre méthode.</translation>
    </message>
    <message>
        <source>That identifier is already taken. Please try another one.</source>
        <translation>Cet identifiant est déjà utilisé. Veuillez en essayer un autre.</translation>
    </message>
    <message>
        <source>You are already signed in with this account.</source>
        <translation>Vous êtes déjà connecté avec ce compte.</translation>
    </message>
    <message>
        <source>You are already signed in.</source>
        <translation>Vous êtes déjà connecté.</translation>
    </message>
    <message>
        <source>This way of signing in is not available for this account.</source>
        <translation>Ce mode de connexion n’est pas disponible pour ce compte.</translation>
    </message>
    <message>
        <source>The value entered is not in a valid format.</source>
        <translation>Le format de la valeur saisie n’est pas valide.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>The value entered is not valid.</source>
        <translation>La valeur saisie n’est pas valide.</translation>
    </message>
    <message>
        <source>The form contains a field this application does not accept.</source>
        <translation>Le formulaire contient un champ que cette application n’accepte pas.</translation>
    </message>
    <message>
        <source>A username may only contain letters, numbers, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>Un nom d’utilisateur ne peut contenir que des lettres, des chiffres, «&#xa0;-&#xa0;» et «&#xa0;_&#xa0;».</translation>
    </message>
    <message>
        <source>The username is too short or too long.</source>
        <translation>Le nom d’utilisateur est trop court ou trop long.</translation>
    </message>
    <message>
        <source>Some required information is still missing.</source>
        <translation>Des informations obligatoires sont encore manquantes.</translation>
    </message>
    <message>
        <source>This feature is not enabled for this application.</source>
        <translation>Cette fonctionnalité n’est pas activée pour cette application.</translation>
    </message>
    <message>
        <source>This identifier is not allowed to access this application.</source>
        <translation>Cet identifiant n’est pas autorisé à accéder à cette application.</translation>
    </message>
    <message>
        <source>Your account is locked. Please try again later.</source>
        <translation>Votre compte est verrouillé. Veuillez réessayer plus tard.</translation>
    </message>
    <message>
        <source>A second verification step is required.</source>
        <translation>Une deuxième étape de vérification est requise.</translation>
    </message>
    <message>
        <source>This sign-in can no longer be moved to a sign-up. Please start again.</source>
        <translation>Cette connexion ne peut plus être convertie en inscription. Veuillez recommencer.</translation>
    </message>
    <message>
        <source>This account is already connected to another user.</source>
        <translation>Ce compte est déjà associé à un autre utilisateur.</translation>
    </message>
    <message>
        <source>No account is connected to this provider yet.</source>
        <translation>Aucun compte n’est encore associé à ce fournisseur.</translation>
    </message>
    <message>
        <source>Signing in with this provider is not enabled.</source>
        <translation>La connexion avec ce fournisseur n’est pas activée.</translation>
    </message>
    <message>
        <source>This link has expired. Please ask for a new one.</source>
        <translation>Ce lien a expiré. Veuillez en demander un nouveau.</translation>
    </message>
    <message>
        <source>This link is not valid.</source>
        <translation>Ce lien n’est pas valide.</translation>
    </message>
    <message>
        <source>This password was found in a data breach. Please choose another one.</source>
        <translation>Ce mot de passe a été trouvé dans une fuite de données. Veuillez en choisir un autre.</translation>
    </message>
    <message>
        <source>The password is too short.</source>
        <translation>Le mot de passe est trop court.</translation>
    </message>
    <message>
        <source>The password is incorrect.</source>
        <translation>Le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>The password is not strong enough.</source>
        <translation>Le mot de passe n’est pas assez robuste.</translation>
    </message>
    <message>
        <source>A password is required.</source>
        <translation>Un mot de passe est requis.</translation>
    </message>
    <message>
        <source>The code is incorrect.</source>
        <translation>Le code est incorrect.</translation>
    </message>
    <message>
        <source>The code has expired. Please ask for a new one.</source>
        <translation>Le code a expiré. Veuillez en demander un nouveau.</translation>
    </message>
    <message>
        <source>Too many attempts. Please ask for a new code.</source>
        <translation>Trop de tentatives. Veuillez demander un nouveau code.</translation>
    </message>
    <message>
        <source>This has already been verified.</source>
        <translation>Cet élément a déjà été vérifié.</translation>
    </message>
    <message>
        <source>Please ask for a verification code first.</source>
        <translation>Veuillez d’abord demander un code de vérification.</translation>
    </message>
    <message>
        <source>Please verify this first.</source>
        <translation>Veuillez d’abord vérifier cet élément.</translation>
    </message>
    <message>
        <source>Backup codes are not available for this account.</source>
        <translation>Les codes de secours ne sont pas disponibles pour ce compte.</translation>
    </message>
    <message>
        <source>An authenticator app is already set up.</source>
        <translation>Une application d’authentification est déjà configurée.</translation>
    </message>
    <message>
        <source>This phone number is used for two-step verification.</source>
        <translation>Ce numéro de téléphone est utilisé pour la vérification en deux étapes.</translation>
    </message>
    <message>
        <source>This cannot be removed: it is your only way to sign in.</source>
        <translation>Impossible de supprimer cet élément&#xa0;: c’est votre seul moyen de vous connecter.</translation>
    </message>
    <message>
        <source>There is no image to remove.</source>
        <translation>Il n’y a aucune image à supprimer.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Votre session a pris fin. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>You are signed out. Please sign in again.</source>
        <translation>Vous êtes déconnecté. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>That item no longer exists.</source>
        <translation>Cet élément n’existe plus.</translation>
    </message>
    <message>
        <source>Too many requests. Please wait a moment and try again.</source>
        <translation>Trop de requêtes. Veuillez patienter un instant, puis réessayer.</translation>
    </message>
    <message>
        <source>You are not a member of this organization.</source>
        <translation>Vous n’êtes pas membre de cette organisation.</translation>
    </message>
    <message>
        <source>You do not have permission to do this in this organization.</source>
        <translation>Vous n’avez pas l’autorisation d’effectuer cette action dans cette organisation.</translation>
    </message>
    <message>
        <source>This person is already a member of the organization.</source>
        <translation>Cette personne est déjà membre de l’organisation.</translation>
    </message>
    <message>
        <source>This domain has already been added.</source>
        <translation>Ce domaine a déjà été ajouté.</translation>
    </message>
    <message>
        <source>This invitation no longer exists.</source>
        <translation>Cette invitation n’existe plus.</translation>
    </message>
    <message>
        <source>This invitation has already been used or revoked.</source>
        <translation>Cette invitation a déjà été utilisée ou révoquée.</translation>
    </message>
    <message>
        <source>This address has already been invited.</source>
        <translation>Cette adresse a déjà été invitée.</translation>
    </message>
    <message>
        <source>Deleting organizations is not enabled for this application.</source>
        <translation>La suppression d’organisations n’est pas activée pour cette application.</translation>
    </message>
    <message>
        <source>You cannot create more organizations.</source>
        <translation>Vous ne pouvez pas créer d’autres organisations.</translation>
    </message>
    <message>
        <source>Clerk could not be reached. Check your connection and try again.</source>
        <translation>Impossible de joindre Clerk. Vérifiez votre connexion, puis réessayez.</translation>
    </message>
    <message>
        <source>You are offline. Check your connection and try again.</source>
        <translation>Vous êtes hors ligne. Vérifiez votre connexion, puis réessayez.</translation>
    </message>
    <message>
        <source>Clerk took too long to answer. Please try again.</source>
        <translation>Clerk a mis trop de temps à répondre. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Signing in with the provider was cancelled.</source>
        <translation>La connexion avec le fournisseur a été annulée.</translation>
    </message>
    <message>
        <source>The provider did not allow signing in.</source>
        <translation>Le fournisseur n’a pas autorisé la connexion.</translation>
    </message>
    <message>
        <source>Signing in with the provider took too long. Please try again.</source>
        <translation>La connexion avec le fournisseur a pris trop de temps. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Signing in with the provider failed. Please try again.</source>
        <translation>La connexion avec le fournisseur a échoué. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>No web browser could be opened.</source>
        <translation>Aucun navigateur web n’a pu être ouvert.</translation>
    </message>
    <message>
        <source>The link has expired. Please ask for a new one.</source>
        <translation>Le lien a expiré. Veuillez en demander un nouveau.</translation>
    </message>
    <message>
        <source>The link was not opened in time. Please ask for a new one.</source>
        <translation>Le lien n’a pas été ouvert à temps. Veuillez en demander un nouveau.</translation>
    </message>
    <message>
        <source>The link was opened on another device. Please continue there, or ask for a new link.</source>
        <translation>Le lien a été ouvert sur un autre appareil. Veuillez continuer sur celui-ci ou demander un nouveau lien.</translation>
    </message>
    <message>
        <source>The link could not be verified. Please ask for a new one.</source>
        <translation>Le lien n’a pas pu être vérifié. Veuillez en demander un nouveau.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied, so you will need to sign in again next time.</source>
        <translation>L’accès au trousseau du système a été refusé&#xa0;: vous devrez vous reconnecter la prochaine fois.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so you will need to sign in again next time.</source>
        <translation>Le trousseau du système n’est pas disponible&#xa0;: vous devrez vous reconnecter la prochaine fois.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Le fichier n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>The file is not an image that can be used.</source>
        <translation>Ce fichier n’est pas une image utilisable.</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>Aucune modification n’a été apportée.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Une erreur s’est produite. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>That username is taken. Please try another one.</source>
        <translation>Ce nom d’utilisateur est déjà utilisé. Veuillez en essayer un autre.</translation>
    </message>
    <message>
        <source>That email address is taken. Please try another one.</source>
        <translation>Cette adresse e-mail est déjà utilisée. Veuillez en essayer une autre.</translation>
    </message>
    <message>
        <source>That phone number is taken. Please try another one.</source>
        <translation>Ce numéro de téléphone est déjà utilisé. Veuillez en essayer un autre.</translation>
    </message>
</context>
<context>
    <name>CodeField</name>
    <message>
        <source>Verification code</source>
        <translation>Code de vérification</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s)</source>
        <translation>
            <numerusform>%n chiffre</numerusform>
            <numerusform>%n chiffres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectedAccountsPage</name>
    <message>
        <source>Connected accounts</source>
        <translation>Comptes connectés</translation>
    </message>
    <message>
        <source>No accounts connected yet.</source>
        <translation>Aucun compte connecté pour le moment.</translation>
    </message>
    <message>
        <source>Needs your permission again: reauthorize to keep using it.</source>
        <translation>Votre autorisation est de nouveau requise&#xa0;: réautorisez ce compte pour continuer à l’utiliser.</translation>
    </message>
    <message>
        <source>Reauthorize</source>
        <translation>Réautoriser</translation>
    </message>
    <message>
        <source>Reauthorize %1</source>
        <translation>Réautoriser %1</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Déconnecter</translation>
    </message>
    <message>
        <source>Disconnect %1</source>
        <translation>Déconnecter %1</translation>
    </message>
    <message>
        <source>Connect another account</source>
        <translation>Connecter un autre compte</translation>
    </message>
    <message>
        <source>Connect %1</source>
        <translation>Connecter %1</translation>
    </message>
    <message>
        <source>Connect your %1 account</source>
        <translation>Connecter votre compte %1</translation>
    </message>
    <message>
        <source>Continue in your browser…</source>
        <translation>Continuez dans votre navigateur…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel connecting the account</source>
        <translation>Annuler la connexion du compte</translation>
    </message>
</context>
<context>
    <name>CreateOrganization</name>
    <message>
        <source>Create organization</source>
        <translation>Créer une organisation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organization name</source>
        <translation>Nom de l’organisation</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Identifiant URL</translation>
    </message>
    <message>
        <source>Organization slug</source>
        <translation>Identifiant URL de l’organisation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel creating an organization</source>
        <translation>Annuler la création de l’organisation</translation>
    </message>
</context>
<context>
    <name>DeleteAccountPage</name>
    <message>
        <source>Delete account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>Deleting your account removes it and everything in it, on every device. This cannot be undone.</source>
        <translation>La suppression de votre compte l’efface avec tout son contenu, sur tous les appareils. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Type &quot;%1&quot; to confirm</source>
        <translation>Saisissez «&#xa0;%1&#xa0;» pour confirmer</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Unknown browser</source>
        <translation>Navigateur inconnu</translation>
    </message>
    <message>
        <source>Unknown device</source>
        <translation>Appareil inconnu</translation>
    </message>
    <message>
        <source>%1 (mobile)</source>
        <translation>%1 (mobile)</translation>
    </message>
    <message>
        <source>Where you are signed in. Sign out a device you don&apos;t recognise.</source>
        <translation>Les appareils sur lesquels vous êtes connecté. Déconnectez ceux que vous ne reconnaissez pas.</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Cet appareil</translation>
    </message>
    <message>
        <source>Last active %1</source>
        <translation>Dernière activité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Déconnecter</translation>
    </message>
    <message>
        <source>Sign out %1 on %2</source>
        <translation>Déconnecter %1 sur %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>EmailAddressesPage</name>
    <message>
        <source>Email addresses</source>
        <translation>Adresses e-mail</translation>
    </message>
</context>
<context>
    <name>EmailLinkWait</name>
    <message>
        <source>We sent a sign-in link to %1. Open it on this device or any other: this screen continues on its own.</source>
        <translation>Nous avons envoyé un lien de connexion à %1. Ouvrez-le sur cet appareil ou sur un autre&#xa0;: cet écran continuera automatiquement.</translation>
    </message>
    <message>
        <source>Resend link</source>
        <translation>Renvoyer le lien</translation>
    </message>
    <message>
        <source>Send a new link</source>
        <translation>Envoyer un nouveau lien</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Waiting for the link to be opened</source>
        <translation>En attente de l’ouverture du lien</translation>
    </message>
</context>
<context>
    <name>IdentificationsPage</name>
    <message>
        <source>Enter a phone number.</source>
        <translation>Saisissez un numéro de téléphone.</translation>
    </message>
    <message>
        <source>Enter an email address.</source>
        <translation>Saisissez une adresse e-mail.</translation>
    </message>
    <message>
        <source>Enter the code.</source>
        <translation>Saisissez le code.</translation>
    </message>
    <message>
        <source>%1 is verified.</source>
        <translation>Vérification de %1 réussie.</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>Suppression de %1 effectuée.</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Two-step verification</source>
        <translation>Vérification en deux étapes</translation>
    </message>
    <message>
        <source>Use for two-step verification</source>
        <translation>Utiliser pour la vérification en deux étapes</translation>
    </message>
    <message>
        <source>Use %1 for two-step verification</source>
        <translation>Utiliser %1 pour la vérification en deux étapes</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Verify %1</source>
        <translation>Vérifier %1</translation>
    </message>
    <message>
        <source>Make primary</source>
        <translation>Définir comme principal</translation>
    </message>
    <message>
        <source>Make %1 primary</source>
        <translation>Définir %1 comme principal</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>No phone numbers yet.</source>
        <translation>Aucun numéro de téléphone pour le moment.</translation>
    </message>
    <message>
        <source>No email addresses yet.</source>
        <translation>Aucune adresse e-mail pour le moment.</translation>
    </message>
    <message>
        <source>Add phone number</source>
        <translation>Ajouter un numéro de téléphone</translation>
    </message>
    <message>
        <source>Add email address</source>
        <translation>Ajouter une adresse e-mail</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>+15555550100</source>
        <translation>+15555550100</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>nom@example.com</translation>
    </message>
    <message>
        <source>A text message with a verification code will be sent to this number.</source>
        <translation>Un SMS contenant un code de vérification sera envoyé à ce numéro.</translation>
    </message>
    <message>
        <source>An email with a verification code will be sent to this address.</source>
        <translation>Un e-mail contenant un code de vérification sera envoyé à cette adresse.</translation>
    </message>
    <message>
        <source>Enter the verification code sent to %1</source>
        <translation>Saisissez le code de vérification envoyé à %1</translation>
    </message>
    <message>
        <source>Resend code</source>
        <translation>Renvoyer le code</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>IdentifierField</name>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>+1 555 555 0100</source>
        <translation>+1 555 555 0100</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>nom@example.com</translation>
    </message>
    <message>
        <source>Email address or phone number</source>
        <translation>Adresse e-mail ou numéro de téléphone</translation>
    </message>
    <message>
        <source>Email address or username</source>
        <translation>Adresse e-mail ou nom d’utilisateur</translation>
    </message>
    <message>
        <source>Phone number or username</source>
        <translation>Numéro de téléphone ou nom d’utilisateur</translation>
    </message>
    <message>
        <source>Email address, phone number or username</source>
        <translation>Adresse e-mail, numéro de téléphone ou nom d’utilisateur</translation>
    </message>
</context>
<context>
    <name>OAuthButtons</name>
    <message>
        <source>Continue with %1</source>
        <translation>Continuer avec %1</translation>
    </message>
    <message>
        <source>or</source>
        <translation>ou</translation>
    </message>
</context>
<context>
    <name>OrganizationDomainsPage</name>
    <message>
        <source>Verified domains</source>
        <translation>Domaines vérifiés</translation>
    </message>
    <message>
        <source>Enter a domain, such as example.com.</source>
        <translation>Saisissez un domaine, par exemple example.com.</translation>
    </message>
    <message>
        <source>%1 is verified.</source>
        <translation>Le domaine %1 est vérifié.</translation>
    </message>
    <message>
        <source>Enter your address at %1.</source>
        <translation>Saisissez votre adresse e-mail du domaine %1.</translation>
    </message>
    <message>
        <source>Enter the code.</source>
        <translation>Saisissez le code.</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>Le domaine %1 a été supprimé.</translation>
    </message>
    <message>
        <source>Automatic invitation</source>
        <translation>Invitation automatique</translation>
    </message>
    <message>
        <source>Automatic suggestion</source>
        <translation>Suggestion automatique</translation>
    </message>
    <message>
        <source>No automatic enrollment</source>
        <translation>Pas d’inscription automatique</translation>
    </message>
    <message>
        <source>People with a verified email address at a verified domain can be invited to, or offered, this organization.</source>
        <translation>Les personnes ayant une adresse e-mail vérifiée sur un domaine vérifié peuvent être invitées dans cette organisation ou se la voir proposer.</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Verify %1</source>
        <translation>Vérifier %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Enrollment: %1</source>
        <translation>Inscription&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 pour %2</translation>
    </message>
    <message>
        <source>No domains yet.</source>
        <translation>Aucun domaine pour le moment.</translation>
    </message>
    <message>
        <source>Add domain</source>
        <translation>Ajouter un domaine</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Your email address at %1</source>
        <translation>Votre adresse e-mail du domaine %1</translation>
    </message>
    <message>
        <source>Code sent to %1</source>
        <translation>Code envoyé à %1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Send code</source>
        <translation>Envoyer le code</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
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
            <numerusform>%n suggestion en attente</numerusform>
            <numerusform>%n suggestions en attente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganizationGeneralPage</name>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Organization updated.</source>
        <translation>Organisation mise à jour.</translation>
    </message>
    <message>
        <source>Logo updated.</source>
        <translation>Logo mis à jour.</translation>
    </message>
    <message>
        <source>Logo removed.</source>
        <translation>Logo supprimé.</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>Upload logo</source>
        <translation>Importer un logo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Supprimer le logo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Identifiant URL</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save organization</source>
        <translation>Enregistrer l’organisation</translation>
    </message>
    <message>
        <source>Leave organization</source>
        <translation>Quitter l’organisation</translation>
    </message>
    <message>
        <source>You will lose access to %1 and its data until you are invited again.</source>
        <translation>Vous perdrez l’accès à %1 et à ses données jusqu’à ce que vous soyez de nouveau invité.</translation>
    </message>
    <message>
        <source>Remove yourself from this organization.</source>
        <translation>Retirez-vous de cette organisation.</translation>
    </message>
    <message>
        <source>Stay in the organization</source>
        <translation>Rester dans l’organisation</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Confirm leaving the organization</source>
        <translation>Confirmer le départ de l’organisation</translation>
    </message>
    <message>
        <source>Delete organization</source>
        <translation>Supprimer l’organisation</translation>
    </message>
    <message>
        <source>Deleting the organization removes it for every member. This cannot be undone.</source>
        <translation>La suppression de l’organisation l’efface pour tous ses membres. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Type &quot;%1&quot; to confirm</source>
        <translation>Saisissez «&#xa0;%1&#xa0;» pour confirmer</translation>
    </message>
    <message>
        <source>Logo of %1</source>
        <extracomment>The organization&apos;s logo image, for screen readers; %1 is the organization&apos;s name</extracomment>
        <translation>Logo de %1</translation>
    </message>
</context>
<context>
    <name>OrganizationInvitationsPage</name>
    <message>
        <source>Invitations</source>
        <translation>Invitations</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Enter at least one email address.</source>
        <translation>Saisissez au moins une adresse e-mail.</translation>
    </message>
    <message>
        <source>Invitation sent to %1.</source>
        <translation>Invitation envoyée à %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) sent.</source>
        <translation>
            <numerusform>%n invitation envoyée.</numerusform>
            <numerusform>%n invitations envoyées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invitation to %1 revoked.</source>
        <translation>L’invitation envoyée à %1 a été révoquée.</translation>
    </message>
    <message>
        <source>Invite people to %1 by email. They join with the role you choose once they accept.</source>
        <translation>Invitez des personnes à rejoindre %1 par e-mail. Dès qu’elles acceptent, elles obtiennent le rôle choisi.</translation>
    </message>
    <message>
        <source>Email addresses</source>
        <translation>Adresses e-mail</translation>
    </message>
    <message>
        <source>name@example.com, other@example.com</source>
        <translation>nom@example.com, autre@example.com</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Send invitations</source>
        <translation>Envoyer les invitations</translation>
    </message>
    <message>
        <source>Pending invitations</source>
        <translation>Invitations en attente</translation>
    </message>
    <message>
        <source>No pending invitations.</source>
        <translation>Aucune invitation en attente.</translation>
    </message>
    <message>
        <source>Invited as %1 · %2</source>
        <translation>Invité en tant que %1 · %2</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>Revoke the invitation to %1</source>
        <translation>Révoquer l’invitation envoyée à %1</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Previous invitations</source>
        <translation>Invitations précédentes</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 sur %3</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next invitations</source>
        <translation>Invitations suivantes</translation>
    </message>
    <message>
        <source>The role the invited people get</source>
        <extracomment>Read after the role picker&apos;s name: what the chosen role is for</extracomment>
        <translation>Le rôle attribué aux personnes invitées</translation>
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
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <source>You are not a member of any organization yet.</source>
        <translation>Vous n’êtes encore membre d’aucune organisation.</translation>
    </message>
    <message>
        <source>Create organization</source>
        <translation>Créer une organisation</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Invitations</translation>
    </message>
    <message>
        <source>Invited as %1</source>
        <translation>Invité en tant que %1</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Accept the invitation to %1</source>
        <translation>Accepter l’invitation à rejoindre %1</translation>
    </message>
    <message>
        <source>Suggested for you</source>
        <translation>Suggestions pour vous</translation>
    </message>
    <message>
        <source>Request to join</source>
        <translation>Demander à rejoindre</translation>
    </message>
    <message>
        <source>Request to join %1</source>
        <translation>Demander à rejoindre %1</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demande envoyée</translation>
    </message>
    <message>
        <source>Requested to join %1</source>
        <translation>Demande envoyée pour rejoindre %1</translation>
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
        <translation>Membres</translation>
    </message>
    <message>
        <source>Search members</source>
        <translation>Rechercher des membres</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (vous)</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Rôle de %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Previous page of members</source>
        <translation>Page précédente des membres</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next page of members</source>
        <translation>Page suivante des membres</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
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
        <translation>Gérez cette organisation.</translation>
    </message>
</context>
<context>
    <name>OrganizationRequestsPage</name>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>%1 is now a member.</source>
        <translation>%1 est maintenant membre.</translation>
    </message>
    <message>
        <source>%1&apos;s request was rejected.</source>
        <translation>La demande de %1 a été refusée.</translation>
    </message>
    <message>
        <source>People with an address at one of your verified domains who asked to join.</source>
        <translation>Les personnes ayant une adresse sur l’un de vos domaines vérifiés et qui ont demandé à rejoindre l’organisation.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Accept %1</source>
        <translation>Accepter %1</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation>Refuser %1</translation>
    </message>
    <message>
        <source>No pending requests.</source>
        <translation>Aucune demande en attente.</translation>
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
            <numerusform>%n invitation en attente</numerusform>
            <numerusform>%n invitations en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Personal account</source>
        <translation>Compte personnel</translation>
    </message>
    <message>
        <source>Accept invitation to %1</source>
        <translation>Accepter l’invitation à rejoindre %1</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Create organization</source>
        <translation>Créer une organisation</translation>
    </message>
    <message>
        <source>Switch organization, current: %1</source>
        <extracomment>The organization switcher button, as screen readers name it; %1 is the active organization or &quot;Personal account&quot;</extracomment>
        <translation>Changer d’organisation, actuelle&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PasswordPage</name>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Saisissez votre mot de passe actuel.</translation>
    </message>
    <message>
        <source>Enter a new password.</source>
        <translation>Saisissez un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>Passwords don&apos;t match.</source>
        <translation>Les mots de passe ne correspondent pas.</translation>
    </message>
    <message>
        <source>Password updated.</source>
        <translation>Mot de passe mis à jour.</translation>
    </message>
    <message>
        <source>Password set.</source>
        <translation>Mot de passe défini.</translation>
    </message>
    <message>
        <source>Password removed.</source>
        <translation>Mot de passe supprimé.</translation>
    </message>
    <message>
        <source>Change the password you sign in with.</source>
        <translation>Modifiez le mot de passe avec lequel vous vous connectez.</translation>
    </message>
    <message>
        <source>You have no password yet. Set one to sign in with it.</source>
        <translation>Vous n’avez pas encore de mot de passe. Définissez-en un pour vous connecter avec.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Confirmer le mot de passe</translation>
    </message>
    <message>
        <source>Sign out of all other devices</source>
        <translation>Se déconnecter de tous les autres appareils</translation>
    </message>
    <message>
        <source>Update password</source>
        <translation>Mettre à jour le mot de passe</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Définir le mot de passe</translation>
    </message>
    <message>
        <source>Remove password</source>
        <translation>Supprimer le mot de passe</translation>
    </message>
</context>
<context>
    <name>PhoneNumbersPage</name>
    <message>
        <source>Phone numbers</source>
        <translation>Numéros de téléphone</translation>
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
        <translation>Profil mis à jour.</translation>
    </message>
    <message>
        <source>Profile image updated.</source>
        <translation>Photo de profil mise à jour.</translation>
    </message>
    <message>
        <source>Profile image removed.</source>
        <translation>Photo de profil supprimée.</translation>
    </message>
    <message>
        <source>Choose a profile image</source>
        <translation>Choisir une photo de profil</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>Profile image</source>
        <translation>Photo de profil</translation>
    </message>
    <message>
        <source>PNG, JPEG, GIF or WebP</source>
        <translation>PNG, JPEG, GIF ou WebP</translation>
    </message>
    <message>
        <source>Upload image</source>
        <translation>Importer une image</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove profile image</source>
        <translation>Supprimer la photo de profil</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Enregistrer le profil</translation>
    </message>
    <message>
        <source>Profile image of %1</source>
        <translation>Photo de profil de %1</translation>
    </message>
</context>
<context>
    <name>Reverification</name>
    <message>
        <source>Your account has no way to verify that this app supports.</source>
        <translation>Votre compte ne dispose d’aucune méthode de vérification prise en charge par cette application.</translation>
    </message>
    <message>
        <source>Use your password</source>
        <translation>Utiliser votre mot de passe</translation>
    </message>
    <message>
        <source>Email me a code</source>
        <translation>Recevoir un code par e-mail</translation>
    </message>
    <message>
        <source>Text me a code</source>
        <translation>Recevoir un code par SMS</translation>
    </message>
    <message>
        <source>Use your authenticator app</source>
        <translation>Utiliser votre application d’authentification</translation>
    </message>
    <message>
        <source>Use a backup code</source>
        <translation>Utiliser un code de secours</translation>
    </message>
    <message>
        <source>Verify it&apos;s you</source>
        <translation>Confirmez votre identité</translation>
    </message>
    <message>
        <source>Enter your password to continue</source>
        <translation>Saisissez votre mot de passe pour continuer</translation>
    </message>
    <message>
        <source>Enter the code sent to your email</source>
        <translation>Saisissez le code envoyé à votre adresse e-mail</translation>
    </message>
    <message>
        <source>Enter the code sent to your phone</source>
        <translation>Saisissez le code envoyé sur votre téléphone</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app</source>
        <translation>Saisissez le code de votre application d’authentification</translation>
    </message>
    <message>
        <source>Enter one of your backup codes</source>
        <translation>Saisissez l’un de vos codes de secours</translation>
    </message>
    <message>
        <source>This action needs you to confirm your identity</source>
        <translation>Cette action nécessite de confirmer votre identité</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>SessionTask</name>
    <message>
        <source>Choose an organization</source>
        <translation>Choisir une organisation</translation>
    </message>
    <message>
        <source>Set up two-step verification</source>
        <translation>Configurer la vérification en deux étapes</translation>
    </message>
    <message>
        <source>One more step: %1</source>
        <translation>Encore une étape&#xa0;: %1</translation>
    </message>
    <message>
        <source>This application needs an organization. Choose the one to continue with.</source>
        <translation>Cette application nécessite une organisation. Choisissez celle avec laquelle continuer.</translation>
    </message>
    <message>
        <source>This application requires two-step verification. Add an authenticator app to continue.</source>
        <translation>Cette application exige la vérification en deux étapes. Ajoutez une application d’authentification pour continuer.</translation>
    </message>
    <message>
        <source>This app cannot finish this step; finish it on the web.</source>
        <translation>Cette application ne peut pas terminer cette étape&#xa0;; terminez-la sur le web.</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Welcome back! Please sign in to continue</source>
        <translation>Bon retour&#xa0;! Veuillez vous connecter pour continuer</translation>
    </message>
    <message>
        <source>This account needs a second factor this app cannot offer.</source>
        <translation>Ce compte requiert un second facteur que cette application ne peut pas proposer.</translation>
    </message>
    <message>
        <source>No sign-in method this app supports is enabled for this account.</source>
        <translation>Aucune méthode de connexion prise en charge par cette application n’est activée pour ce compte.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>Enter a new password.</source>
        <translation>Saisissez un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>Passwords don&apos;t match.</source>
        <translation>Les mots de passe ne correspondent pas.</translation>
    </message>
    <message>
        <source>Verify it&apos;s you on this new device</source>
        <translation>Confirmez votre identité sur ce nouvel appareil</translation>
    </message>
    <message>
        <source>Two-step verification</source>
        <translation>Vérification en deux étapes</translation>
    </message>
    <message>
        <source>Check your email</source>
        <translation>Consultez vos e-mails</translation>
    </message>
    <message>
        <source>Check your phone</source>
        <translation>Consultez votre téléphone</translation>
    </message>
    <message>
        <source>Check your inbox</source>
        <translation>Consultez votre boîte de réception</translation>
    </message>
    <message>
        <source>Forgot password?</source>
        <translation>Mot de passe oublié&#xa0;?</translation>
    </message>
    <message>
        <source>Set new password</source>
        <translation>Définir un nouveau mot de passe</translation>
    </message>
    <message>
        <source>Enter the code sent to your phone</source>
        <translation>Saisissez le code envoyé sur votre téléphone</translation>
    </message>
    <message>
        <source>Enter the code sent to your email</source>
        <translation>Saisissez le code envoyé à votre adresse e-mail</translation>
    </message>
    <message>
        <source>We&apos;ll send you a code to reset your password</source>
        <translation>Nous vous enverrons un code pour réinitialiser votre mot de passe</translation>
    </message>
    <message>
        <source>Use the link we emailed you to continue</source>
        <translation>Utilisez le lien que nous vous avons envoyé par e-mail pour continuer</translation>
    </message>
    <message>
        <source>Choose a new password for your account</source>
        <translation>Choisissez un nouveau mot de passe pour votre compte</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app</source>
        <translation>Saisissez le code de votre application d’authentification</translation>
    </message>
    <message>
        <source>Enter one of your backup codes</source>
        <translation>Saisissez l’un de vos codes de secours</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Backup code</source>
        <translation>Code de secours</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Code de vérification</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Confirmer le mot de passe</translation>
    </message>
    <message>
        <source>Sign out of all other devices</source>
        <translation>Se déconnecter de tous les autres appareils</translation>
    </message>
    <message>
        <source>Text a code to %1</source>
        <translation>Envoyer un code par SMS à %1</translation>
    </message>
    <message>
        <source>Email a code to %1</source>
        <translation>Envoyer un code par e-mail à %1</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Email me a code instead</source>
        <translation>Recevoir plutôt un code par e-mail</translation>
    </message>
    <message>
        <source>Text me a code instead</source>
        <translation>Recevoir plutôt un code par SMS</translation>
    </message>
    <message>
        <source>Email me a sign-in link</source>
        <translation>Recevoir un lien de connexion par e-mail</translation>
    </message>
    <message>
        <source>Resend code</source>
        <translation>Renvoyer le code</translation>
    </message>
    <message>
        <source>Back to password</source>
        <translation>Retour au mot de passe</translation>
    </message>
    <message>
        <source>Use your password instead</source>
        <translation>Utiliser plutôt votre mot de passe</translation>
    </message>
    <message>
        <source>Use your authenticator app instead</source>
        <translation>Utiliser plutôt votre application d’authentification</translation>
    </message>
    <message>
        <source>Use a backup code instead</source>
        <translation>Utiliser plutôt un code de secours</translation>
    </message>
    <message>
        <source>Don&apos;t have an account?</source>
        <translation>Vous n’avez pas de compte&#xa0;?</translation>
    </message>
    <message>
        <source>Sign up</source>
        <translation>S’inscrire</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <extracomment>%1 is the identifier field&apos;s label, e.g. &quot;Email address or username&quot;</extracomment>
        <translation>Le champ «&#xa0;%1&#xa0;» est obligatoire.</translation>
    </message>
</context>
<context>
    <name>SignUp</name>
    <message>
        <source>Create your account</source>
        <translation>Créez votre compte</translation>
    </message>
    <message>
        <source>Welcome! Please fill in the details to get started</source>
        <translation>Bienvenue&#xa0;! Veuillez renseigner les informations ci-dessous pour commencer</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Verify your phone number</source>
        <translation>Vérifiez votre numéro de téléphone</translation>
    </message>
    <message>
        <source>Verify your email</source>
        <translation>Vérifiez votre adresse e-mail</translation>
    </message>
    <message>
        <source>Fill in missing fields</source>
        <translation>Complétez les champs manquants</translation>
    </message>
    <message>
        <source>Enter the code sent to %1</source>
        <translation>Saisissez le code envoyé à %1</translation>
    </message>
    <message>
        <source>Please fill in the remaining details to continue</source>
        <translation>Veuillez compléter les informations restantes pour continuer</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>+1 555 555 0100</source>
        <translation>+1 555 555 0100</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>I agree to the Terms of Service and Privacy Policy</source>
        <translation>J’accepte les conditions d’utilisation et la politique de confidentialité</translation>
    </message>
    <message>
        <source>Terms of Service</source>
        <translation>conditions d’utilisation</translation>
    </message>
    <message>
        <source>Privacy Policy</source>
        <translation>politique de confidentialité</translation>
    </message>
    <message>
        <source>I agree to the %1 and %2</source>
        <translation>J’accepte les %1 et la %2</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Resend code</source>
        <translation>Renvoyer le code</translation>
    </message>
    <message>
        <source>Already have an account?</source>
        <translation>Vous avez déjà un compte&#xa0;?</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
</context>
<context>
    <name>TwoFactorPage</name>
    <message>
        <source>Two-step verification</source>
        <translation>Vérification en deux étapes</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>Saisissez le code de votre application d’authentification.</translation>
    </message>
    <message>
        <source>Add authenticator application</source>
        <translation>Ajouter une application d’authentification</translation>
    </message>
    <message>
        <source>Save your backup codes</source>
        <translation>Enregistrez vos codes de secours</translation>
    </message>
    <message>
        <source>Authenticator application</source>
        <translation>Application d’authentification</translation>
    </message>
    <message>
        <source>On: sign-ins ask for a code from your authenticator app.</source>
        <translation>Activée&#xa0;: chaque connexion demande un code de votre application d’authentification.</translation>
    </message>
    <message>
        <source>Use an app such as Google Authenticator or 1Password to generate sign-in codes.</source>
        <translation>Utilisez une application comme Google Authenticator ou 1Password pour générer des codes de connexion.</translation>
    </message>
    <message>
        <source>Add authenticator app</source>
        <translation>Ajouter une application d’authentification</translation>
    </message>
    <message>
        <source>Add an authenticator app</source>
        <translation>Ajouter une application d’authentification</translation>
    </message>
    <message>
        <source>Remove authenticator app</source>
        <translation>Supprimer l’application d’authentification</translation>
    </message>
    <message>
        <source>Backup codes</source>
        <translation>Codes de secours</translation>
    </message>
    <message>
        <source>Single-use codes for when you cannot use your other second factor. A new set replaces the old one.</source>
        <translation>Codes à usage unique, pour les cas où vous ne pouvez pas utiliser votre autre second facteur. Une nouvelle série remplace l’ancienne.</translation>
    </message>
    <message>
        <source>Regenerate codes</source>
        <translation>Régénérer les codes</translation>
    </message>
    <message>
        <source>Regenerate backup codes</source>
        <translation>Régénérer les codes de secours</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Sign-ins can ask for a code sent to one of your verified phone numbers.</source>
        <translation>Les connexions peuvent demander un code envoyé à l’un de vos numéros de téléphone vérifiés.</translation>
    </message>
    <message>
        <source>Add and verify a phone number first to receive sign-in codes by text message.</source>
        <translation>Ajoutez et vérifiez d’abord un numéro de téléphone pour recevoir des codes de connexion par SMS.</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Use for sign-in codes</source>
        <translation>Utiliser pour les codes de connexion</translation>
    </message>
    <message>
        <source>Use %1 for sign-in codes</source>
        <translation>Utiliser %1 pour les codes de connexion</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>Définir par défaut</translation>
    </message>
    <message>
        <source>Make %1 the default second factor</source>
        <translation>Définir %1 comme second facteur par défaut</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Stop sending sign-in codes to %1</source>
        <translation>Ne plus envoyer de codes de connexion à %1</translation>
    </message>
    <message>
        <source>Scan this QR code with your authenticator app, then enter the code it shows.</source>
        <translation>Scannez ce code QR avec votre application d’authentification, puis saisissez le code affiché.</translation>
    </message>
    <message>
        <source>QR code for your authenticator app</source>
        <translation>Code QR pour votre application d’authentification</translation>
    </message>
    <message>
        <source>Can&apos;t scan it? Enter this key in the app instead:</source>
        <translation>Impossible de le scanner&#xa0;? Saisissez plutôt cette clé dans l’application&#xa0;:</translation>
    </message>
    <message>
        <source>Secret key for your authenticator app</source>
        <translation>Clé secrète pour votre application d’authentification</translation>
    </message>
    <message>
        <source>Keep these codes somewhere safe. Each one signs you in once if you lose your second factor. They will not be shown again.</source>
        <translation>Conservez ces codes en lieu sûr. Chacun vous permet de vous connecter une fois si vous perdez votre second facteur. Ils ne seront plus affichés.</translation>
    </message>
    <message>
        <source>Copied to the clipboard</source>
        <translation>Copié dans le presse-papiers</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel adding the authenticator app</source>
        <translation>Annuler l’ajout de l’application d’authentification</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Verify the code</source>
        <translation>Vérifier le code</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the backup codes</source>
        <translation>Copier les codes de secours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>I have saved the backup codes</source>
        <translation>J’ai enregistré les codes de secours</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <extracomment>%1 is the secret key (letters and digits) an authenticator app accepts instead of the QR code.</extracomment>
        <translation>Clé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>UserButton</name>
    <message>
        <source>User menu of %1</source>
        <translation>Menu utilisateur de %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Offline: showing the last known account</source>
        <translation>Hors ligne&#xa0;: affichage du dernier compte connu</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Switch organization</source>
        <translation>Changer d’organisation</translation>
    </message>
    <message>
        <source>Personal account</source>
        <translation>Compte personnel</translation>
    </message>
    <message>
        <source>Switch account</source>
        <translation>Changer de compte</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>Manage account</source>
        <translation>Gérer le compte</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Sign out of all accounts</source>
        <translation>Se déconnecter de tous les comptes</translation>
    </message>
</context>
<context>
    <name>UserProfile</name>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Manage your account info.</source>
        <translation>Gérez les informations de votre compte.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <extracomment>The name of the list of pages in UserProfile/OrganizationProfile; %1 is its heading (&quot;Account&quot;).</extracomment>
        <translation>Pages&#xa0;: %1</translation>
    </message>
</context>
</TS>
