<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Clerk::OAuthListener</name>
    <message>
        <source>Sign-in interrupted</source>
        <translation>登录已中断</translation>
    </message>
    <message>
        <source>The app stopped waiting for this sign-in.</source>
        <translation>应用已不再等待此次登录。</translation>
    </message>
    <message>
        <source>Not this sign-in</source>
        <translation>不是此次登录的链接</translation>
    </message>
    <message>
        <source>This link does not belong to the sign-in the app is waiting for.</source>
        <translation>此链接不属于应用正在等待的登录。</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
</context>
<context>
    <name>ClerkButton</name>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
</context>
<context>
    <name>ClerkErrors</name>
    <message>
        <source>No account was found with that identifier.</source>
        <translation>未找到使用该标识的账户。</translation>
    </message>
    <message>
        <source>The password is incorrect. Try again, or use another method.</source>
        <translation>密码不正确。请重试，或使用其他方式。</translation>
    </message>
    <message>
        <source>That identifier is already taken. Please try another one.</source>
        <translation>该标识已被占用，请换一个。</translation>
    </message>
    <message>
        <source>You are already signed in with this account.</source>
        <translation>您已使用此账户登录。</translation>
    </message>
    <message>
        <source>You are already signed in.</source>
        <translation>您已登录。</translation>
    </message>
    <message>
        <source>This way of signing in is not available for this account.</source>
        <translation>此账户无法使用这种登录方式。</translation>
    </message>
    <message>
        <source>The value entered is not in a valid format.</source>
        <translation>输入的值格式无效。</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>此字段为必填项。</translation>
    </message>
    <message>
        <source>The value entered is not valid.</source>
        <translation>输入的值无效。</translation>
    </message>
    <message>
        <source>The form contains a field this application does not accept.</source>
        <translation>表单中包含此应用不接受的字段。</translation>
    </message>
    <message>
        <source>A username may only contain letters, numbers, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>用户名只能包含字母、数字、&apos;-&apos; 和 &apos;_&apos;。</translation>
    </message>
    <message>
        <source>The username is too short or too long.</source>
        <translation>用户名过短或过长。</translation>
    </message>
    <message>
        <source>Some required information is still missing.</source>
        <translation>仍缺少部分必填信息。</translation>
    </message>
    <message>
        <source>This feature is not enabled for this application.</source>
        <translation>此应用未启用该功能。</translation>
    </message>
    <message>
        <source>This identifier is not allowed to access this application.</source>
        <translation>该标识无权访问此应用。</translation>
    </message>
    <message>
        <source>Your account is locked. Please try again later.</source>
        <translation>您的账户已被锁定，请稍后重试。</translation>
    </message>
    <message>
        <source>A second verification step is required.</source>
        <translation>需要进行第二步验证。</translation>
    </message>
    <message>
        <source>This sign-in can no longer be moved to a sign-up. Please start again.</source>
        <translation>此次登录已无法转为注册，请重新开始。</translation>
    </message>
    <message>
        <source>This account is already connected to another user.</source>
        <translation>此账户已关联到其他用户。</translation>
    </message>
    <message>
        <source>No account is connected to this provider yet.</source>
        <translation>尚无账户关联到此提供方。</translation>
    </message>
    <message>
        <source>Signing in with this provider is not enabled.</source>
        <translation>未启用通过此提供方登录。</translation>
    </message>
    <message>
        <source>This link has expired. Please ask for a new one.</source>
        <translation>此链接已过期，请重新获取。</translation>
    </message>
    <message>
        <source>This link is not valid.</source>
        <translation>此链接无效。</translation>
    </message>
    <message>
        <source>This password was found in a data breach. Please choose another one.</source>
        <translation>此密码曾出现在数据泄露中，请换一个密码。</translation>
    </message>
    <message>
        <source>The password is too short.</source>
        <translation>密码太短。</translation>
    </message>
    <message>
        <source>The password is incorrect.</source>
        <translation>密码不正确。</translation>
    </message>
    <message>
        <source>The password is not strong enough.</source>
        <translation>密码强度不够。</translation>
    </message>
    <message>
        <source>A password is required.</source>
        <translation>必须填写密码。</translation>
    </message>
    <message>
        <source>The code is incorrect.</source>
        <translation>验证码不正确。</translation>
    </message>
    <message>
        <source>The code has expired. Please ask for a new one.</source>
        <translation>验证码已过期，请重新获取。</translation>
    </message>
    <message>
        <source>Too many attempts. Please ask for a new code.</source>
        <translation>尝试次数过多，请重新获取验证码。</translation>
    </message>
    <message>
        <source>This has already been verified.</source>
        <translation>已验证过。</translation>
    </message>
    <message>
        <source>Please ask for a verification code first.</source>
        <translation>请先获取验证码。</translation>
    </message>
    <message>
        <source>Please verify this first.</source>
        <translation>请先完成验证。</translation>
    </message>
    <message>
        <source>Backup codes are not available for this account.</source>
        <translation>此账户无法使用备用码。</translation>
    </message>
    <message>
        <source>An authenticator app is already set up.</source>
        <translation>已设置身份验证器应用。</translation>
    </message>
    <message>
        <source>This phone number is used for two-step verification.</source>
        <translation>此电话号码正用于两步验证。</translation>
    </message>
    <message>
        <source>This cannot be removed: it is your only way to sign in.</source>
        <translation>无法移除：这是您唯一的登录方式。</translation>
    </message>
    <message>
        <source>There is no image to remove.</source>
        <translation>没有可移除的图片。</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>您的会话已结束，请重新登录。</translation>
    </message>
    <message>
        <source>You are signed out. Please sign in again.</source>
        <translation>您已退出登录，请重新登录。</translation>
    </message>
    <message>
        <source>That item no longer exists.</source>
        <translation>该项已不存在。</translation>
    </message>
    <message>
        <source>Too many requests. Please wait a moment and try again.</source>
        <translation>请求过于频繁，请稍候再试。</translation>
    </message>
    <message>
        <source>You are not a member of this organization.</source>
        <translation>您不是此组织的成员。</translation>
    </message>
    <message>
        <source>You do not have permission to do this in this organization.</source>
        <translation>您无权在此组织中执行此操作。</translation>
    </message>
    <message>
        <source>This person is already a member of the organization.</source>
        <translation>此人已是该组织的成员。</translation>
    </message>
    <message>
        <source>This domain has already been added.</source>
        <translation>此域名已添加。</translation>
    </message>
    <message>
        <source>This invitation no longer exists.</source>
        <translation>此邀请已不存在。</translation>
    </message>
    <message>
        <source>This invitation has already been used or revoked.</source>
        <translation>此邀请已被使用或已撤销。</translation>
    </message>
    <message>
        <source>This address has already been invited.</source>
        <translation>此地址已被邀请。</translation>
    </message>
    <message>
        <source>Deleting organizations is not enabled for this application.</source>
        <translation>此应用未启用删除组织功能。</translation>
    </message>
    <message>
        <source>You cannot create more organizations.</source>
        <translation>您无法再创建更多组织。</translation>
    </message>
    <message>
        <source>Clerk could not be reached. Check your connection and try again.</source>
        <translation>无法连接到 Clerk。请检查网络连接后重试。</translation>
    </message>
    <message>
        <source>You are offline. Check your connection and try again.</source>
        <translation>您处于离线状态。请检查网络连接后重试。</translation>
    </message>
    <message>
        <source>Clerk took too long to answer. Please try again.</source>
        <translation>Clerk 响应超时，请重试。</translation>
    </message>
    <message>
        <source>Signing in with the provider was cancelled.</source>
        <translation>已取消通过提供方登录。</translation>
    </message>
    <message>
        <source>The provider did not allow signing in.</source>
        <translation>提供方未允许登录。</translation>
    </message>
    <message>
        <source>Signing in with the provider took too long. Please try again.</source>
        <translation>通过提供方登录超时，请重试。</translation>
    </message>
    <message>
        <source>Signing in with the provider failed. Please try again.</source>
        <translation>通过提供方登录失败，请重试。</translation>
    </message>
    <message>
        <source>No web browser could be opened.</source>
        <translation>无法打开网页浏览器。</translation>
    </message>
    <message>
        <source>The link has expired. Please ask for a new one.</source>
        <translation>链接已过期，请重新获取。</translation>
    </message>
    <message>
        <source>The link was not opened in time. Please ask for a new one.</source>
        <translation>未及时打开链接，请重新获取。</translation>
    </message>
    <message>
        <source>The link was opened on another device. Please continue there, or ask for a new link.</source>
        <translation>链接已在另一台设备上打开。请在那台设备上继续，或重新获取链接。</translation>
    </message>
    <message>
        <source>The link could not be verified. Please ask for a new one.</source>
        <translation>无法验证该链接，请重新获取。</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied, so you will need to sign in again next time.</source>
        <translation>系统钥匙串拒绝访问，下次需要重新登录。</translation>
    </message>
    <message>
        <source>The system keychain is not available, so you will need to sign in again next time.</source>
        <translation>系统钥匙串不可用，下次需要重新登录。</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <source>The file is not an image that can be used.</source>
        <translation>该文件不是可用的图片。</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>没有任何更改。</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>出了点问题，请重试。</translation>
    </message>
    <message>
        <source>That username is taken. Please try another one.</source>
        <translation>该用户名已被占用，请换一个。</translation>
    </message>
    <message>
        <source>That email address is taken. Please try another one.</source>
        <translation>该电子邮件地址已被占用，请换一个。</translation>
    </message>
    <message>
        <source>That phone number is taken. Please try another one.</source>
        <translation>该电话号码已被占用，请换一个。</translation>
    </message>
</context>
<context>
    <name>CodeField</name>
    <message>
        <source>Verification code</source>
        <translation>验证码</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s)</source>
        <translation>
            <numerusform>%n 位数字</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectedAccountsPage</name>
    <message>
        <source>Connected accounts</source>
        <translation>已关联的账户</translation>
    </message>
    <message>
        <source>No accounts connected yet.</source>
        <translation>尚未关联任何账户。</translation>
    </message>
    <message>
        <source>Needs your permission again: reauthorize to keep using it.</source>
        <translation>需要重新获得您的许可：请重新授权以继续使用。</translation>
    </message>
    <message>
        <source>Reauthorize</source>
        <translation>重新授权</translation>
    </message>
    <message>
        <source>Reauthorize %1</source>
        <translation>重新授权 %1</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>取消关联</translation>
    </message>
    <message>
        <source>Disconnect %1</source>
        <translation>取消关联 %1</translation>
    </message>
    <message>
        <source>Connect another account</source>
        <translation>关联其他账户</translation>
    </message>
    <message>
        <source>Connect %1</source>
        <translation>关联 %1</translation>
    </message>
    <message>
        <source>Connect your %1 account</source>
        <translation>关联您的 %1 账户</translation>
    </message>
    <message>
        <source>Continue in your browser…</source>
        <translation>请在浏览器中继续…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel connecting the account</source>
        <translation>取消关联账户</translation>
    </message>
</context>
<context>
    <name>CreateOrganization</name>
    <message>
        <source>Create organization</source>
        <translation>创建组织</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Organization name</source>
        <translation>组织名称</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>URL 简称</translation>
    </message>
    <message>
        <source>Organization slug</source>
        <translation>组织 URL 简称</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel creating an organization</source>
        <translation>取消创建组织</translation>
    </message>
</context>
<context>
    <name>DeleteAccountPage</name>
    <message>
        <source>Delete account</source>
        <translation>删除账户</translation>
    </message>
    <message>
        <source>Deleting your account removes it and everything in it, on every device. This cannot be undone.</source>
        <translation>删除账户会在所有设备上移除该账户及其全部数据。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Type &quot;%1&quot; to confirm</source>
        <translation>输入“%1”以确认</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Unknown browser</source>
        <translation>未知浏览器</translation>
    </message>
    <message>
        <source>Unknown device</source>
        <translation>未知设备</translation>
    </message>
    <message>
        <source>%1 (mobile)</source>
        <translation>%1（移动设备）</translation>
    </message>
    <message>
        <source>Where you are signed in. Sign out a device you don&apos;t recognise.</source>
        <translation>您已登录的设备。如有不认识的设备，请将其退出登录。</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>此设备</translation>
    </message>
    <message>
        <source>Last active %1</source>
        <translation>上次活动：%1</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Sign out %1 on %2</source>
        <translation>退出 %2 上的 %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>EmailAddressesPage</name>
    <message>
        <source>Email addresses</source>
        <translation>电子邮件地址</translation>
    </message>
</context>
<context>
    <name>EmailLinkWait</name>
    <message>
        <source>We sent a sign-in link to %1. Open it on this device or any other: this screen continues on its own.</source>
        <translation>我们已向 %1 发送登录链接。请在此设备或其他设备上打开，此页面会自动继续。</translation>
    </message>
    <message>
        <source>Resend link</source>
        <translation>重新发送链接</translation>
    </message>
    <message>
        <source>Send a new link</source>
        <translation>发送新链接</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Waiting for the link to be opened</source>
        <translation>正在等待打开链接</translation>
    </message>
</context>
<context>
    <name>IdentificationsPage</name>
    <message>
        <source>Enter a phone number.</source>
        <translation>请输入电话号码。</translation>
    </message>
    <message>
        <source>Enter an email address.</source>
        <translation>请输入电子邮件地址。</translation>
    </message>
    <message>
        <source>Enter the code.</source>
        <translation>请输入验证码。</translation>
    </message>
    <message>
        <source>%1 is verified.</source>
        <translation>%1 已验证。</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>%1 已移除。</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>主要</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>未验证</translation>
    </message>
    <message>
        <source>Two-step verification</source>
        <translation>两步验证</translation>
    </message>
    <message>
        <source>Use for two-step verification</source>
        <translation>用于两步验证</translation>
    </message>
    <message>
        <source>Use %1 for two-step verification</source>
        <translation>将 %1 用于两步验证</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Verify %1</source>
        <translation>验证 %1</translation>
    </message>
    <message>
        <source>Make primary</source>
        <translation>设为主要</translation>
    </message>
    <message>
        <source>Make %1 primary</source>
        <translation>将 %1 设为主要</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>No phone numbers yet.</source>
        <translation>尚无电话号码。</translation>
    </message>
    <message>
        <source>No email addresses yet.</source>
        <translation>尚无电子邮件地址。</translation>
    </message>
    <message>
        <source>Add phone number</source>
        <translation>添加电话号码</translation>
    </message>
    <message>
        <source>Add email address</source>
        <translation>添加电子邮件地址</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>电子邮件地址</translation>
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
        <translation>我们将向此号码发送包含验证码的短信。</translation>
    </message>
    <message>
        <source>An email with a verification code will be sent to this address.</source>
        <translation>我们将向此地址发送包含验证码的邮件。</translation>
    </message>
    <message>
        <source>Enter the verification code sent to %1</source>
        <translation>请输入发送到 %1 的验证码</translation>
    </message>
    <message>
        <source>Resend code</source>
        <translation>重新发送验证码</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
</context>
<context>
    <name>IdentifierField</name>
    <message>
        <source>Email address</source>
        <translation>电子邮件地址</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>账户标识</translation>
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
        <translation>电子邮件地址或电话号码</translation>
    </message>
    <message>
        <source>Email address or username</source>
        <translation>电子邮件地址或用户名</translation>
    </message>
    <message>
        <source>Phone number or username</source>
        <translation>电话号码或用户名</translation>
    </message>
    <message>
        <source>Email address, phone number or username</source>
        <translation>电子邮件地址、电话号码或用户名</translation>
    </message>
</context>
<context>
    <name>OAuthButtons</name>
    <message>
        <source>Continue with %1</source>
        <translation>使用 %1 继续</translation>
    </message>
    <message>
        <source>or</source>
        <translation>或</translation>
    </message>
</context>
<context>
    <name>OrganizationDomainsPage</name>
    <message>
        <source>Verified domains</source>
        <translation>已验证域名</translation>
    </message>
    <message>
        <source>Enter a domain, such as example.com.</source>
        <translation>请输入域名，例如 example.com。</translation>
    </message>
    <message>
        <source>%1 is verified.</source>
        <translation>%1 已验证。</translation>
    </message>
    <message>
        <source>Enter your address at %1.</source>
        <translation>请输入您在 %1 的邮箱地址。</translation>
    </message>
    <message>
        <source>Enter the code.</source>
        <translation>请输入验证码。</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>%1 已移除。</translation>
    </message>
    <message>
        <source>Automatic invitation</source>
        <translation>自动邀请</translation>
    </message>
    <message>
        <source>Automatic suggestion</source>
        <translation>自动建议</translation>
    </message>
    <message>
        <source>No automatic enrollment</source>
        <translation>不自动加入</translation>
    </message>
    <message>
        <source>People with a verified email address at a verified domain can be invited to, or offered, this organization.</source>
        <translation>拥有已验证域名下已验证邮箱地址的用户，可以被邀请加入此组织，或收到加入建议。</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>未验证</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Verify %1</source>
        <translation>验证 %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>Enrollment: %1</source>
        <translation>加入方式：%1</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%2 的%1</translation>
    </message>
    <message>
        <source>No domains yet.</source>
        <translation>尚无域名。</translation>
    </message>
    <message>
        <source>Add domain</source>
        <translation>添加域名</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>域名</translation>
    </message>
    <message>
        <source>Your email address at %1</source>
        <translation>您在 %1 的邮箱地址</translation>
    </message>
    <message>
        <source>Code sent to %1</source>
        <translation>发送到 %1 的验证码</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Send code</source>
        <translation>发送验证码</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A domain in the list, for screen readers: %1 the domain, %2 &quot;Verified&quot; or &quot;Unverified&quot;</extracomment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Joins the counts of a domain&apos;s pending invitations and pending suggestions</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n pending suggestion(s)</source>
        <translation>
            <numerusform>%n 个待处理建议</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganizationGeneralPage</name>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Organization updated.</source>
        <translation>组织已更新。</translation>
    </message>
    <message>
        <source>Logo updated.</source>
        <translation>徽标已更新。</translation>
    </message>
    <message>
        <source>Logo removed.</source>
        <translation>徽标已移除。</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>选择徽标</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>Upload logo</source>
        <translation>上传徽标</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>移除徽标</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>URL 简称</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放弃更改</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save organization</source>
        <translation>保存组织</translation>
    </message>
    <message>
        <source>Leave organization</source>
        <translation>退出组织</translation>
    </message>
    <message>
        <source>You will lose access to %1 and its data until you are invited again.</source>
        <translation>在再次受邀之前，您将无法访问 %1 及其数据。</translation>
    </message>
    <message>
        <source>Remove yourself from this organization.</source>
        <translation>将自己从此组织中移除。</translation>
    </message>
    <message>
        <source>Stay in the organization</source>
        <translation>留在组织中</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Confirm leaving the organization</source>
        <translation>确认退出组织</translation>
    </message>
    <message>
        <source>Delete organization</source>
        <translation>删除组织</translation>
    </message>
    <message>
        <source>Deleting the organization removes it for every member. This cannot be undone.</source>
        <translation>删除组织后，所有成员都将失去该组织。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Type &quot;%1&quot; to confirm</source>
        <translation>输入“%1”以确认</translation>
    </message>
    <message>
        <source>Logo of %1</source>
        <extracomment>The organization&apos;s logo image, for screen readers; %1 is the organization&apos;s name</extracomment>
        <translation>%1 的徽标</translation>
    </message>
</context>
<context>
    <name>OrganizationInvitationsPage</name>
    <message>
        <source>Invitations</source>
        <translation>邀请</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Enter at least one email address.</source>
        <translation>请至少输入一个电子邮件地址。</translation>
    </message>
    <message>
        <source>Invitation sent to %1.</source>
        <translation>已向 %1 发送邀请。</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) sent.</source>
        <translation>
            <numerusform>已发送 %n 个邀请。</numerusform>
        </translation>
    </message>
    <message>
        <source>Invitation to %1 revoked.</source>
        <translation>已撤销对 %1 的邀请。</translation>
    </message>
    <message>
        <source>Invite people to %1 by email. They join with the role you choose once they accept.</source>
        <translation>通过电子邮件邀请他人加入 %1。对方接受后，将以您选择的角色加入。</translation>
    </message>
    <message>
        <source>Email addresses</source>
        <translation>电子邮件地址</translation>
    </message>
    <message>
        <source>name@example.com, other@example.com</source>
        <translation>name@example.com, other@example.com</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Send invitations</source>
        <translation>发送邀请</translation>
    </message>
    <message>
        <source>Pending invitations</source>
        <translation>待处理的邀请</translation>
    </message>
    <message>
        <source>No pending invitations.</source>
        <translation>没有待处理的邀请。</translation>
    </message>
    <message>
        <source>Invited as %1 · %2</source>
        <translation>以%1身份受邀 · %2</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Revoke the invitation to %1</source>
        <translation>撤销对 %1 的邀请</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Previous invitations</source>
        <translation>上一页邀请</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation>第 %1–%2 项，共 %3 项</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Next invitations</source>
        <translation>下一页邀请</translation>
    </message>
    <message>
        <source>The role the invited people get</source>
        <extracomment>Read after the role picker&apos;s name: what the chosen role is for</extracomment>
        <translation>受邀者将获得的角色</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>An invitation in the pending list, for screen readers: %1 the address, %2 role and date</extracomment>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>OrganizationList</name>
    <message>
        <source>Organizations</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>打开 %1</translation>
    </message>
    <message>
        <source>You are not a member of any organization yet.</source>
        <translation>您还不是任何组织的成员。</translation>
    </message>
    <message>
        <source>Create organization</source>
        <translation>创建组织</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>邀请</translation>
    </message>
    <message>
        <source>Invited as %1</source>
        <translation>以%1身份受邀</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Accept the invitation to %1</source>
        <translation>接受 %1 的邀请</translation>
    </message>
    <message>
        <source>Suggested for you</source>
        <translation>为您推荐</translation>
    </message>
    <message>
        <source>Request to join</source>
        <translation>申请加入</translation>
    </message>
    <message>
        <source>Request to join %1</source>
        <translation>申请加入 %1</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>已申请</translation>
    </message>
    <message>
        <source>Requested to join %1</source>
        <translation>已申请加入 %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>An organization in the list, for screen readers: %1 the organization&apos;s name, %2 the user&apos;s role</extracomment>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>OrganizationMembersPage</name>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Search members</source>
        <translation>搜索成员</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1（您）</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>%1 的角色</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Previous page of members</source>
        <translation>成员列表上一页</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Next page of members</source>
        <translation>成员列表下一页</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 位成员</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A member in the members list, for screen readers: %1 the member&apos;s name, %2 their role</extracomment>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>OrganizationMenuItem</name>
    <message>
        <source>%1, %2</source>
        <extracomment>An organization row of the switcher: %1 the organization&apos;s name, %2 the user&apos;s role or an action</extracomment>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>OrganizationProfile</name>
    <message>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Manage this organization.</source>
        <translation>管理此组织。</translation>
    </message>
</context>
<context>
    <name>OrganizationRequestsPage</name>
    <message>
        <source>Requests</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>%1 is now a member.</source>
        <translation>%1 已成为成员。</translation>
    </message>
    <message>
        <source>%1&apos;s request was rejected.</source>
        <translation>已拒绝 %1 的申请。</translation>
    </message>
    <message>
        <source>People with an address at one of your verified domains who asked to join.</source>
        <translation>拥有您已验证域名下的邮箱地址并申请加入的用户。</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Accept %1</source>
        <translation>批准 %1</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation>拒绝 %1</translation>
    </message>
    <message>
        <source>No pending requests.</source>
        <translation>没有待处理的申请。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A membership request in the list, for screen readers: %1 the person&apos;s name, %2 their address</extracomment>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>OrganizationSwitcher</name>
    <message numerus="yes">
        <source>%n pending invitation(s)</source>
        <translation>
            <numerusform>%n 个待处理邀请</numerusform>
        </translation>
    </message>
    <message>
        <source>Personal account</source>
        <translation>个人账户</translation>
    </message>
    <message>
        <source>Accept invitation to %1</source>
        <translation>接受 %1 的邀请</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Create organization</source>
        <translation>创建组织</translation>
    </message>
    <message>
        <source>Switch organization, current: %1</source>
        <extracomment>The organization switcher button, as screen readers name it; %1 is the active organization or &quot;Personal account&quot;</extracomment>
        <translation>切换组织，当前：%1</translation>
    </message>
</context>
<context>
    <name>PasswordPage</name>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>请输入当前密码。</translation>
    </message>
    <message>
        <source>Enter a new password.</source>
        <translation>请输入新密码。</translation>
    </message>
    <message>
        <source>Passwords don&apos;t match.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Password updated.</source>
        <translation>密码已更新。</translation>
    </message>
    <message>
        <source>Password set.</source>
        <translation>密码已设置。</translation>
    </message>
    <message>
        <source>Password removed.</source>
        <translation>密码已移除。</translation>
    </message>
    <message>
        <source>Change the password you sign in with.</source>
        <translation>更改您用于登录的密码。</translation>
    </message>
    <message>
        <source>You have no password yet. Set one to sign in with it.</source>
        <translation>您尚未设置密码。设置后即可使用密码登录。</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <source>Sign out of all other devices</source>
        <translation>在其他所有设备上退出登录</translation>
    </message>
    <message>
        <source>Update password</source>
        <translation>更新密码</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>Remove password</source>
        <translation>移除密码</translation>
    </message>
</context>
<context>
    <name>PhoneNumbersPage</name>
    <message>
        <source>Phone numbers</source>
        <translation>电话号码</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Profile</source>
        <translation>个人资料</translation>
    </message>
    <message>
        <source>Profile updated.</source>
        <translation>个人资料已更新。</translation>
    </message>
    <message>
        <source>Profile image updated.</source>
        <translation>头像已更新。</translation>
    </message>
    <message>
        <source>Profile image removed.</source>
        <translation>头像已移除。</translation>
    </message>
    <message>
        <source>Choose a profile image</source>
        <translation>选择头像</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>Profile image</source>
        <translation>头像</translation>
    </message>
    <message>
        <source>PNG, JPEG, GIF or WebP</source>
        <translation>PNG、JPEG、GIF 或 WebP</translation>
    </message>
    <message>
        <source>Upload image</source>
        <translation>上传图片</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove profile image</source>
        <translation>移除头像</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名字</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓氏</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放弃更改</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>保存个人资料</translation>
    </message>
    <message>
        <source>Profile image of %1</source>
        <translation>%1 的头像</translation>
    </message>
</context>
<context>
    <name>Reverification</name>
    <message>
        <source>Your account has no way to verify that this app supports.</source>
        <translation>您的账户没有此应用支持的验证方式。</translation>
    </message>
    <message>
        <source>Use your password</source>
        <translation>使用密码</translation>
    </message>
    <message>
        <source>Email me a code</source>
        <translation>通过邮件接收验证码</translation>
    </message>
    <message>
        <source>Text me a code</source>
        <translation>通过短信接收验证码</translation>
    </message>
    <message>
        <source>Use your authenticator app</source>
        <translation>使用身份验证器应用</translation>
    </message>
    <message>
        <source>Use a backup code</source>
        <translation>使用备用码</translation>
    </message>
    <message>
        <source>Verify it&apos;s you</source>
        <translation>验证您的身份</translation>
    </message>
    <message>
        <source>Enter your password to continue</source>
        <translation>请输入密码以继续</translation>
    </message>
    <message>
        <source>Enter the code sent to your email</source>
        <translation>请输入发送到您邮箱的验证码</translation>
    </message>
    <message>
        <source>Enter the code sent to your phone</source>
        <translation>请输入发送到您手机的验证码</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app</source>
        <translation>请输入身份验证器应用中的验证码</translation>
    </message>
    <message>
        <source>Enter one of your backup codes</source>
        <translation>请输入一个备用码</translation>
    </message>
    <message>
        <source>This action needs you to confirm your identity</source>
        <translation>此操作需要确认您的身份</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>验证码</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>SessionTask</name>
    <message>
        <source>Choose an organization</source>
        <translation>选择组织</translation>
    </message>
    <message>
        <source>Set up two-step verification</source>
        <translation>设置两步验证</translation>
    </message>
    <message>
        <source>One more step: %1</source>
        <translation>还差一步：%1</translation>
    </message>
    <message>
        <source>This application needs an organization. Choose the one to continue with.</source>
        <translation>此应用需要一个组织。请选择要继续使用的组织。</translation>
    </message>
    <message>
        <source>This application requires two-step verification. Add an authenticator app to continue.</source>
        <translation>此应用要求启用两步验证。请添加身份验证器应用以继续。</translation>
    </message>
    <message>
        <source>This app cannot finish this step; finish it on the web.</source>
        <translation>此应用无法完成这一步，请在网页上完成。</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Welcome back! Please sign in to continue</source>
        <translation>欢迎回来！请登录以继续</translation>
    </message>
    <message>
        <source>This account needs a second factor this app cannot offer.</source>
        <translation>此账户需要一种此应用无法提供的第二重验证方式。</translation>
    </message>
    <message>
        <source>No sign-in method this app supports is enabled for this account.</source>
        <translation>此账户未启用此应用支持的任何登录方式。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Enter a new password.</source>
        <translation>请输入新密码。</translation>
    </message>
    <message>
        <source>Passwords don&apos;t match.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Verify it&apos;s you on this new device</source>
        <translation>请在这台新设备上验证您的身份</translation>
    </message>
    <message>
        <source>Two-step verification</source>
        <translation>两步验证</translation>
    </message>
    <message>
        <source>Check your email</source>
        <translation>查收您的邮件</translation>
    </message>
    <message>
        <source>Check your phone</source>
        <translation>查看您的手机</translation>
    </message>
    <message>
        <source>Check your inbox</source>
        <translation>查看您的收件箱</translation>
    </message>
    <message>
        <source>Forgot password?</source>
        <translation>忘记密码？</translation>
    </message>
    <message>
        <source>Set new password</source>
        <translation>设置新密码</translation>
    </message>
    <message>
        <source>Enter the code sent to your phone</source>
        <translation>请输入发送到您手机的验证码</translation>
    </message>
    <message>
        <source>Enter the code sent to your email</source>
        <translation>请输入发送到您邮箱的验证码</translation>
    </message>
    <message>
        <source>We&apos;ll send you a code to reset your password</source>
        <translation>我们将向您发送用于重置密码的验证码</translation>
    </message>
    <message>
        <source>Use the link we emailed you to continue</source>
        <translation>请使用我们通过邮件发送的链接继续</translation>
    </message>
    <message>
        <source>Choose a new password for your account</source>
        <translation>为您的账户设置新密码</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app</source>
        <translation>请输入身份验证器应用中的验证码</translation>
    </message>
    <message>
        <source>Enter one of your backup codes</source>
        <translation>请输入一个备用码</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Backup code</source>
        <translation>备用码</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>验证码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <source>Sign out of all other devices</source>
        <translation>在其他所有设备上退出登录</translation>
    </message>
    <message>
        <source>Text a code to %1</source>
        <translation>发送短信验证码到 %1</translation>
    </message>
    <message>
        <source>Email a code to %1</source>
        <translation>发送邮件验证码到 %1</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Email me a code instead</source>
        <translation>改为通过邮件接收验证码</translation>
    </message>
    <message>
        <source>Text me a code instead</source>
        <translation>改为通过短信接收验证码</translation>
    </message>
    <message>
        <source>Email me a sign-in link</source>
        <translation>通过邮件接收登录链接</translation>
    </message>
    <message>
        <source>Resend code</source>
        <translation>重新发送验证码</translation>
    </message>
    <message>
        <source>Back to password</source>
        <translation>返回密码登录</translation>
    </message>
    <message>
        <source>Use your password instead</source>
        <translation>改用密码</translation>
    </message>
    <message>
        <source>Use your authenticator app instead</source>
        <translation>改用身份验证器应用</translation>
    </message>
    <message>
        <source>Use a backup code instead</source>
        <translation>改用备用码</translation>
    </message>
    <message>
        <source>Don&apos;t have an account?</source>
        <translation>还没有账户？</translation>
    </message>
    <message>
        <source>Sign up</source>
        <translation>注册</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <extracomment>%1 is the identifier field&apos;s label, e.g. &quot;Email address or username&quot;</extracomment>
        <translation>请输入%1。</translation>
    </message>
</context>
<context>
    <name>SignUp</name>
    <message>
        <source>Create your account</source>
        <translation>创建您的账户</translation>
    </message>
    <message>
        <source>Welcome! Please fill in the details to get started</source>
        <translation>欢迎！请填写信息以开始使用</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Verify your phone number</source>
        <translation>验证您的电话号码</translation>
    </message>
    <message>
        <source>Verify your email</source>
        <translation>验证您的电子邮件地址</translation>
    </message>
    <message>
        <source>Fill in missing fields</source>
        <translation>填写缺少的字段</translation>
    </message>
    <message>
        <source>Enter the code sent to %1</source>
        <translation>请输入发送到 %1 的验证码</translation>
    </message>
    <message>
        <source>Please fill in the remaining details to continue</source>
        <translation>请填写其余信息以继续</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名字</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓氏</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>电子邮件地址</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>+1 555 555 0100</source>
        <translation>+1 555 555 0100</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>I agree to the Terms of Service and Privacy Policy</source>
        <translation>我同意服务条款和隐私政策</translation>
    </message>
    <message>
        <source>Terms of Service</source>
        <translation>服务条款</translation>
    </message>
    <message>
        <source>Privacy Policy</source>
        <translation>隐私政策</translation>
    </message>
    <message>
        <source>I agree to the %1 and %2</source>
        <translation>我同意%1和%2</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Resend code</source>
        <translation>重新发送验证码</translation>
    </message>
    <message>
        <source>Already have an account?</source>
        <translation>已经有账户了？</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
</context>
<context>
    <name>TwoFactorPage</name>
    <message>
        <source>Two-step verification</source>
        <translation>两步验证</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>请输入身份验证器应用中的验证码。</translation>
    </message>
    <message>
        <source>Add authenticator application</source>
        <translation>添加身份验证器应用</translation>
    </message>
    <message>
        <source>Save your backup codes</source>
        <translation>保存您的备用码</translation>
    </message>
    <message>
        <source>Authenticator application</source>
        <translation>身份验证器应用</translation>
    </message>
    <message>
        <source>On: sign-ins ask for a code from your authenticator app.</source>
        <translation>已开启：登录时需要输入身份验证器应用中的验证码。</translation>
    </message>
    <message>
        <source>Use an app such as Google Authenticator or 1Password to generate sign-in codes.</source>
        <translation>使用 Google Authenticator 或 1Password 等应用生成登录验证码。</translation>
    </message>
    <message>
        <source>Add authenticator app</source>
        <translation>添加身份验证器应用</translation>
    </message>
    <message>
        <source>Add an authenticator app</source>
        <translation>添加一个身份验证器应用</translation>
    </message>
    <message>
        <source>Remove authenticator app</source>
        <translation>移除身份验证器应用</translation>
    </message>
    <message>
        <source>Backup codes</source>
        <translation>备用码</translation>
    </message>
    <message>
        <source>Single-use codes for when you cannot use your other second factor. A new set replaces the old one.</source>
        <translation>在无法使用其他第二重验证方式时使用的一次性验证码。生成新的一组后，旧的将失效。</translation>
    </message>
    <message>
        <source>Regenerate codes</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>Regenerate backup codes</source>
        <translation>重新生成备用码</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Sign-ins can ask for a code sent to one of your verified phone numbers.</source>
        <translation>登录时可要求输入发送到您某个已验证电话号码的验证码。</translation>
    </message>
    <message>
        <source>Add and verify a phone number first to receive sign-in codes by text message.</source>
        <translation>请先添加并验证电话号码，才能通过短信接收登录验证码。</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Use for sign-in codes</source>
        <translation>用于接收登录验证码</translation>
    </message>
    <message>
        <source>Use %1 for sign-in codes</source>
        <translation>使用 %1 接收登录验证码</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>设为默认</translation>
    </message>
    <message>
        <source>Make %1 the default second factor</source>
        <translation>将 %1 设为默认的第二重验证方式</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Stop sending sign-in codes to %1</source>
        <translation>停止向 %1 发送登录验证码</translation>
    </message>
    <message>
        <source>Scan this QR code with your authenticator app, then enter the code it shows.</source>
        <translation>请用身份验证器应用扫描此二维码，然后输入应用显示的验证码。</translation>
    </message>
    <message>
        <source>QR code for your authenticator app</source>
        <translation>用于身份验证器应用的二维码</translation>
    </message>
    <message>
        <source>Can&apos;t scan it? Enter this key in the app instead:</source>
        <translation>无法扫描？请改为在应用中输入此密钥：</translation>
    </message>
    <message>
        <source>Secret key for your authenticator app</source>
        <translation>用于身份验证器应用的密钥</translation>
    </message>
    <message>
        <source>Keep these codes somewhere safe. Each one signs you in once if you lose your second factor. They will not be shown again.</source>
        <translation>请将这些验证码保存在安全的地方。如果您丢失了第二重验证方式，每个验证码可用于登录一次。它们不会再次显示。</translation>
    </message>
    <message>
        <source>Copied to the clipboard</source>
        <translation>已复制到剪贴板</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel adding the authenticator app</source>
        <translation>取消添加身份验证器应用</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Verify the code</source>
        <translation>提交验证码</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the backup codes</source>
        <translation>复制备用码</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>I have saved the backup codes</source>
        <translation>我已保存备用码</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <extracomment>%1 is the secret key (letters and digits) an authenticator app accepts instead of the QR code.</extracomment>
        <translation>密钥：%1</translation>
    </message>
</context>
<context>
    <name>UserButton</name>
    <message>
        <source>User menu of %1</source>
        <translation>%1 的用户菜单</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Offline: showing the last known account</source>
        <translation>离线：显示最近一次已知的账户信息</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Switch organization</source>
        <translation>切换组织</translation>
    </message>
    <message>
        <source>Personal account</source>
        <translation>个人账户</translation>
    </message>
    <message>
        <source>Switch account</source>
        <translation>切换账户</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>添加账户</translation>
    </message>
    <message>
        <source>Manage account</source>
        <translation>管理账户</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Sign out of all accounts</source>
        <translation>退出所有账户</translation>
    </message>
</context>
<context>
    <name>UserProfile</name>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Manage your account info.</source>
        <translation>管理您的账户信息。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <extracomment>The name of the list of pages in UserProfile/OrganizationProfile; %1 is its heading (&quot;Account&quot;).</extracomment>
        <translation>%1页面列表</translation>
    </message>
</context>
</TS>
