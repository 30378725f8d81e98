<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>Clerk::OAuthListener</name>
    <message>
        <source>Sign-in interrupted</source>
        <translation>サインインが中断されました</translation>
    </message>
    <message>
        <source>The app stopped waiting for this sign-in.</source>
        <translation>アプリはこのサインインの待機を終了しました。</translation>
    </message>
    <message>
        <source>Not this sign-in</source>
        <translation>このサインインのリンクではありません</translation>
    </message>
    <message>
        <source>This link does not belong to the sign-in the app is waiting for.</source>
        <translation>このリンクは、アプリが待機しているサインインのものではありません。</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
</context>
<context>
    <name>ClerkButton</name>
    <message>
        <source>Working…</source>
        <translation>処理中…</translation>
    </message>
</context>
<context>
    <name>ClerkErrors</name>
    <message>
        <source>No account was found with that identifier.</source>
        <translation>そのIDのアカウントは見つかりませんでした。</translation>
    </message>
    <message>
        <source>The password is incorrect. Try again, or use another method.</source>
        <translation>パスワードが正しくありません。もう一度お試しいただくか、別の方法をご利用ください。</translation>
    </message>
    <message>
        <source>That identifier is already taken. Please try another one.</source>
        <translation>このIDはすでに使用されています。別のものをお試しください。</translation>
    </message>
    <message>
        <source>You are already signed in with this account.</source>
        <translation>このアカウントですでにサインインしています。</translation>
    </message>
    <message>
        <source>You are already signed in.</source>
        <translation>すでにサインインしています。</translation>
    </message>
    <message>
        <source>This way of signing in is not available for this account.</source>
        <translation>このアカウントでは、このサインイン方法は利用できません。</translation>
    </message>
    <message>
        <source>The value entered is not in a valid format.</source>
        <translation>入力された値の形式が正しくありません。</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>この項目は必須です。</translation>
    </message>
    <message>
        <source>The value entered is not valid.</source>
        <translation>入力された値は無効です。</translation>
    </message>
    <message>
        <source>The form contains a field this application does not accept.</source>
        <translation>このアプリケーションで受け付けていない項目がフォームに含まれています。</translation>
    </message>
    <message>
        <source>A username may only contain letters, numbers, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>ユーザー名に使用できるのは、英字、数字、&apos;-&apos;、&apos;_&apos; のみです。</translation>
    </message>
    <message>
        <source>The username is too short or too long.</source>
        <translation>ユーザー名が短すぎるか、長すぎます。</translation>
    </message>
    <message>
        <source>Some required information is still missing.</source>
        <translation>必要な情報がまだ入力されていません。</translation>
    </message>
    <message>
        <source>This feature is not enabled for this application.</source>
        <translation>この機能は、このアプリケーションでは有効になっていません。</translation>
    </message>
    <message>
        <source>This identifier is not allowed to access this application.</source>
        <translation>このIDでは、このアプリケーションにアクセスできません。</translation>
    </message>
    <message>
        <source>Your account is locked. Please try again later.</source>
        <translation>アカウントがロックされています。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>A second verification step is required.</source>
        <translation>2段階目の認証が必要です。</translation>
    </message>
    <message>
        <source>This sign-in can no longer be moved to a sign-up. Please start again.</source>
        <translation>このサインインはサインアップに切り替えられなくなりました。最初からやり直してください。</translation>
    </message>
    <message>
        <source>This account is already connected to another user.</source>
        <translation>このアカウントはすでに別のユーザーに連携されています。</translation>
    </message>
    <message>
        <source>No account is connected to this provider yet.</source>
        <translation>このプロバイダーに連携されたアカウントはまだありません。</translation>
    </message>
    <message>
        <source>Signing in with this provider is not enabled.</source>
        <translation>このプロバイダーでのサインインは有効になっていません。</translation>
    </message>
    <message>
        <source>This link has expired. Please ask for a new one.</source>
        <translation>このリンクは有効期限が切れています。新しいリンクをリクエストしてください。</translation>
    </message>
    <message>
        <source>This link is not valid.</source>
        <translation>このリンクは無効です。</translation>
    </message>
    <message>
        <source>This password was found in a data breach. Please choose another one.</source>
        <translation>このパスワードはデータ漏洩で流出したことが確認されています。別のパスワードを選んでください。</translation>
    </message>
    <message>
        <source>The password is too short.</source>
        <translation>パスワードが短すぎます。</translation>
    </message>
    <message>
        <source>The password is incorrect.</source>
        <translation>パスワードが正しくありません。</translation>
    </message>
    <message>
        <source>The password is not strong enough.</source>
        <translation>パスワードの強度が不十分です。</translation>
    </message>
    <message>
        <source>A password is required.</source>
        <translation>パスワードは必須です。</translation>
    </message>
    <message>
        <source>The code is incorrect.</source>
        <translation>コードが正しくありません。</translation>
    </message>
    <message>
        <source>The code has expired. Please ask for a new one.</source>
        <translation>コードの有効期限が切れています。新しいコードをリクエストしてください。</translation>
    </message>
    <message>
        <source>Too many attempts. Please ask for a new code.</source>
        <translation>試行回数が多すぎます。新しいコードをリクエストしてください。</translation>
    </message>
    <message>
        <source>This has already been verified.</source>
        <translation>これはすでに確認済みです。</translation>
    </message>
    <message>
        <source>Please ask for a verification code first.</source>
        <translation>先に確認コードをリクエストしてください。</translation>
    </message>
    <message>
        <source>Please verify this first.</source>
        <translation>先にこちらを確認してください。</translation>
    </message>
    <message>
        <source>Backup codes are not available for this account.</source>
        <translation>このアカウントではバックアップコードを利用できません。</translation>
    </message>
    <message>
        <source>An authenticator app is already set up.</source>
        <translation>認証アプリはすでに設定されています。</translation>
    </message>
    <message>
        <source>This phone number is used for two-step verification.</source>
        <translation>この電話番号は2段階認証に使用されています。</translation>
    </message>
    <message>
        <source>This cannot be removed: it is your only way to sign in.</source>
        <translation>唯一のサインイン方法のため、削除できません。</translation>
    </message>
    <message>
        <source>There is no image to remove.</source>
        <translation>削除する画像がありません。</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>セッションが終了しました。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>You are signed out. Please sign in again.</source>
        <translation>サインアウトしています。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>That item no longer exists.</source>
        <translation>その項目はもう存在しません。</translation>
    </message>
    <message>
        <source>Too many requests. Please wait a moment and try again.</source>
        <translation>リクエストが多すぎます。しばらく待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>You are not a member of this organization.</source>
        <translation>この組織のメンバーではありません。</translation>
    </message>
    <message>
        <source>You do not have permission to do this in this organization.</source>
        <translation>この組織でこの操作を行う権限がありません。</translation>
    </message>
    <message>
        <source>This person is already a member of the organization.</source>
        <translation>このユーザーはすでに組織のメンバーです。</translation>
    </message>
    <message>
        <source>This domain has already been added.</source>
        <translation>このドメインはすでに追加されています。</translation>
    </message>
    <message>
        <source>This invitation no longer exists.</source>
        <translation>この招待はもう存在しません。</translation>
    </message>
    <message>
        <source>This invitation has already been used or revoked.</source>
        <translation>この招待はすでに使用済みか、取り消されています。</translation>
    </message>
    <message>
        <source>This address has already been invited.</source>
        <translation>このアドレスはすでに招待されています。</translation>
    </message>
    <message>
        <source>Deleting organizations is not enabled for this application.</source>
        <translation>このアプリケーションでは組織の削除が有効になっていません。</translation>
    </message>
    <message>
        <source>You cannot create more organizations.</source>
        <translation>これ以上組織を作成できません。</translation>
    </message>
    <message>
        <source>Clerk could not be reached. Check your connection and try again.</source>
        <translation>Clerk に接続できませんでした。接続を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>You are offline. Check your connection and try again.</source>
        <translation>オフラインです。接続を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Clerk took too long to answer. Please try again.</source>
        <translation>Clerk からの応答がタイムアウトしました。もう一度お試しください。</translation>
    </message>
    <message>
        <source>Signing in with the provider was cancelled.</source>
        <translation>プロバイダーでのサインインがキャンセルされました。</translation>
    </message>
    <message>
        <source>The provider did not allow signing in.</source>
        <translation>プロバイダーがサインインを許可しませんでした。</translation>
    </message>
    <message>
        <source>Signing in with the provider took too long. Please try again.</source>
        <translation>プロバイダーでのサインインがタイムアウトしました。もう一度お試しください。</translation>
    </message>
    <message>
        <source>Signing in with the provider failed. Please try again.</source>
        <translation>プロバイダーでのサインインに失敗しました。もう一度お試しください。</translation>
    </message>
    <message>
        <source>No web browser could be opened.</source>
        <translation>Webブラウザーを開けませんでした。</translation>
    </message>
    <message>
        <source>The link has expired. Please ask for a new one.</source>
        <translation>リンクの有効期限が切れています。新しいリンクをリクエストしてください。</translation>
    </message>
    <message>
        <source>The link was not opened in time. Please ask for a new one.</source>
        <translation>リンクが時間内に開かれませんでした。新しいリンクをリクエストしてください。</translation>
    </message>
    <message>
        <source>The link was opened on another device. Please continue there, or ask for a new link.</source>
        <translation>リンクは別のデバイスで開かれました。そちらで続行するか、新しいリンクをリクエストしてください。</translation>
    </message>
    <message>
        <source>The link could not be verified. Please ask for a new one.</source>
        <translation>リンクを確認できませんでした。新しいリンクをリクエストしてください。</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied, so you will need to sign in again next time.</source>
        <translation>システムのキーチェーンへのアクセスが拒否されたため、次回もう一度サインインする必要があります。</translation>
    </message>
    <message>
        <source>The system keychain is not available, so you will need to sign in again next time.</source>
        <translation>システムのキーチェーンを利用できないため、次回もう一度サインインする必要があります。</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>ファイルを読み込めませんでした。</translation>
    </message>
    <message>
        <source>The file is not an image that can be used.</source>
        <translation>このファイルは使用できる画像ではありません。</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>変更はありません。</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>問題が発生しました。もう一度お試しください。</translation>
    </message>
    <message>
        <source>That username is taken. Please try another one.</source>
        <translation>このユーザー名はすでに使用されています。別のものをお試しください。</translation>
    </message>
    <message>
        <source>That email address is taken. Please try another one.</source>
        <translation>このメールアドレスはすでに使用されています。別のものをお試しください。</translation>
    </message>
    <message>
        <source>That phone number is taken. Please try another one.</source>
        <translation>この電話番号はすでに使用されています。別のものをお試しください。</translation>
    </message>
</context>
<context>
    <name>CodeField</name>
    <message>
        <source>Verification code</source>
        <translation>確認コード</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s)</source>
        <translation>
            <numerusform>%n 桁</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectedAccountsPage</name>
    <message>
        <source>Connected accounts</source>
        <translation>連携アカウント</translation>
    </message>
    <message>
        <source>No accounts connected yet.</source>
        <translation>連携しているアカウントはまだありません。</translation>
    </message>
    <message>
        <source>Needs your permission again: reauthorize to keep using it.</source>
        <translation>再度の許可が必要です。引き続き使用するには再認可してください。</translation>
    </message>
    <message>
        <source>Reauthorize</source>
        <translation>再認可</translation>
    </message>
    <message>
        <source>Reauthorize %1</source>
        <translation>%1 を再認可</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>連携を解除</translation>
    </message>
    <message>
        <source>Disconnect %1</source>
        <translation>%1 の連携を解除</translation>
    </message>
    <message>
        <source>Connect another account</source>
        <translation>別のアカウントを連携</translation>
    </message>
    <message>
        <source>Connect %1</source>
        <translation>%1 を連携</translation>
    </message>
    <message>
        <source>Connect your %1 account</source>
        <translation>%1 アカウントを連携</translation>
    </message>
    <message>
        <source>Continue in your browser…</source>
        <translation>ブラウザーで続行してください…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel connecting the account</source>
        <translation>アカウントの連携をキャンセル</translation>
    </message>
</context>
<context>
    <name>CreateOrganization</name>
    <message>
        <source>Create organization</source>
        <translation>組織を作成</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Organization name</source>
        <translation>組織名</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>スラッグ</translation>
    </message>
    <message>
        <source>Organization slug</source>
        <translation>組織のスラッグ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel creating an organization</source>
        <translation>組織の作成をキャンセル</translation>
    </message>
</context>
<context>
    <name>DeleteAccountPage</name>
    <message>
        <source>Delete account</source>
        <translation>アカウントを削除</translation>
    </message>
    <message>
        <source>Deleting your account removes it and everything in it, on every device. This cannot be undone.</source>
        <translation>アカウントを削除すると、アカウントとそのすべてのデータがすべてのデバイスから削除されます。この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>Type &quot;%1&quot; to confirm</source>
        <translation>確認のため「%1」と入力してください</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>Devices</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Unknown browser</source>
        <translation>不明なブラウザー</translation>
    </message>
    <message>
        <source>Unknown device</source>
        <translation>不明なデバイス</translation>
    </message>
    <message>
        <source>%1 (mobile)</source>
        <translation>%1（モバイル）</translation>
    </message>
    <message>
        <source>Where you are signed in. Sign out a device you don&apos;t recognise.</source>
        <translation>サインインしているデバイスです。心当たりのないデバイスはサインアウトしてください。</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>このデバイス</translation>
    </message>
    <message>
        <source>Last active %1</source>
        <translation>最終アクティブ: %1</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>サインアウト</translation>
    </message>
    <message>
        <source>Sign out %1 on %2</source>
        <translation>%2 の %1 をサインアウト</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
</context>
<context>
    <name>EmailAddressesPage</name>
    <message>
        <source>Email addresses</source>
        <translation>メールアドレス</translation>
    </message>
</context>
<context>
    <name>EmailLinkWait</name>
    <message>
        <source>We sent a sign-in link to %1. Open it on this device or any other: this screen continues on its own.</source>
        <translation>%1 にサインインリンクを送信しました。このデバイスまたは別のデバイスで開いてください。この画面は自動的に次へ進みます。</translation>
    </message>
    <message>
        <source>Resend link</source>
        <translation>リンクを再送信</translation>
    </message>
    <message>
        <source>Send a new link</source>
        <translation>新しいリンクを送信</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Waiting for the link to be opened</source>
        <translation>リンクが開かれるのを待っています</translation>
    </message>
</context>
<context>
    <name>IdentificationsPage</name>
    <message>
        <source>Enter a phone number.</source>
        <translation>電話番号を入力してください。</translation>
    </message>
    <message>
        <source>Enter an email address.</source>
        <translation>メールアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Enter the code.</source>
        <translation>コードを入力してください。</translation>
    </message>
    <message>
        <source>%1 is verified.</source>
        <translation>%1 を確認しました。</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>%1 を削除しました。</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>Two-step verification</source>
        <translation>2段階認証</translation>
    </message>
    <message>
        <source>Use for two-step verification</source>
        <translation>2段階認証に使用</translation>
    </message>
    <message>
        <source>Use %1 for two-step verification</source>
        <translation>%1 を2段階認証に使用</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Verify %1</source>
        <translation>%1 を確認</translation>
    </message>
    <message>
        <source>Make primary</source>
        <translation>メインに設定</translation>
    </message>
    <message>
        <source>Make %1 primary</source>
        <translation>%1 をメインに設定</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <source>No phone numbers yet.</source>
        <translation>電話番号はまだありません。</translation>
    </message>
    <message>
        <source>No email addresses yet.</source>
        <translation>メールアドレスはまだありません。</translation>
    </message>
    <message>
        <source>Add phone number</source>
        <translation>電話番号を追加</translation>
    </message>
    <message>
        <source>Add email address</source>
        <translation>メールアドレスを追加</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>+15555550100</source>
        <translation>+15555550100</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>you@example.com</translation>
    </message>
    <message>
        <source>A text message with a verification code will be sent to this number.</source>
        <translation>この番号に確認コードをSMSで送信します。</translation>
    </message>
    <message>
        <source>An email with a verification code will be sent to this address.</source>
        <translation>このアドレスに確認コードをメールで送信します。</translation>
    </message>
    <message>
        <source>Enter the verification code sent to %1</source>
        <translation>%1 に送信された確認コードを入力してください</translation>
    </message>
    <message>
        <source>Resend code</source>
        <translation>コードを再送信</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
</context>
<context>
    <name>IdentifierField</name>
    <message>
        <source>Email address</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>+1 555 555 0100</source>
        <translation>+1 555 555 0100</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>you@example.com</translation>
    </message>
    <message>
        <source>Email address or phone number</source>
        <translation>メールアドレスまたは電話番号</translation>
    </message>
    <message>
        <source>Email address or username</source>
        <translation>メールアドレスまたはユーザー名</translation>
    </message>
    <message>
        <source>Phone number or username</source>
        <translation>電話番号またはユーザー名</translation>
    </message>
    <message>
        <source>Email address, phone number or username</source>
        <translation>メールアドレス、電話番号またはユーザー名</translation>
    </message>
</context>
<context>
    <name>OAuthButtons</name>
    <message>
        <source>Continue with %1</source>
        <translation>%1 で続行</translation>
    </message>
    <message>
        <source>or</source>
        <translation>または</translation>
    </message>
</context>
<context>
    <name>OrganizationDomainsPage</name>
    <message>
        <source>Verified domains</source>
        <translation>確認済みドメイン</translation>
    </message>
    <message>
        <source>Enter a domain, such as example.com.</source>
        <translation>example.com のようなドメインを入力してください。</translation>
    </message>
    <message>
        <source>%1 is verified.</source>
        <translation>%1 を確認しました。</translation>
    </message>
    <message>
        <source>Enter your address at %1.</source>
        <translation>%1 のメールアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Enter the code.</source>
        <translation>コードを入力してください。</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>%1 を削除しました。</translation>
    </message>
    <message>
        <source>Automatic invitation</source>
        <translation>自動招待</translation>
    </message>
    <message>
        <source>Automatic suggestion</source>
        <translation>自動提案</translation>
    </message>
    <message>
        <source>No automatic enrollment</source>
        <translation>自動登録なし</translation>
    </message>
    <message>
        <source>People with a verified email address at a verified domain can be invited to, or offered, this organization.</source>
        <translation>確認済みドメインの確認済みメールアドレスを持つユーザーを、この組織に招待したり、参加を提案したりできます。</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Verify %1</source>
        <translation>%1 を確認</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <source>Enrollment: %1</source>
        <translation>登録方法: %1</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%2 の%1</translation>
    </message>
    <message>
        <source>No domains yet.</source>
        <translation>ドメインはまだありません。</translation>
    </message>
    <message>
        <source>Add domain</source>
        <translation>ドメインを追加</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <source>Your email address at %1</source>
        <translation>%1 のメールアドレス</translation>
    </message>
    <message>
        <source>Code sent to %1</source>
        <translation>%1 に送信されたコード</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Send code</source>
        <translation>コードを送信</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A domain in the list, for screen readers: %1 the domain, %2 &quot;Verified&quot; or &quot;Unverified&quot;</extracomment>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Joins the counts of a domain&apos;s pending invitations and pending suggestions</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n pending suggestion(s)</source>
        <translation>
            <numerusform>保留中の提案 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganizationGeneralPage</name>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Organization updated.</source>
        <translation>組織を更新しました。</translation>
    </message>
    <message>
        <source>Logo updated.</source>
        <translation>ロゴを更新しました。</translation>
    </message>
    <message>
        <source>Logo removed.</source>
        <translation>ロゴを削除しました。</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>ロゴを選択</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>画像 (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>Upload logo</source>
        <translation>ロゴをアップロード</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>ロゴを削除</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>スラッグ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>変更を破棄</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save organization</source>
        <translation>組織を保存</translation>
    </message>
    <message>
        <source>Leave organization</source>
        <translation>組織から退出</translation>
    </message>
    <message>
        <source>You will lose access to %1 and its data until you are invited again.</source>
        <translation>再び招待されるまで、%1 とそのデータにアクセスできなくなります。</translation>
    </message>
    <message>
        <source>Remove yourself from this organization.</source>
        <translation>この組織から退出します。</translation>
    </message>
    <message>
        <source>Stay in the organization</source>
        <translation>組織に残る</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Confirm leaving the organization</source>
        <translation>組織からの退出を確定</translation>
    </message>
    <message>
        <source>Delete organization</source>
        <translation>組織を削除</translation>
    </message>
    <message>
        <source>Deleting the organization removes it for every member. This cannot be undone.</source>
        <translation>組織を削除すると、すべてのメンバーから組織が削除されます。この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>Type &quot;%1&quot; to confirm</source>
        <translation>確認のため「%1」と入力してください</translation>
    </message>
    <message>
        <source>Logo of %1</source>
        <extracomment>The organization&apos;s logo image, for screen readers; %1 is the organization&apos;s name</extracomment>
        <translation>%1 のロゴ</translation>
    </message>
</context>
<context>
    <name>OrganizationInvitationsPage</name>
    <message>
        <source>Invitations</source>
        <translation>招待</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>Enter at least one email address.</source>
        <translation>メールアドレスを1つ以上入力してください。</translation>
    </message>
    <message>
        <source>Invitation sent to %1.</source>
        <translation>%1 に招待を送信しました。</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) sent.</source>
        <translation>
            <numerusform>%n 件の招待を送信しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Invitation to %1 revoked.</source>
        <translation>%1 への招待を取り消しました。</translation>
    </message>
    <message>
        <source>Invite people to %1 by email. They join with the role you choose once they accept.</source>
        <translation>メールで %1 にユーザーを招待します。招待が承諾されると、選択した役割で参加します。</translation>
    </message>
    <message>
        <source>Email addresses</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>name@example.com, other@example.com</source>
        <translation>name@example.com, other@example.com</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Send invitations</source>
        <translation>招待を送信</translation>
    </message>
    <message>
        <source>Pending invitations</source>
        <translation>保留中の招待</translation>
    </message>
    <message>
        <source>No pending invitations.</source>
        <translation>保留中の招待はありません。</translation>
    </message>
    <message>
        <source>Invited as %1 · %2</source>
        <translation>%1 として招待 · %2</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>取り消す</translation>
    </message>
    <message>
        <source>Revoke the invitation to %1</source>
        <translation>%1 への招待を取り消す</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>前へ</translation>
    </message>
    <message>
        <source>Previous invitations</source>
        <translation>前の招待</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation>%3 件中 %1～%2 件</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Next invitations</source>
        <translation>次の招待</translation>
    </message>
    <message>
        <source>The role the invited people get</source>
        <extracomment>Read after the role picker&apos;s name: what the chosen role is for</extracomment>
        <translation>招待されたユーザーに付与される役割</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>An invitation in the pending list, for screen readers: %1 the address, %2 role and date</extracomment>
        <translation>%1、%2</translation>
    </message>
</context>
<context>
    <name>OrganizationList</name>
    <message>
        <source>Organizations</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 を開く</translation>
    </message>
    <message>
        <source>You are not a member of any organization yet.</source>
        <translation>まだどの組織のメンバーでもありません。</translation>
    </message>
    <message>
        <source>Create organization</source>
        <translation>組織を作成</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>招待</translation>
    </message>
    <message>
        <source>Invited as %1</source>
        <translation>%1 として招待されています</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>承諾</translation>
    </message>
    <message>
        <source>Accept the invitation to %1</source>
        <translation>%1 への招待を承諾</translation>
    </message>
    <message>
        <source>Suggested for you</source>
        <translation>おすすめ</translation>
    </message>
    <message>
        <source>Request to join</source>
        <translation>参加をリクエスト</translation>
    </message>
    <message>
        <source>Request to join %1</source>
        <translation>%1 への参加をリクエスト</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>リクエスト済み</translation>
    </message>
    <message>
        <source>Requested to join %1</source>
        <translation>%1 への参加をリクエスト済み</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>An organization in the list, for screen readers: %1 the organization&apos;s name, %2 the user&apos;s role</extracomment>
        <translation>%1、%2</translation>
    </message>
</context>
<context>
    <name>OrganizationMembersPage</name>
    <message>
        <source>Members</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <source>Search members</source>
        <translation>メンバーを検索</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1（あなた）</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>%1 の役割</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>前へ</translation>
    </message>
    <message>
        <source>Previous page of members</source>
        <translation>メンバーの前のページ</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Next page of members</source>
        <translation>メンバーの次のページ</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>メンバー %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A member in the members list, for screen readers: %1 the member&apos;s name, %2 their role</extracomment>
        <translation>%1、%2</translation>
    </message>
</context>
<context>
    <name>OrganizationMenuItem</name>
    <message>
        <source>%1, %2</source>
        <extracomment>An organization row of the switcher: %1 the organization&apos;s name, %2 the user&apos;s role or an action</extracomment>
        <translation>%1、%2</translation>
    </message>
</context>
<context>
    <name>OrganizationProfile</name>
    <message>
        <source>Organization</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Manage this organization.</source>
        <translation>この組織を管理します。</translation>
    </message>
</context>
<context>
    <name>OrganizationRequestsPage</name>
    <message>
        <source>Requests</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>%1 is now a member.</source>
        <translation>%1 がメンバーになりました。</translation>
    </message>
    <message>
        <source>%1&apos;s request was rejected.</source>
        <translation>%1 のリクエストを拒否しました。</translation>
    </message>
    <message>
        <source>People with an address at one of your verified domains who asked to join.</source>
        <translation>確認済みドメインのアドレスを持ち、参加をリクエストしたユーザーです。</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Accept %1</source>
        <translation>%1 を承認</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation>%1 を拒否</translation>
    </message>
    <message>
        <source>No pending requests.</source>
        <translation>保留中のリクエストはありません。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A membership request in the list, for screen readers: %1 the person&apos;s name, %2 their address</extracomment>
        <translation>%1、%2</translation>
    </message>
</context>
<context>
    <name>OrganizationSwitcher</name>
    <message numerus="yes">
        <source>%n pending invitation(s)</source>
        <translation>
            <numerusform>保留中の招待 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Personal account</source>
        <translation>個人アカウント</translation>
    </message>
    <message>
        <source>Accept invitation to %1</source>
        <translation>%1 への招待を承諾</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>承諾</translation>
    </message>
    <message>
        <source>Create organization</source>
        <translation>組織を作成</translation>
    </message>
    <message>
        <source>Switch organization, current: %1</source>
        <extracomment>The organization switcher button, as screen readers name it; %1 is the active organization or &quot;Personal account&quot;</extracomment>
        <translation>組織を切り替え（現在: %1）</translation>
    </message>
</context>
<context>
    <name>PasswordPage</name>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>現在のパスワードを入力してください。</translation>
    </message>
    <message>
        <source>Enter a new password.</source>
        <translation>新しいパスワードを入力してください。</translation>
    </message>
    <message>
        <source>Passwords don&apos;t match.</source>
        <translation>パスワードが一致しません。</translation>
    </message>
    <message>
        <source>Password updated.</source>
        <translation>パスワードを更新しました。</translation>
    </message>
    <message>
        <source>Password set.</source>
        <translation>パスワードを設定しました。</translation>
    </message>
    <message>
        <source>Password removed.</source>
        <translation>パスワードを削除しました。</translation>
    </message>
    <message>
        <source>Change the password you sign in with.</source>
        <translation>サインインに使用するパスワードを変更します。</translation>
    </message>
    <message>
        <source>You have no password yet. Set one to sign in with it.</source>
        <translation>パスワードはまだ設定されていません。設定すると、パスワードでサインインできます。</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>現在のパスワード</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新しいパスワード</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>パスワードの確認</translation>
    </message>
    <message>
        <source>Sign out of all other devices</source>
        <translation>他のすべてのデバイスからサインアウト</translation>
    </message>
    <message>
        <source>Update password</source>
        <translation>パスワードを更新</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>パスワードを設定</translation>
    </message>
    <message>
        <source>Remove password</source>
        <translation>パスワードを削除</translation>
    </message>
</context>
<context>
    <name>PhoneNumbersPage</name>
    <message>
        <source>Phone numbers</source>
        <translation>電話番号</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Profile</source>
        <translation>プロフィール</translation>
    </message>
    <message>
        <source>Profile updated.</source>
        <translation>プロフィールを更新しました。</translation>
    </message>
    <message>
        <source>Profile image updated.</source>
        <translation>プロフィール画像を更新しました。</translation>
    </message>
    <message>
        <source>Profile image removed.</source>
        <translation>プロフィール画像を削除しました。</translation>
    </message>
    <message>
        <source>Choose a profile image</source>
        <translation>プロフィール画像を選択</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>画像 (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>Profile image</source>
        <translation>プロフィール画像</translation>
    </message>
    <message>
        <source>PNG, JPEG, GIF or WebP</source>
        <translation>PNG、JPEG、GIF、WebP</translation>
    </message>
    <message>
        <source>Upload image</source>
        <translation>画像をアップロード</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove profile image</source>
        <translation>プロフィール画像を削除</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>変更を破棄</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>プロフィールを保存</translation>
    </message>
    <message>
        <source>Profile image of %1</source>
        <translation>%1 のプロフィール画像</translation>
    </message>
</context>
<context>
    <name>Reverification</name>
    <message>
        <source>Your account has no way to verify that this app supports.</source>
        <translation>このアプリが対応している本人確認の方法が、アカウントに設定されていません。</translation>
    </message>
    <message>
        <source>Use your password</source>
        <translation>パスワードを使用</translation>
    </message>
    <message>
        <source>Email me a code</source>
        <translation>メールでコードを受け取る</translation>
    </message>
    <message>
        <source>Text me a code</source>
        <translation>SMSでコードを受け取る</translation>
    </message>
    <message>
        <source>Use your authenticator app</source>
        <translation>認証アプリを使用</translation>
    </message>
    <message>
        <source>Use a backup code</source>
        <translation>バックアップコードを使用</translation>
    </message>
    <message>
        <source>Verify it&apos;s you</source>
        <translation>本人確認</translation>
    </message>
    <message>
        <source>Enter your password to continue</source>
        <translation>続行するにはパスワードを入力してください</translation>
    </message>
    <message>
        <source>Enter the code sent to your email</source>
        <translation>メールに送信されたコードを入力してください</translation>
    </message>
    <message>
        <source>Enter the code sent to your phone</source>
        <translation>電話に送信されたコードを入力してください</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app</source>
        <translation>認証アプリに表示されたコードを入力してください</translation>
    </message>
    <message>
        <source>Enter one of your backup codes</source>
        <translation>バックアップコードを1つ入力してください</translation>
    </message>
    <message>
        <source>This action needs you to confirm your identity</source>
        <translation>この操作には本人確認が必要です</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>続行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>SessionTask</name>
    <message>
        <source>Choose an organization</source>
        <translation>組織を選択</translation>
    </message>
    <message>
        <source>Set up two-step verification</source>
        <translation>2段階認証を設定</translation>
    </message>
    <message>
        <source>One more step: %1</source>
        <translation>もう1ステップ: %1</translation>
    </message>
    <message>
        <source>This application needs an organization. Choose the one to continue with.</source>
        <translation>このアプリケーションには組織が必要です。続行する組織を選択してください。</translation>
    </message>
    <message>
        <source>This application requires two-step verification. Add an authenticator app to continue.</source>
        <translation>このアプリケーションでは2段階認証が必須です。続行するには認証アプリを追加してください。</translation>
    </message>
    <message>
        <source>This app cannot finish this step; finish it on the web.</source>
        <translation>このアプリではこのステップを完了できません。Webで完了してください。</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Welcome back! Please sign in to continue</source>
        <translation>おかえりなさい！続行するにはサインインしてください</translation>
    </message>
    <message>
        <source>This account needs a second factor this app cannot offer.</source>
        <translation>このアカウントには、このアプリが対応していない2段階目の認証が必要です。</translation>
    </message>
    <message>
        <source>No sign-in method this app supports is enabled for this account.</source>
        <translation>このアプリが対応しているサインイン方法が、このアカウントでは有効になっていません。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>パスワードを入力してください。</translation>
    </message>
    <message>
        <source>Enter a new password.</source>
        <translation>新しいパスワードを入力してください。</translation>
    </message>
    <message>
        <source>Passwords don&apos;t match.</source>
        <translation>パスワードが一致しません。</translation>
    </message>
    <message>
        <source>Verify it&apos;s you on this new device</source>
        <translation>この新しいデバイスで本人確認を行ってください</translation>
    </message>
    <message>
        <source>Two-step verification</source>
        <translation>2段階認証</translation>
    </message>
    <message>
        <source>Check your email</source>
        <translation>メールを確認してください</translation>
    </message>
    <message>
        <source>Check your phone</source>
        <translation>電話を確認してください</translation>
    </message>
    <message>
        <source>Check your inbox</source>
        <translation>受信トレイを確認してください</translation>
    </message>
    <message>
        <source>Forgot password?</source>
        <translation>パスワードをお忘れですか？</translation>
    </message>
    <message>
        <source>Set new password</source>
        <translation>新しいパスワードを設定</translation>
    </message>
    <message>
        <source>Enter the code sent to your phone</source>
        <translation>電話に送信されたコードを入力してください</translation>
    </message>
    <message>
        <source>Enter the code sent to your email</source>
        <translation>メールに送信されたコードを入力してください</translation>
    </message>
    <message>
        <source>We&apos;ll send you a code to reset your password</source>
        <translation>パスワードをリセットするためのコードを送信します</translation>
    </message>
    <message>
        <source>Use the link we emailed you to continue</source>
        <translation>メールで送信したリンクから続行してください</translation>
    </message>
    <message>
        <source>Choose a new password for your account</source>
        <translation>アカウントの新しいパスワードを設定してください</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app</source>
        <translation>認証アプリに表示されたコードを入力してください</translation>
    </message>
    <message>
        <source>Enter one of your backup codes</source>
        <translation>バックアップコードを1つ入力してください</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Backup code</source>
        <translation>バックアップコード</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>確認コード</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新しいパスワード</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>パスワードの確認</translation>
    </message>
    <message>
        <source>Sign out of all other devices</source>
        <translation>他のすべてのデバイスからサインアウト</translation>
    </message>
    <message>
        <source>Text a code to %1</source>
        <translation>%1 にSMSでコードを送信</translation>
    </message>
    <message>
        <source>Email a code to %1</source>
        <translation>%1 にメールでコードを送信</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>パスワードをリセット</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>続行</translation>
    </message>
    <message>
        <source>Email me a code instead</source>
        <translation>代わりにメールでコードを受け取る</translation>
    </message>
    <message>
        <source>Text me a code instead</source>
        <translation>代わりにSMSでコードを受け取る</translation>
    </message>
    <message>
        <source>Email me a sign-in link</source>
        <translation>メールでサインインリンクを受け取る</translation>
    </message>
    <message>
        <source>Resend code</source>
        <translation>コードを再送信</translation>
    </message>
    <message>
        <source>Back to password</source>
        <translation>パスワードに戻る</translation>
    </message>
    <message>
        <source>Use your password instead</source>
        <translation>代わりにパスワードを使用</translation>
    </message>
    <message>
        <source>Use your authenticator app instead</source>
        <translation>代わりに認証アプリを使用</translation>
    </message>
    <message>
        <source>Use a backup code instead</source>
        <translation>代わりにバックアップコードを使用</translation>
    </message>
    <message>
        <source>Don&apos;t have an account?</source>
        <translation>アカウントをお持ちでないですか？</translation>
    </message>
    <message>
        <source>Sign up</source>
        <translation>サインアップ</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <extracomment>%1 is the identifier field&apos;s label, e.g. &quot;Email address or username&quot;</extracomment>
        <translation>%1を入力してください。</translation>
    </message>
</context>
<context>
    <name>SignUp</name>
    <message>
        <source>Create your account</source>
        <translation>アカウントを作成</translation>
    </message>
    <message>
        <source>Welcome! Please fill in the details to get started</source>
        <translation>ようこそ！必要事項を入力して始めましょう</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Verify your phone number</source>
        <translation>電話番号を確認</translation>
    </message>
    <message>
        <source>Verify your email</source>
        <translation>メールアドレスを確認</translation>
    </message>
    <message>
        <source>Fill in missing fields</source>
        <translation>未入力の項目を入力</translation>
    </message>
    <message>
        <source>Enter the code sent to %1</source>
        <translation>%1 に送信されたコードを入力してください</translation>
    </message>
    <message>
        <source>Please fill in the remaining details to continue</source>
        <translation>続行するには残りの項目を入力してください</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>+1 555 555 0100</source>
        <translation>+1 555 555 0100</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>I agree to the Terms of Service and Privacy Policy</source>
        <translation>利用規約とプライバシーポリシーに同意します</translation>
    </message>
    <message>
        <source>Terms of Service</source>
        <translation>利用規約</translation>
    </message>
    <message>
        <source>Privacy Policy</source>
        <translation>プライバシーポリシー</translation>
    </message>
    <message>
        <source>I agree to the %1 and %2</source>
        <translation>%1と%2に同意します</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>続行</translation>
    </message>
    <message>
        <source>Resend code</source>
        <translation>コードを再送信</translation>
    </message>
    <message>
        <source>Already have an account?</source>
        <translation>すでにアカウントをお持ちですか？</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
</context>
<context>
    <name>TwoFactorPage</name>
    <message>
        <source>Two-step verification</source>
        <translation>2段階認証</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>認証アプリに表示されたコードを入力してください。</translation>
    </message>
    <message>
        <source>Add authenticator application</source>
        <translation>認証アプリを追加</translation>
    </message>
    <message>
        <source>Save your backup codes</source>
        <translation>バックアップコードを保存</translation>
    </message>
    <message>
        <source>Authenticator application</source>
        <translation>認証アプリ</translation>
    </message>
    <message>
        <source>On: sign-ins ask for a code from your authenticator app.</source>
        <translation>オン：サインイン時に認証アプリのコードが求められます。</translation>
    </message>
    <message>
        <source>Use an app such as Google Authenticator or 1Password to generate sign-in codes.</source>
        <translation>Google Authenticator や 1Password などのアプリでサインイン用のコードを生成します。</translation>
    </message>
    <message>
        <source>Add authenticator app</source>
        <translation>認証アプリを追加</translation>
    </message>
    <message>
        <source>Add an authenticator app</source>
        <translation>認証アプリを追加する</translation>
    </message>
    <message>
        <source>Remove authenticator app</source>
        <translation>認証アプリを削除</translation>
    </message>
    <message>
        <source>Backup codes</source>
        <translation>バックアップコード</translation>
    </message>
    <message>
        <source>Single-use codes for when you cannot use your other second factor. A new set replaces the old one.</source>
        <translation>他の2段階目の認証手段が使えないときのための使い捨てコードです。新しく生成すると、古いコードは無効になります。</translation>
    </message>
    <message>
        <source>Regenerate codes</source>
        <translation>コードを再生成</translation>
    </message>
    <message>
        <source>Regenerate backup codes</source>
        <translation>バックアップコードを再生成</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Sign-ins can ask for a code sent to one of your verified phone numbers.</source>
        <translation>サインイン時に、確認済みの電話番号に送信されたコードを求めることができます。</translation>
    </message>
    <message>
        <source>Add and verify a phone number first to receive sign-in codes by text message.</source>
        <translation>サインイン用のコードをSMSで受け取るには、まず電話番号を追加して確認してください。</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <source>Use for sign-in codes</source>
        <translation>サインイン用のコードに使用</translation>
    </message>
    <message>
        <source>Use %1 for sign-in codes</source>
        <translation>%1 をサインイン用のコードに使用</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>デフォルトに設定</translation>
    </message>
    <message>
        <source>Make %1 the default second factor</source>
        <translation>%1 をデフォルトの2段階目の認証に設定</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Stop sending sign-in codes to %1</source>
        <translation>%1 へのサインイン用コードの送信を停止</translation>
    </message>
    <message>
        <source>Scan this QR code with your authenticator app, then enter the code it shows.</source>
        <translation>認証アプリでこのQRコードをスキャンし、表示されたコードを入力してください。</translation>
    </message>
    <message>
        <source>QR code for your authenticator app</source>
        <translation>認証アプリ用のQRコード</translation>
    </message>
    <message>
        <source>Can&apos;t scan it? Enter this key in the app instead:</source>
        <translation>スキャンできない場合は、代わりにこのキーをアプリに入力してください：</translation>
    </message>
    <message>
        <source>Secret key for your authenticator app</source>
        <translation>認証アプリ用のシークレットキー</translation>
    </message>
    <message>
        <source>Keep these codes somewhere safe. Each one signs you in once if you lose your second factor. They will not be shown again.</source>
        <translation>これらのコードは安全な場所に保管してください。2段階目の認証手段を失った場合、各コードで1回サインインできます。コードは再表示されません。</translation>
    </message>
    <message>
        <source>Copied to the clipboard</source>
        <translation>クリップボードにコピーしました</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel adding the authenticator app</source>
        <translation>認証アプリの追加をキャンセル</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Verify the code</source>
        <translation>コードを確認</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the backup codes</source>
        <translation>バックアップコードをコピー</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>I have saved the backup codes</source>
        <translation>バックアップコードを保存しました</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <extracomment>%1 is the secret key (letters and digits) an authenticator app accepts instead of the QR code.</extracomment>
        <translation>キー: %1</translation>
    </message>
</context>
<context>
    <name>UserButton</name>
    <message>
        <source>User menu of %1</source>
        <translation>%1 のユーザーメニュー</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>Offline: showing the last known account</source>
        <translation>オフライン：最後に確認したアカウントを表示しています</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Switch organization</source>
        <translation>組織を切り替え</translation>
    </message>
    <message>
        <source>Personal account</source>
        <translation>個人アカウント</translation>
    </message>
    <message>
        <source>Switch account</source>
        <translation>アカウントを切り替え</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>アカウントを追加</translation>
    </message>
    <message>
        <source>Manage account</source>
        <translation>アカウントを管理</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>サインアウト</translation>
    </message>
    <message>
        <source>Sign out of all accounts</source>
        <translation>すべてのアカウントからサインアウト</translation>
    </message>
</context>
<context>
    <name>UserProfile</name>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Manage your account info.</source>
        <translation>アカウント情報を管理します。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <extracomment>The name of the list of pages in UserProfile/OrganizationProfile; %1 is its heading (&quot;Account&quot;).</extracomment>
        <translation>%1のページ一覧</translation>
    </message>
</context>
</TS>
