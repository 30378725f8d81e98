<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>ApiPanel</name>
    <message>
        <source>Protected API</source>
        <translation>保護された API</translation>
    </message>
    <message>
        <source>No answer from the API.</source>
        <translation>API から応答がありません。</translation>
    </message>
    <message>
        <source>GET %1/api/me with the session token as a Bearer header; the server verifies it against the instance&apos;s JWKS.</source>
        <translation>セッショントークンを Bearer ヘッダーに付けて GET %1/api/me を呼び出します。サーバーはインスタンスの JWKS でトークンを検証します。</translation>
    </message>
    <message>
        <source>The demo API is not part of this build.</source>
        <translation>このビルドにはデモ API が含まれていません。</translation>
    </message>
    <message>
        <source>Call GET /api/me</source>
        <translation>GET /api/me を呼び出す</translation>
    </message>
    <message>
        <source>200 OK — token verified</source>
        <translation>200 OK — トークンを検証しました</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Answer of the API</source>
        <translation>API の応答</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Clerk Qt demo</source>
        <translation>Clerk Qt デモ</translation>
    </message>
    <message>
        <source>local emulator at %1</source>
        <extracomment>%1 is the emulator&apos;s address (http://127.0.0.1:port)</extracomment>
        <translation>ローカルエミュレーター（%1）</translation>
    </message>
    <message>
        <source>The emulator&apos;s default instance.</source>
        <translation>エミュレーターの既定のインスタンスです。</translation>
    </message>
    <message>
        <source>Instance profile</source>
        <translation>インスタンスプロファイル</translation>
    </message>
    <message>
        <source>Offline — showing the last known account. Clerk is asked again as soon as the network is back.</source>
        <translation>オフライン — 最後に確認したアカウントを表示しています。ネットワークが戻りしだい Clerk に再確認します。</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>読み込み中</translation>
    </message>
    <message>
        <source>Waiting for Clerk: %1</source>
        <translation>Clerk を待っています: %1</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>アカウントを追加</translation>
    </message>
</context>
<context>
    <name>SettingsButtons</name>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>colour scheme: follow the system&apos;s light or dark setting</extracomment>
        <translation>システム</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>colour scheme</extracomment>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>colour scheme</extracomment>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>Theme</source>
        <extracomment>the colour scheme (light or dark) of the window</extracomment>
        <translation>テーマ</translation>
    </message>
</context>
<context>
    <name>SignedInView</name>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>ようこそ、%1 さん</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>ユーザー ID</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Two-factor</source>
        <translation>2 段階認証</translation>
    </message>
    <message>
        <source>on</source>
        <extracomment>two-factor authentication is on / off</extracomment>
        <translation>オン</translation>
    </message>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Public metadata</source>
        <translation>公開メタデータ</translation>
    </message>
    <message>
        <source>Manage account</source>
        <translation>アカウントを管理</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Personal account</source>
        <translation>個人アカウント</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>権限</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>メンバーシップ</translation>
    </message>
    <message>
        <source>Manage organization</source>
        <translation>組織を管理</translation>
    </message>
    <message>
        <source>Sessions on this client</source>
        <translation>このクライアントのセッション</translation>
    </message>
    <message>
        <source> · current</source>
        <translation> · 現在</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>切り替え</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>サインアウト</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>アカウントを追加</translation>
    </message>
    <message>
        <source>active</source>
        <extracomment>a session&apos;s status</extracomment>
        <translation>有効</translation>
    </message>
    <message>
        <source>pending</source>
        <extracomment>a session&apos;s status: signed in, with a task left to finish</extracomment>
        <translation>保留中</translation>
    </message>
    <message>
        <source>ended</source>
        <extracomment>a session&apos;s status</extracomment>
        <translation>終了</translation>
    </message>
    <message>
        <source>expired</source>
        <extracomment>a session&apos;s status</extracomment>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>removed</source>
        <extracomment>a session&apos;s status</extracomment>
        <translation>削除済み</translation>
    </message>
    <message>
        <source>replaced</source>
        <extracomment>a session&apos;s status: replaced by a newer session</extracomment>
        <translation>置き換え済み</translation>
    </message>
    <message>
        <source>abandoned</source>
        <extracomment>a session&apos;s status: not used in time</extracomment>
        <translation>放棄</translation>
    </message>
    <message>
        <source>revoked</source>
        <extracomment>a session&apos;s status</extracomment>
        <translation>取り消し済み</translation>
    </message>
</context>
<context>
    <name>SignedOutView</name>
    <message>
        <source>Local emulator — nobody is signed in</source>
        <translation>ローカルエミュレーター — サインインしているユーザーはいません</translation>
    </message>
    <message>
        <source>This demo runs a Clerk Frontend API emulator in-process. Sign in with one of its test accounts, or sign up with any address ending in +clerk_test@example.com. Verification codes are always 424242.</source>
        <translation>このデモは Clerk Frontend API のエミュレーターをプロセス内で実行しています。テストアカウントのいずれかでサインインするか、末尾が +clerk_test@example.com のアドレスでサインアップしてください。確認コードは常に 424242 です。</translation>
    </message>
</context>
<context>
    <name>TestAccount</name>
    <message>
        <source>TOTP secret %1</source>
        <extracomment>an authenticator app&apos;s (TOTP) secret of a test account; %1 is the secret</extracomment>
        <translation>TOTP シークレット %1</translation>
    </message>
    <message>
        <source>backup code %1</source>
        <extracomment>a two-factor backup code of a test account; %1 is the code</extracomment>
        <translation>バックアップコード %1</translation>
    </message>
</context>
<context>
    <name>TokenPanel</name>
    <message>
        <source>Session token</source>
        <translation>セッショントークン</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>no token</source>
        <translation>トークンなし</translation>
    </message>
    <message>
        <source>until expiry</source>
        <translation>有効期限まで</translation>
    </message>
    <message numerus="yes">
        <source>refreshed %n time(s)</source>
        <translation>
            <numerusform>%n 回更新</numerusform>
        </translation>
    </message>
    <message>
        <source>Time left until the session token expires</source>
        <translation>セッショントークンの有効期限までの残り時間</translation>
    </message>
    <message>
        <source>Decoded on the client for display only; the API below verifies it.</source>
        <translation>表示のためにクライアントでデコードしただけです。検証は下の API が行います。</translation>
    </message>
</context>
</TS>
