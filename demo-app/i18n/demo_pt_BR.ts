<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>ApiPanel</name>
    <message>
        <source>Protected API</source>
        <translation>API protegida</translation>
    </message>
    <message>
        <source>No answer from the API.</source>
        <translation>Nenhuma resposta da API.</translation>
    </message>
    <message>
        <source>GET %1/api/me with the session token as a Bearer header; the server verifies it against the instance&apos;s JWKS.</source>
        <translation>GET %1/api/me com o token de sessão em um cabeçalho Bearer; o servidor o verifica com o JWKS da instância.</translation>
    </message>
    <message>
        <source>The demo API is not part of this build.</source>
        <translation>A API de demonstração não faz parte desta compilação.</translation>
    </message>
    <message>
        <source>Call GET /api/me</source>
        <translation>Chamar GET /api/me</translation>
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
        <translation>Resposta da API</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Clerk Qt demo</source>
        <translation>Demo do Clerk Qt</translation>
    </message>
    <message>
        <source>local emulator at %1</source>
        <extracomment>%1 is the emulator&apos;s address (http://127.0.0.1:port)</extracomment>
        <translation>emulador local em %1</translation>
    </message>
    <message>
        <source>The emulator&apos;s default instance.</source>
        <translation>A instância padrão do emulador.</translation>
    </message>
    <message>
        <source>Instance profile</source>
        <translation>Perfil da instância</translation>
    </message>
    <message>
        <source>Offline — showing the last known account. Clerk is asked again as soon as the network is back.</source>
        <translation>Offline — mostrando a última conta conhecida. O Clerk será consultado de novo assim que a rede voltar.</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Carregando</translation>
    </message>
    <message>
        <source>Waiting for Clerk: %1</source>
        <translation>Aguardando o Clerk: %1</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Adicionar uma conta</translation>
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
        <translation>Escuro</translation>
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
        <translation>Usuário</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Olá, %1</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>ID do usuário</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>Two-factor</source>
        <translation>Dois fatores</translation>
    </message>
    <message>
        <source>on</source>
        <extracomment>two-factor authentication is on / off</extracomment>
        <translation>ativada</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desativada</translation>
    </message>
    <message>
        <source>Public metadata</source>
        <translation>Metadados públicos</translation>
    </message>
    <message>
        <source>Manage account</source>
        <translation>Gerenciar conta</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativa</translation>
    </message>
    <message>
        <source>Personal account</source>
        <translation>Conta pessoal</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permissões</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Associações</translation>
    </message>
    <message>
        <source>Manage organization</source>
        <translation>Gerenciar organização</translation>
    </message>
    <message>
        <source>Sessions on this client</source>
        <translation>Sessões neste cliente</translation>
    </message>
    <message>
        <source> · current</source>
        <translation> · atual</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Alternar</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Adicionar conta</translation>
    </message>
    <message>
        <source>active</source>
        <extracomment>a session&apos;s status</extracomment>
        <translation>ativa</translation>
    </message>
    <message>
        <source>pending</source>
        <extracomment>a session&apos;s status: signed in, with a task left to finish</extracomment>
        <translation>pendente</translation>
    </message>
    <message>
        <source>ended</source>
        <extracomment>a session&apos;s status</extracomment>
        <translation>encerrada</translation>
    </message>
    <message>
        <source>expired</source>
        <extracomment>a session&apos;s status</extracomment>
        <translation>expirada</translation>
    </message>
    <message>
        <source>removed</source>
        <extracomment>a session&apos;s status</extracomment>
        <translation>removida</translation>
    </message>
    <message>
        <source>replaced</source>
        <extracomment>a session&apos;s status: replaced by a newer session</extracomment>
        <translation>substituída</translation>
    </message>
    <message>
        <source>abandoned</source>
        <extracomment>a session&apos;s status: not used in time</extracomment>
        <translation>abandonada</translation>
    </message>
    <message>
        <source>revoked</source>
        <extracomment>a session&apos;s status</extracomment>
        <translation>revogada</translation>
    </message>
</context>
<context>
    <name>SignedOutView</name>
    <message>
        <source>Local emulator — nobody is signed in</source>
        <translation>Emulador local — ninguém está conectado</translation>
    </message>
    <message>
        <source>This demo runs a Clerk Frontend API emulator in-process. Sign in with one of its test accounts, or sign up with any address ending in +clerk_test@example.com. Verification codes are always 424242.</source>
        <translation>Esta demo executa um emulador da Frontend API do Clerk no próprio processo. Entre com uma das contas de teste dele ou cadastre-se com qualquer endereço terminado em +clerk_test@example.com. Os códigos de verificação são sempre 424242.</translation>
    </message>
</context>
<context>
    <name>TestAccount</name>
    <message>
        <source>TOTP secret %1</source>
        <extracomment>an authenticator app&apos;s (TOTP) secret of a test account; %1 is the secret</extracomment>
        <translation>Segredo TOTP %1</translation>
    </message>
    <message>
        <source>backup code %1</source>
        <extracomment>a two-factor backup code of a test account; %1 is the code</extracomment>
        <translation>código de backup %1</translation>
    </message>
</context>
<context>
    <name>TokenPanel</name>
    <message>
        <source>Session token</source>
        <translation>Token de sessão</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>no token</source>
        <translation>sem token</translation>
    </message>
    <message>
        <source>until expiry</source>
        <translation>até expirar</translation>
    </message>
    <message numerus="yes">
        <source>refreshed %n time(s)</source>
        <translation>
            <numerusform>renovado %n vez</numerusform>
            <numerusform>renovado %n vezes</numerusform>
        </translation>
    </message>
    <message>
        <source>Time left until the session token expires</source>
        <translation>Tempo restante até o token de sessão expirar</translation>
    </message>
    <message>
        <source>Decoded on the client for display only; the API below verifies it.</source>
        <translation>Decodificado no cliente apenas para exibição; a API abaixo o verifica.</translation>
    </message>
</context>
</TS>
