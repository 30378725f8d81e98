<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApiPanel</name>
    <message>
        <source>Protected API</source>
        <translation>受保护的 API</translation>
    </message>
    <message>
        <source>No answer from the API.</source>
        <translation>API 没有响应。</translation>
    </message>
    <message>
        <source>GET %1/api/me with the session token as a Bearer header; the server verifies it against the instance&apos;s JWKS.</source>
        <translation>以会话令牌作为 Bearer 请求头调用 GET %1/api/me；服务器使用实例的 JWKS 验证令牌。</translation>
    </message>
    <message>
        <source>The demo API is not part of this build.</source>
        <translation>此版本不包含演示 API。</translation>
    </message>
    <message>
        <source>Call GET /api/me</source>
        <translation>调用 GET /api/me</translation>
    </message>
    <message>
        <source>200 OK — token verified</source>
        <translation>200 OK — 令牌已验证</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Answer of the API</source>
        <translation>API 的响应</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Clerk Qt demo</source>
        <translation>Clerk Qt 演示</translation>
    </message>
    <message>
        <source>local emulator at %1</source>
        <extracomment>%1 is the emulator&apos;s address (http://127.0.0.1:port)</extracomment>
        <translation>本地模拟器：%1</translation>
    </message>
    <message>
        <source>The emulator&apos;s default instance.</source>
        <translation>模拟器的默认实例。</translation>
    </message>
    <message>
        <source>Instance profile</source>
        <translation>实例配置</translation>
    </message>
    <message>
        <source>Offline — showing the last known account. Clerk is asked again as soon as the network is back.</source>
        <translation>离线 — 正在显示最后已知的账户。网络恢复后会立即重新询问 Clerk。</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>正在加载</translation>
    </message>
    <message>
        <source>Waiting for Clerk: %1</source>
        <translation>正在等待 Clerk：%1</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>添加账户</translation>
    </message>
</context>
<context>
    <name>SettingsButtons</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>colour scheme: follow the system&apos;s light or dark setting</extracomment>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>colour scheme</extracomment>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>colour scheme</extracomment>
        <translation>深色</translation>
    </message>
    <message>
        <source>Theme</source>
        <extracomment>the colour scheme (light or dark) of the window</extracomment>
        <translation>主题</translation>
    </message>
</context>
<context>
    <name>SignedInView</name>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>欢迎，%1</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>用户 ID</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Two-factor</source>
        <translation>双重验证</translation>
    </message>
    <message>
        <source>on</source>
        <extracomment>two-factor authentication is on / off</extracomment>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>Public metadata</source>
        <translation>公开元数据</translation>
    </message>
    <message>
        <source>Manage account</source>
        <translation>管理账户</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Personal account</source>
        <translation>个人账户</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>成员身份</translation>
    </message>
    <message>
        <source>Manage organization</source>
        <translation>管理组织</translation>
    </message>
    <message>
        <source>Sessions on this client</source>
        <translation>此客户端上的会话</translation>
    </message>
    <message>
        <source> · current</source>
        <translation> · 当前</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>切换</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>添加账户</translation>
    </message>
    <message>
        <source>active</source>
        <extracomment>a session&apos;s status</extracomment>
        <translation>活动</translation>
    </message>
    <message>
        <source>pending</source>
        <extracomment>a session&apos;s status: signed in, with a task left to finish</extracomment>
        <translation>待处理</translation>
    </message>
    <message>
        <source>ended</source>
        <extracomment>a session&apos;s status</extracomment>
        <translation>已结束</translation>
    </message>
    <message>
        <source>expired</source>
        <extracomment>a session&apos;s status</extracomment>
        <translation>已过期</translation>
    </message>
    <message>
        <source>removed</source>
        <extracomment>a session&apos;s status</extracomment>
        <translation>已移除</translation>
    </message>
    <message>
        <source>replaced</source>
        <extracomment>a session&apos;s status: replaced by a newer session</extracomment>
        <translation>已替换</translation>
    </message>
    <message>
        <source>abandoned</source>
        <extracomment>a session&apos;s status: not used in time</extracomment>
        <translation>已放弃</translation>
    </message>
    <message>
        <source>revoked</source>
        <extracomment>a session&apos;s status</extracomment>
        <translation>已撤销</translation>
    </message>
</context>
<context>
    <name>SignedOutView</name>
    <message>
        <source>Local emulator — nobody is signed in</source>
        <translation>本地模拟器 — 没有用户登录</translation>
    </message>
    <message>
        <source>This demo runs a Clerk Frontend API emulator in-process. Sign in with one of its test accounts, or sign up with any address ending in +clerk_test@example.com. Verification codes are always 424242.</source>
        <translation>此演示在进程内运行 Clerk Frontend API 模拟器。请使用其中一个测试账户登录，或使用任何以 +clerk_test@example.com 结尾的地址注册。验证码始终为 424242。</translation>
    </message>
</context>
<context>
    <name>TestAccount</name>
    <message>
        <source>TOTP secret %1</source>
        <extracomment>an authenticator app&apos;s (TOTP) secret of a test account; %1 is the secret</extracomment>
        <translation>TOTP 密钥 %1</translation>
    </message>
    <message>
        <source>backup code %1</source>
        <extracomment>a two-factor backup code of a test account; %1 is the code</extracomment>
        <translation>备用码 %1</translation>
    </message>
</context>
<context>
    <name>TokenPanel</name>
    <message>
        <source>Session token</source>
        <translation>会话令牌</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>no token</source>
        <translation>无令牌</translation>
    </message>
    <message>
        <source>until expiry</source>
        <translation>后过期</translation>
    </message>
    <message numerus="yes">
        <source>refreshed %n time(s)</source>
        <translation>
            <numerusform>已刷新 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Time left until the session token expires</source>
        <translation>会话令牌过期前的剩余时间</translation>
    </message>
    <message>
        <source>Decoded on the client for display only; the API below verifies it.</source>
        <translation>仅为显示而在客户端解码；由下方的 API 进行验证。</translation>
    </message>
</context>
</TS>
