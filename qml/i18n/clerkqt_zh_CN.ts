<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Clerk::OAuthListener</name>
    <message>
        <source>Sign-in interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app stopped waiting for this sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not this sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link does not belong to the sign-in the app is waiting for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClerkButton</name>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClerkErrors</name>
    <message>
        <source>No account was found with that identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is incorrect. Try again, or use another method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That identifier is already taken. Please try another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are already signed in with this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are already signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This way of signing in is not available for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value entered is not in a valid format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value entered is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form contains a field this application does not accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A username may only contain letters, numbers, &apos;-&apos; and &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username is too short or too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some required information is still missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This feature is not enabled for this application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This identifier is not allowed to access this application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is locked. Please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second verification step is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in can no longer be moved to a sign-up. Please start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is already connected to another user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account is connected to this provider yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in with this provider is not enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link has expired. Please ask for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This password was found in a data breach. Please choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is too short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is incorrect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is not strong enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is incorrect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code has expired. Please ask for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many attempts. Please ask for a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This has already been verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please ask for a verification code first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please verify this first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup codes are not available for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An authenticator app is already set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This phone number is used for two-step verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be removed: it is your only way to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no image to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed out. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests. Please wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not a member of this organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have permission to do this in this organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is already a member of the organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This domain has already been added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invitation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invitation has already been used or revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address has already been invited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting organizations is not enabled for this application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot create more organizations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk could not be reached. Check your connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are offline. Check your connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk took too long to answer. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in with the provider was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider did not allow signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in with the provider took too long. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in with the provider failed. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No web browser could be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link has expired. Please ask for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link was not opened in time. Please ask for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link was opened on another device. Please continue there, or ask for a new link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link could not be verified. Please ask for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the system keychain was denied, so you will need to sign in again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available, so you will need to sign in again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not an image that can be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeField</name>
    <message>
        <source>Verification code</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectedAccountsPage</name>
    <message>
        <source>Connected accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts connected yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs your permission again: reauthorize to keep using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reauthorize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reauthorize %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect another account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect your %1 account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue in your browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel connecting the account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateOrganization</name>
    <message>
        <source>Create organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel creating an organization</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteAccountPage</name>
    <message>
        <source>Delete account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting your account removes it and everything in it, on every device. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type &quot;%1&quot; to confirm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (mobile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you are signed in. Sign out a device you don&apos;t recognise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last active %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailAddressesPage</name>
    <message>
        <source>Email addresses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailLinkWait</name>
    <message>
        <source>We sent a sign-in link to %1. Open it on this device or any other: this screen continues on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a new link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentificationsPage</name>
    <message>
        <source>Enter a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use for two-step verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1 for two-step verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone numbers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No email addresses yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+15555550100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text message with a verification code will be sent to this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An email with a verification code will be sent to this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the verification code sent to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentifierField</name>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 or %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 555 555 0100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthButtons</name>
    <message>
        <source>Continue with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationDomainsPage</name>
    <message>
        <source>Verified domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a domain, such as example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your address at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No automatic enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People with a verified email address at a verified domain can be invited to, or offered, this organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pending invitations · %2 pending suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No domains yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your email address at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code sent to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationGeneralPage</name>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will lose access to %1 and its data until you are invited again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove yourself from this organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay in the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm leaving the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the organization removes it for every member. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type &quot;%1&quot; to confirm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationInvitationsPage</name>
    <message>
        <source>Invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least one email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation sent to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) sent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Invitation to %1 revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite people to %1 by email. They join with the role you choose once they accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com, other@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pending invitations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited as %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the invitation to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next invitations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationList</name>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not a member of any organization yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the invitation to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request to join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request to join %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested to join %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationMembersPage</name>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page of members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page of members</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationProfile</name>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage this organization.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationRequestsPage</name>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s request was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People with an address at one of your verified domains who asked to join.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pending requests.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationSwitcher</name>
    <message numerus="yes">
        <source>%n pending invitation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Personal account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept invitation to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create organization</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordPage</name>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords don&apos;t match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the password you sign in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no password yet. Set one to sign in with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out of all other devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneNumbersPage</name>
    <message>
        <source>Phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile image updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile image removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a profile image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG, JPEG, GIF or WebP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove profile image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reverification</name>
    <message>
        <source>Your account has no way to verify that this app supports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email me a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text me a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use your authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a backup code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify it&apos;s you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password to continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the code sent to your email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the code sent to your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter one of your backup codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action needs you to confirm your identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionTask</name>
    <message>
        <source>Choose an organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up two-step verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One more step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This application needs an organization. Choose the one to continue with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This application requires two-step verification. Add an authenticator app to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app cannot finish this step; finish it on the web.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome back! Please sign in to continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account needs a second factor this app cannot offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sign-in method this app supports is enabled for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords don&apos;t match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify it&apos;s you on this new device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot password?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the code sent to your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the code sent to your email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We&apos;ll send you a code to reset your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the link we emailed you to continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new password for your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter one of your backup codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out of all other devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text a code to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email a code to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email me a code instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text me a code instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email me a sign-in link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use your password instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use your authenticator app instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a backup code instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t have an account?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignUp</name>
    <message>
        <source>Create your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome! Please fill in the details to get started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify your phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify your email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in missing fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the code sent to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please fill in the remaining details to continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 555 555 0100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I agree to the Terms of Service and Privacy Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms of Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I agree to the %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already have an account?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TwoFactorPage</name>
    <message>
        <source>Two-step verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add authenticator application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your backup codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticator application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: sign-ins ask for a code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an app such as Google Authenticator or 1Password to generate sign-in codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single-use codes for when you cannot use your other second factor. A new set replaces the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate backup codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-ins can ask for a code sent to one of your verified phone numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add and verify a phone number first to receive sign-in codes by text message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use for sign-in codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1 for sign-in codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 the default second factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sending sign-in codes to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan this QR code with your authenticator app, then enter the code it shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code for your authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t scan it? Enter this key in the app instead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret key for your authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep these codes somewhere safe. Each one signs you in once if you lose your second factor. They will not be shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel adding the authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the backup codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have saved the backup codes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserButton</name>
    <message>
        <source>User menu of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: showing the last known account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out of all accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserProfile</name>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage your account info.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
