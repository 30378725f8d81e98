<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>Clerk::OAuthListener</name>
    <message>
        <source>Sign-in interrupted</source>
        <translation>Login interrompido</translation>
    </message>
    <message>
        <source>The app stopped waiting for this sign-in.</source>
        <translation>O aplicativo parou de aguardar este login.</translation>
    </message>
    <message>
        <source>Not this sign-in</source>
        <translation>Não é este login</translation>
    </message>
    <message>
        <source>This link does not belong to the sign-in the app is waiting for.</source>
        <translation>Este link não pertence ao login que o aplicativo está aguardando.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Não encontrado</translation>
    </message>
</context>
<context>
    <name>ClerkButton</name>
    <message>
        <source>Working…</source>
        <translation>Processando…</translation>
    </message>
</context>
<context>
    <name>ClerkErrors</name>
    <message>
        <source>No account was found with that identifier.</source>
        <translation>Nenhuma conta foi encontrada com esse identificador.</translation>
    </message>
    <message>
        <source>The password is incorrect. Try again, or use another method.</source>
        <translation>A senha está incorreta. Tente novamente ou use outro método.</translation>
    </message>
    <message>
        <source>That identifier is already taken. Please try another one.</source>
        <translation>Esse identificador já está em uso. Tente outro.</translation>
    </message>
    <message>
        <source>You are already signed in with this account.</source>
        <translation>Você já fez login com esta conta.</translation>
    </message>
    <message>
        <source>You are already signed in.</source>
        <translation>Você já fez login.</translation>
    </message>
    <message>
        <source>This way of signing in is not available for this account.</source>
        <translation>Esta forma de login não está disponível para esta conta.</translation>
    </message>
    <message>
        <source>The value entered is not in a valid format.</source>
        <translation>O valor informado não está em um formato válido.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Este campo é obrigatório.</translation>
    </message>
    <message>
        <source>The value entered is not valid.</source>
        <translation>O valor informado não é válido.</translation>
    </message>
    <message>
        <source>The form contains a field this application does not accept.</source>
        <translation>O formulário contém um campo que este aplicativo não aceita.</translation>
    </message>
    <message>
        <source>A username may only contain letters, numbers, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>O nome de usuário só pode conter letras, números, &apos;-&apos; e &apos;_&apos;.</translation>
    </message>
    <message>
        <source>The username is too short or too long.</source>
        <translation>O nome de usuário é curto ou longo demais.</translation>
    </message>
    <message>
        <source>Some required information is still missing.</source>
        <translation>Ainda faltam informações obrigatórias.</translation>
    </message>
    <message>
        <source>This feature is not enabled for this application.</source>
        <translation>Este recurso não está ativado neste aplicativo.</translation>
    </message>
    <message>
        <source>This identifier is not allowed to access this application.</source>
        <translation>Este identificador não tem permissão para acessar este aplicativo.</translation>
    </message>
    <message>
        <source>Your account is locked. Please try again later.</source>
        <translation>Sua conta está bloqueada. Tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>A second verification step is required.</source>
        <translation>É necessária uma segunda etapa de verificação.</translation>
    </message>
    <message>
        <source>This sign-in can no longer be moved to a sign-up. Please start again.</source>
        <translation>Este login não pode mais ser convertido em cadastro. Comece de novo.</translation>
    </message>
    <message>
        <source>This account is already connected to another user.</source>
        <translation>Esta conta já está conectada a outro usuário.</translation>
    </message>
    <message>
        <source>No account is connected to this provider yet.</source>
        <translation>Ainda não há nenhuma conta conectada a este provedor.</translation>
    </message>
    <message>
        <source>Signing in with this provider is not enabled.</source>
        <translation>O login com este provedor não está ativado.</translation>
    </message>
    <message>
        <source>This link has expired. Please ask for a new one.</source>
        <translation>Este link expirou. Solicite um novo.</translation>
    </message>
    <message>
        <source>This link is not valid.</source>
        <translation>Este link não é válido.</translation>
    </message>
    <message>
        <source>This password was found in a data breach. Please choose another one.</source>
        <translation>Esta senha foi encontrada em um vazamento de dados. Escolha outra.</translation>
    </message>
    <message>
        <source>The password is too short.</source>
        <translation>A senha é curta demais.</translation>
    </message>
    <message>
        <source>The password is incorrect.</source>
        <translation>A senha está incorreta.</translation>
    </message>
    <message>
        <source>The password is not strong enough.</source>
        <translation>A senha não é forte o suficiente.</translation>
    </message>
    <message>
        <source>A password is required.</source>
        <translation>É necessário informar uma senha.</translation>
    </message>
    <message>
        <source>The code is incorrect.</source>
        <translation>O código está incorreto.</translation>
    </message>
    <message>
        <source>The code has expired. Please ask for a new one.</source>
        <translation>O código expirou. Solicite um novo.</translation>
    </message>
    <message>
        <source>Too many attempts. Please ask for a new code.</source>
        <translation>Muitas tentativas. Solicite um novo código.</translation>
    </message>
    <message>
        <source>This has already been verified.</source>
        <translation>Isso já foi verificado.</translation>
    </message>
    <message>
        <source>Please ask for a verification code first.</source>
        <translation>Solicite primeiro um código de verificação.</translation>
    </message>
    <message>
        <source>Please verify this first.</source>
        <translation>Verifique isso primeiro.</translation>
    </message>
    <message>
        <source>Backup codes are not available for this account.</source>
        <translation>Os códigos de backup não estão disponíveis para esta conta.</translation>
    </message>
    <message>
        <source>An authenticator app is already set up.</source>
        <translation>Já existe um aplicativo autenticador configurado.</translation>
    </message>
    <message>
        <source>This phone number is used for two-step verification.</source>
        <translation>Este número de telefone é usado na verificação em duas etapas.</translation>
    </message>
    <message>
        <source>This cannot be removed: it is your only way to sign in.</source>
        <translation>Não é possível remover: é sua única forma de fazer login.</translation>
    </message>
    <message>
        <source>There is no image to remove.</source>
        <translation>Não há imagem para remover.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Sua sessão terminou. Faça login novamente.</translation>
    </message>
    <message>
        <source>You are signed out. Please sign in again.</source>
        <translation>Você saiu da sua conta. Faça login novamente.</translation>
    </message>
    <message>
        <source>That item no longer exists.</source>
        <translation>Esse item não existe mais.</translation>
    </message>
    <message>
        <source>Too many requests. Please wait a moment and try again.</source>
        <translation>Muitas solicitações. Aguarde um momento e tente novamente.</translation>
    </message>
    <message>
        <source>You are not a member of this organization.</source>
        <translation>Você não é membro desta organização.</translation>
    </message>
    <message>
        <source>You do not have permission to do this in this organization.</source>
        <translation>Você não tem permissão para fazer isso nesta organização.</translation>
    </message>
    <message>
        <source>This person is already a member of the organization.</source>
        <translation>Esta pessoa já é membro da organização.</translation>
    </message>
    <message>
        <source>This domain has already been added.</source>
        <translation>Este domínio já foi adicionado.</translation>
    </message>
    <message>
        <source>This invitation no longer exists.</source>
        <translation>Este convite não existe mais.</translation>
    </message>
    <message>
        <source>This invitation has already been used or revoked.</source>
        <translation>Este convite já foi usado ou revogado.</translation>
    </message>
    <message>
        <source>This address has already been invited.</source>
        <translation>Este endereço já recebeu um convite.</translation>
    </message>
    <message>
        <source>Deleting organizations is not enabled for this application.</source>
        <translation>A exclusão de organizações não está ativada neste aplicativo.</translation>
    </message>
    <message>
        <source>You cannot create more organizations.</source>
        <translation>Você não pode criar mais organizações.</translation>
    </message>
    <message>
        <source>Clerk could not be reached. Check your connection and try again.</source>
        <translation>Não foi possível conectar ao Clerk. Verifique sua conexão e tente novamente.</translation>
    </message>
    <message>
        <source>You are offline. Check your connection and try again.</source>
        <translation>Você está sem conexão. Verifique sua rede e tente novamente.</translation>
    </message>
    <message>
        <source>Clerk took too long to answer. Please try again.</source>
        <translation>O Clerk demorou demais para responder. Tente novamente.</translation>
    </message>
    <message>
        <source>Signing in with the provider was cancelled.</source>
        <translation>O login com o provedor foi cancelado.</translation>
    </message>
    <message>
        <source>The provider did not allow signing in.</source>
        <translation>O provedor não permitiu o login.</translation>
    </message>
    <message>
        <source>Signing in with the provider took too long. Please try again.</source>
        <translation>O login com o provedor demorou demais. Tente novamente.</translation>
    </message>
    <message>
        <source>Signing in with the provider failed. Please try again.</source>
        <translation>O login com o provedor falhou. Tente novamente.</translation>
    </message>
    <message>
        <source>No web browser could be opened.</source>
        <translation>Não foi possível abrir nenhum navegador.</translation>
    </message>
    <message>
        <source>The link has expired. Please ask for a new one.</source>
        <translation>O link expirou. Solicite um novo.</translation>
    </message>
    <message>
        <source>The link was not opened in time. Please ask for a new one.</source>
        <translation>O link não foi aberto a tempo. Solicite um novo.</translation>
    </message>
    <message>
        <source>The link was opened on another device. Please continue there, or ask for a new link.</source>
        <translation>O link foi aberto em outro dispositivo. Continue por lá ou solicite um novo link.</translation>
    </message>
    <message>
        <source>The link could not be verified. Please ask for a new one.</source>
        <translation>Não foi possível verificar o link. Solicite um novo.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied, so you will need to sign in again next time.</source>
        <translation>O acesso ao chaveiro do sistema foi negado, então você precisará fazer login novamente da próxima vez.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so you will need to sign in again next time.</source>
        <translation>O chaveiro do sistema não está disponível, então você precisará fazer login novamente da próxima vez.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Não foi possível ler o arquivo.</translation>
    </message>
    <message>
        <source>The file is not an image that can be used.</source>
        <translation>O arquivo não é uma imagem que possa ser usada.</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>Nada foi alterado.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Algo deu errado. Tente novamente.</translation>
    </message>
    <message>
        <source>That username is taken. Please try another one.</source>
        <translation>Esse nome de usuário já está em uso. Tente outro.</translation>
    </message>
    <message>
        <source>That email address is taken. Please try another one.</source>
        <translation>Esse e-mail já está em uso. Tente outro.</translation>
    </message>
    <message>
        <source>That phone number is taken. Please try another one.</source>
        <translation>Esse número de telefone já está em uso. Tente outro.</translation>
    </message>
</context>
<context>
    <name>CodeField</name>
    <message>
        <source>Verification code</source>
        <translation>Código de verificação</translation>
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
        <translation>Contas conectadas</translation>
    </message>
    <message>
        <source>No accounts connected yet.</source>
        <translation>Nenhuma conta conectada ainda.</translation>
    </message>
    <message>
        <source>Needs your permission again: reauthorize to keep using it.</source>
        <translation>Precisa da sua permissão novamente: reautorize para continuar usando.</translation>
    </message>
    <message>
        <source>Reauthorize</source>
        <translation>Reautorizar</translation>
    </message>
    <message>
        <source>Reauthorize %1</source>
        <translation>Reautorizar %1</translation>
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
        <translation>Conectar outra conta</translation>
    </message>
    <message>
        <source>Connect %1</source>
        <translation>Conectar %1</translation>
    </message>
    <message>
        <source>Connect your %1 account</source>
        <translation>Conecte sua conta do %1</translation>
    </message>
    <message>
        <source>Continue in your browser…</source>
        <translation>Continue no seu navegador…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel connecting the account</source>
        <translation>Cancelar a conexão da conta</translation>
    </message>
</context>
<context>
    <name>CreateOrganization</name>
    <message>
        <source>Create organization</source>
        <translation>Criar organização</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Organization name</source>
        <translation>Nome da organização</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Rótulo da URL</translation>
    </message>
    <message>
        <source>Organization slug</source>
        <translation>Rótulo da URL da organização</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel creating an organization</source>
        <translation>Cancelar a criação da organização</translation>
    </message>
</context>
<context>
    <name>DeleteAccountPage</name>
    <message>
        <source>Delete account</source>
        <translation>Excluir conta</translation>
    </message>
    <message>
        <source>Deleting your account removes it and everything in it, on every device. This cannot be undone.</source>
        <translation>Ao excluir sua conta, ela e tudo o que há nela são apagados em todos os dispositivos. Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <source>Type &quot;%1&quot; to confirm</source>
        <translation>Digite &quot;%1&quot; para confirmar</translation>
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
        <translation>Navegador desconhecido</translation>
    </message>
    <message>
        <source>Unknown device</source>
        <translation>Dispositivo desconhecido</translation>
    </message>
    <message>
        <source>%1 (mobile)</source>
        <translation>%1 (celular)</translation>
    </message>
    <message>
        <source>Where you are signed in. Sign out a device you don&apos;t recognise.</source>
        <translation>Onde sua conta está conectada. Encerre a sessão em qualquer dispositivo que você não reconheça.</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Este dispositivo</translation>
    </message>
    <message>
        <source>Last active %1</source>
        <translation>Última atividade: %1</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Encerrar sessão</translation>
    </message>
    <message>
        <source>Sign out %1 on %2</source>
        <translation>Encerrar a sessão de %1 em %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
</context>
<context>
    <name>EmailAddressesPage</name>
    <message>
        <source>Email addresses</source>
        <translation>Endereços de e-mail</translation>
    </message>
</context>
<context>
    <name>EmailLinkWait</name>
    <message>
        <source>We sent a sign-in link to %1. Open it on this device or any other: this screen continues on its own.</source>
        <translation>Enviamos um link de login para %1. Abra-o neste ou em qualquer outro dispositivo: esta tela continuará automaticamente.</translation>
    </message>
    <message>
        <source>Resend link</source>
        <translation>Reenviar link</translation>
    </message>
    <message>
        <source>Send a new link</source>
        <translation>Enviar um novo link</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Waiting for the link to be opened</source>
        <translation>Aguardando a abertura do link</translation>
    </message>
</context>
<context>
    <name>IdentificationsPage</name>
    <message>
        <source>Enter a phone number.</source>
        <translation>Digite um número de telefone.</translation>
    </message>
    <message>
        <source>Enter an email address.</source>
        <translation>Digite um endereço de e-mail.</translation>
    </message>
    <message>
        <source>Enter the code.</source>
        <translation>Digite o código.</translation>
    </message>
    <message>
        <source>%1 is verified.</source>
        <translation>%1 foi verificado.</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>%1 foi removido.</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Não verificado</translation>
    </message>
    <message>
        <source>Two-step verification</source>
        <translation>Verificação em duas etapas</translation>
    </message>
    <message>
        <source>Use for two-step verification</source>
        <translation>Usar na verificação em duas etapas</translation>
    </message>
    <message>
        <source>Use %1 for two-step verification</source>
        <translation>Usar %1 na verificação em duas etapas</translation>
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
        <translation>Tornar principal</translation>
    </message>
    <message>
        <source>Make %1 primary</source>
        <translation>Tornar %1 principal</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remover %1</translation>
    </message>
    <message>
        <source>No phone numbers yet.</source>
        <translation>Nenhum número de telefone ainda.</translation>
    </message>
    <message>
        <source>No email addresses yet.</source>
        <translation>Nenhum endereço de e-mail ainda.</translation>
    </message>
    <message>
        <source>Add phone number</source>
        <translation>Adicionar número de telefone</translation>
    </message>
    <message>
        <source>Add email address</source>
        <translation>Adicionar endereço de e-mail</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de telefone</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Endereço de e-mail</translation>
    </message>
    <message>
        <source>+15555550100</source>
        <translation>+15555550100</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>voce@example.com</translation>
    </message>
    <message>
        <source>A text message with a verification code will be sent to this number.</source>
        <translation>Uma mensagem de texto com um código de verificação será enviada para este número.</translation>
    </message>
    <message>
        <source>An email with a verification code will be sent to this address.</source>
        <translation>Um e-mail com um código de verificação será enviado para este endereço.</translation>
    </message>
    <message>
        <source>Enter the verification code sent to %1</source>
        <translation>Digite o código de verificação enviado para %1</translation>
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
        <translation>Adicionar</translation>
    </message>
</context>
<context>
    <name>IdentifierField</name>
    <message>
        <source>Email address</source>
        <translation>Endereço de e-mail</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de telefone</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nome de usuário</translation>
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
        <translation>voce@example.com</translation>
    </message>
    <message>
        <source>Email address or phone number</source>
        <translation>E-mail ou número de telefone</translation>
    </message>
    <message>
        <source>Email address or username</source>
        <translation>E-mail ou nome de usuário</translation>
    </message>
    <message>
        <source>Phone number or username</source>
        <translation>Número de telefone ou nome de usuário</translation>
    </message>
    <message>
        <source>Email address, phone number or username</source>
        <translation>E-mail, número de telefone ou nome de usuário</translation>
    </message>
</context>
<context>
    <name>OAuthButtons</name>
    <message>
        <source>Continue with %1</source>
        <translation>Continuar com %1</translation>
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
        <translation>Domínios verificados</translation>
    </message>
    <message>
        <source>Enter a domain, such as example.com.</source>
        <translation>Digite um domínio, como example.com.</translation>
    </message>
    <message>
        <source>%1 is verified.</source>
        <translation>%1 foi verificado.</translation>
    </message>
    <message>
        <source>Enter your address at %1.</source>
        <translation>Digite seu endereço de e-mail em %1.</translation>
    </message>
    <message>
        <source>Enter the code.</source>
        <translation>Digite o código.</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>%1 foi removido.</translation>
    </message>
    <message>
        <source>Automatic invitation</source>
        <translation>Convite automático</translation>
    </message>
    <message>
        <source>Automatic suggestion</source>
        <translation>Sugestão automática</translation>
    </message>
    <message>
        <source>No automatic enrollment</source>
        <translation>Sem inscrição automática</translation>
    </message>
    <message>
        <source>People with a verified email address at a verified domain can be invited to, or offered, this organization.</source>
        <translation>Pessoas com um endereço de e-mail verificado em um domínio verificado podem receber um convite ou uma sugestão para participar desta organização.</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Não verificado</translation>
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
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remover %1</translation>
    </message>
    <message>
        <source>Enrollment: %1</source>
        <translation>Inscrição: %1</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 para %2</translation>
    </message>
    <message>
        <source>No domains yet.</source>
        <translation>Nenhum domínio ainda.</translation>
    </message>
    <message>
        <source>Add domain</source>
        <translation>Adicionar domínio</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domínio</translation>
    </message>
    <message>
        <source>Your email address at %1</source>
        <translation>Seu endereço de e-mail em %1</translation>
    </message>
    <message>
        <source>Code sent to %1</source>
        <translation>Código enviado para %1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
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
            <numerusform>%n sugestão pendente</numerusform>
            <numerusform>%n sugestões pendentes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganizationGeneralPage</name>
    <message>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>Organization updated.</source>
        <translation>Organização atualizada.</translation>
    </message>
    <message>
        <source>Logo updated.</source>
        <translation>Logotipo atualizado.</translation>
    </message>
    <message>
        <source>Logo removed.</source>
        <translation>Logotipo removido.</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Escolha um logotipo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Imagens (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>Upload logo</source>
        <translation>Enviar logotipo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Remover logotipo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Rótulo da URL</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar alterações</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Save organization</source>
        <translation>Salvar organização</translation>
    </message>
    <message>
        <source>Leave organization</source>
        <translation>Sair da organização</translation>
    </message>
    <message>
        <source>You will lose access to %1 and its data until you are invited again.</source>
        <translation>Você perderá o acesso a %1 e aos dados dela até receber um novo convite.</translation>
    </message>
    <message>
        <source>Remove yourself from this organization.</source>
        <translation>Deixe de ser membro desta organização.</translation>
    </message>
    <message>
        <source>Stay in the organization</source>
        <translation>Permanecer na organização</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Confirm leaving the organization</source>
        <translation>Confirmar a saída da organização</translation>
    </message>
    <message>
        <source>Delete organization</source>
        <translation>Excluir organização</translation>
    </message>
    <message>
        <source>Deleting the organization removes it for every member. This cannot be undone.</source>
        <translation>Ao excluir a organização, ela deixa de existir para todos os membros. Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <source>Type &quot;%1&quot; to confirm</source>
        <translation>Digite &quot;%1&quot; para confirmar</translation>
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
        <translation>Convites</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membro</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Enter at least one email address.</source>
        <translation>Digite pelo menos um endereço de e-mail.</translation>
    </message>
    <message>
        <source>Invitation sent to %1.</source>
        <translation>Convite enviado para %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) sent.</source>
        <translation>
            <numerusform>%n convite enviado.</numerusform>
            <numerusform>%n convites enviados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invitation to %1 revoked.</source>
        <translation>Convite para %1 revogado.</translation>
    </message>
    <message>
        <source>Invite people to %1 by email. They join with the role you choose once they accept.</source>
        <translation>Convide pessoas para %1 por e-mail. Elas entram com a função que você escolher assim que aceitarem.</translation>
    </message>
    <message>
        <source>Email addresses</source>
        <translation>Endereços de e-mail</translation>
    </message>
    <message>
        <source>name@example.com, other@example.com</source>
        <translation>nome@example.com, outro@example.com</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Send invitations</source>
        <translation>Enviar convites</translation>
    </message>
    <message>
        <source>Pending invitations</source>
        <translation>Convites pendentes</translation>
    </message>
    <message>
        <source>No pending invitations.</source>
        <translation>Nenhum convite pendente.</translation>
    </message>
    <message>
        <source>Invited as %1 · %2</source>
        <translation>Convite como %1 · %2</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revogar</translation>
    </message>
    <message>
        <source>Revoke the invitation to %1</source>
        <translation>Revogar o convite para %1</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Previous invitations</source>
        <translation>Convites anteriores</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 de %3</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Próximo</translation>
    </message>
    <message>
        <source>Next invitations</source>
        <translation>Próximos convites</translation>
    </message>
    <message>
        <source>The role the invited people get</source>
        <extracomment>Read after the role picker&apos;s name: what the chosen role is for</extracomment>
        <translation>A função que as pessoas convidadas receberão</translation>
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
        <translation>Organizações</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <source>You are not a member of any organization yet.</source>
        <translation>Você ainda não é membro de nenhuma organização.</translation>
    </message>
    <message>
        <source>Create organization</source>
        <translation>Criar organização</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Convites</translation>
    </message>
    <message>
        <source>Invited as %1</source>
        <translation>Convite como %1</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceitar</translation>
    </message>
    <message>
        <source>Accept the invitation to %1</source>
        <translation>Aceitar o convite para %1</translation>
    </message>
    <message>
        <source>Suggested for you</source>
        <translation>Sugestões para você</translation>
    </message>
    <message>
        <source>Request to join</source>
        <translation>Solicitar participação</translation>
    </message>
    <message>
        <source>Request to join %1</source>
        <translation>Solicitar participação em %1</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitação enviada</translation>
    </message>
    <message>
        <source>Requested to join %1</source>
        <translation>Solicitação de participação em %1 enviada</translation>
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
        <translation>Membros</translation>
    </message>
    <message>
        <source>Search members</source>
        <translation>Pesquisar membros</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (você)</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Função de %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remover %1</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Previous page of members</source>
        <translation>Página anterior de membros</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Próximo</translation>
    </message>
    <message>
        <source>Next page of members</source>
        <translation>Próxima página de membros</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membro</numerusform>
            <numerusform>%n membros</numerusform>
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
        <translation>Organização</translation>
    </message>
    <message>
        <source>Manage this organization.</source>
        <translation>Gerencie esta organização.</translation>
    </message>
</context>
<context>
    <name>OrganizationRequestsPage</name>
    <message>
        <source>Requests</source>
        <translation>Solicitações</translation>
    </message>
    <message>
        <source>%1 is now a member.</source>
        <translation>%1 agora é membro.</translation>
    </message>
    <message>
        <source>%1&apos;s request was rejected.</source>
        <translation>A solicitação de %1 foi rejeitada.</translation>
    </message>
    <message>
        <source>People with an address at one of your verified domains who asked to join.</source>
        <translation>Pessoas com um endereço em um dos seus domínios verificados que pediram para participar.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceitar</translation>
    </message>
    <message>
        <source>Accept %1</source>
        <translation>Aceitar %1</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeitar</translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation>Rejeitar %1</translation>
    </message>
    <message>
        <source>No pending requests.</source>
        <translation>Nenhuma solicitação pendente.</translation>
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
            <numerusform>%n convite pendente</numerusform>
            <numerusform>%n convites pendentes</numerusform>
        </translation>
    </message>
    <message>
        <source>Personal account</source>
        <translation>Conta pessoal</translation>
    </message>
    <message>
        <source>Accept invitation to %1</source>
        <translation>Aceitar o convite para %1</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceitar</translation>
    </message>
    <message>
        <source>Create organization</source>
        <translation>Criar organização</translation>
    </message>
    <message>
        <source>Switch organization, current: %1</source>
        <extracomment>The organization switcher button, as screen readers name it; %1 is the active organization or &quot;Personal account&quot;</extracomment>
        <translation>Trocar de organização; atual: %1</translation>
    </message>
</context>
<context>
    <name>PasswordPage</name>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Digite sua senha atual.</translation>
    </message>
    <message>
        <source>Enter a new password.</source>
        <translation>Digite uma nova senha.</translation>
    </message>
    <message>
        <source>Passwords don&apos;t match.</source>
        <translation>As senhas não coincidem.</translation>
    </message>
    <message>
        <source>Password updated.</source>
        <translation>Senha atualizada.</translation>
    </message>
    <message>
        <source>Password set.</source>
        <translation>Senha definida.</translation>
    </message>
    <message>
        <source>Password removed.</source>
        <translation>Senha removida.</translation>
    </message>
    <message>
        <source>Change the password you sign in with.</source>
        <translation>Altere a senha que você usa para fazer login.</translation>
    </message>
    <message>
        <source>You have no password yet. Set one to sign in with it.</source>
        <translation>Você ainda não tem uma senha. Defina uma para fazer login com ela.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Senha atual</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nova senha</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Confirmar senha</translation>
    </message>
    <message>
        <source>Sign out of all other devices</source>
        <translation>Sair de todos os outros dispositivos</translation>
    </message>
    <message>
        <source>Update password</source>
        <translation>Atualizar senha</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Definir senha</translation>
    </message>
    <message>
        <source>Remove password</source>
        <translation>Remover senha</translation>
    </message>
</context>
<context>
    <name>PhoneNumbersPage</name>
    <message>
        <source>Phone numbers</source>
        <translation>Números de telefone</translation>
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
        <translation>Perfil atualizado.</translation>
    </message>
    <message>
        <source>Profile image updated.</source>
        <translation>Imagem de perfil atualizada.</translation>
    </message>
    <message>
        <source>Profile image removed.</source>
        <translation>Imagem de perfil removida.</translation>
    </message>
    <message>
        <source>Choose a profile image</source>
        <translation>Escolha uma imagem de perfil</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Imagens (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>Profile image</source>
        <translation>Imagem de perfil</translation>
    </message>
    <message>
        <source>PNG, JPEG, GIF or WebP</source>
        <translation>PNG, JPEG, GIF ou WebP</translation>
    </message>
    <message>
        <source>Upload image</source>
        <translation>Enviar imagem</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove profile image</source>
        <translation>Remover imagem de perfil</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sobrenome</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar alterações</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Salvar perfil</translation>
    </message>
    <message>
        <source>Profile image of %1</source>
        <translation>Imagem de perfil de %1</translation>
    </message>
</context>
<context>
    <name>Reverification</name>
    <message>
        <source>Your account has no way to verify that this app supports.</source>
        <translation>Sua conta não tem nenhum método de verificação compatível com este aplicativo.</translation>
    </message>
    <message>
        <source>Use your password</source>
        <translation>Usar sua senha</translation>
    </message>
    <message>
        <source>Email me a code</source>
        <translation>Enviar um código por e-mail</translation>
    </message>
    <message>
        <source>Text me a code</source>
        <translation>Enviar um código por SMS</translation>
    </message>
    <message>
        <source>Use your authenticator app</source>
        <translation>Usar seu aplicativo autenticador</translation>
    </message>
    <message>
        <source>Use a backup code</source>
        <translation>Usar um código de backup</translation>
    </message>
    <message>
        <source>Verify it&apos;s you</source>
        <translation>Confirme que é você</translation>
    </message>
    <message>
        <source>Enter your password to continue</source>
        <translation>Digite sua senha para continuar</translation>
    </message>
    <message>
        <source>Enter the code sent to your email</source>
        <translation>Digite o código enviado para seu e-mail</translation>
    </message>
    <message>
        <source>Enter the code sent to your phone</source>
        <translation>Digite o código enviado para seu telefone</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app</source>
        <translation>Digite o código do seu aplicativo autenticador</translation>
    </message>
    <message>
        <source>Enter one of your backup codes</source>
        <translation>Digite um dos seus códigos de backup</translation>
    </message>
    <message>
        <source>This action needs you to confirm your identity</source>
        <translation>Esta ação exige que você confirme sua identidade</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
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
        <translation>Escolha uma organização</translation>
    </message>
    <message>
        <source>Set up two-step verification</source>
        <translation>Configure a verificação em duas etapas</translation>
    </message>
    <message>
        <source>One more step: %1</source>
        <translation>Mais uma etapa: %1</translation>
    </message>
    <message>
        <source>This application needs an organization. Choose the one to continue with.</source>
        <translation>Este aplicativo precisa de uma organização. Escolha com qual deseja continuar.</translation>
    </message>
    <message>
        <source>This application requires two-step verification. Add an authenticator app to continue.</source>
        <translation>Este aplicativo exige verificação em duas etapas. Adicione um aplicativo autenticador para continuar.</translation>
    </message>
    <message>
        <source>This app cannot finish this step; finish it on the web.</source>
        <translation>Este aplicativo não consegue concluir esta etapa; conclua-a na web.</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Welcome back! Please sign in to continue</source>
        <translation>Que bom ver você de novo! Faça login para continuar</translation>
    </message>
    <message>
        <source>This account needs a second factor this app cannot offer.</source>
        <translation>Esta conta precisa de um segundo fator que este aplicativo não oferece.</translation>
    </message>
    <message>
        <source>No sign-in method this app supports is enabled for this account.</source>
        <translation>Nenhum método de login compatível com este aplicativo está ativado para esta conta.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Digite sua senha.</translation>
    </message>
    <message>
        <source>Enter a new password.</source>
        <translation>Digite uma nova senha.</translation>
    </message>
    <message>
        <source>Passwords don&apos;t match.</source>
        <translation>As senhas não coincidem.</translation>
    </message>
    <message>
        <source>Verify it&apos;s you on this new device</source>
        <translation>Confirme que é você neste novo dispositivo</translation>
    </message>
    <message>
        <source>Two-step verification</source>
        <translation>Verificação em duas etapas</translation>
    </message>
    <message>
        <source>Check your email</source>
        <translation>Verifique seu e-mail</translation>
    </message>
    <message>
        <source>Check your phone</source>
        <translation>Verifique seu telefone</translation>
    </message>
    <message>
        <source>Check your inbox</source>
        <translation>Verifique sua caixa de entrada</translation>
    </message>
    <message>
        <source>Forgot password?</source>
        <translation>Esqueceu a senha?</translation>
    </message>
    <message>
        <source>Set new password</source>
        <translation>Definir nova senha</translation>
    </message>
    <message>
        <source>Enter the code sent to your phone</source>
        <translation>Digite o código enviado para seu telefone</translation>
    </message>
    <message>
        <source>Enter the code sent to your email</source>
        <translation>Digite o código enviado para seu e-mail</translation>
    </message>
    <message>
        <source>We&apos;ll send you a code to reset your password</source>
        <translation>Enviaremos um código para você redefinir sua senha</translation>
    </message>
    <message>
        <source>Use the link we emailed you to continue</source>
        <translation>Use o link que enviamos por e-mail para continuar</translation>
    </message>
    <message>
        <source>Choose a new password for your account</source>
        <translation>Escolha uma nova senha para sua conta</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app</source>
        <translation>Digite o código do seu aplicativo autenticador</translation>
    </message>
    <message>
        <source>Enter one of your backup codes</source>
        <translation>Digite um dos seus códigos de backup</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Alterar</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Backup code</source>
        <translation>Código de backup</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Código de verificação</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nova senha</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Confirmar senha</translation>
    </message>
    <message>
        <source>Sign out of all other devices</source>
        <translation>Sair de todos os outros dispositivos</translation>
    </message>
    <message>
        <source>Text a code to %1</source>
        <translation>Enviar um código por SMS para %1</translation>
    </message>
    <message>
        <source>Email a code to %1</source>
        <translation>Enviar um código por e-mail para %1</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Redefinir senha</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Email me a code instead</source>
        <translation>Enviar um código por e-mail</translation>
    </message>
    <message>
        <source>Text me a code instead</source>
        <translation>Enviar um código por SMS</translation>
    </message>
    <message>
        <source>Email me a sign-in link</source>
        <translation>Enviar um link de login por e-mail</translation>
    </message>
    <message>
        <source>Resend code</source>
        <translation>Reenviar código</translation>
    </message>
    <message>
        <source>Back to password</source>
        <translation>Voltar para a senha</translation>
    </message>
    <message>
        <source>Use your password instead</source>
        <translation>Usar sua senha</translation>
    </message>
    <message>
        <source>Use your authenticator app instead</source>
        <translation>Usar seu aplicativo autenticador</translation>
    </message>
    <message>
        <source>Use a backup code instead</source>
        <translation>Usar um código de backup</translation>
    </message>
    <message>
        <source>Don&apos;t have an account?</source>
        <translation>Não tem uma conta?</translation>
    </message>
    <message>
        <source>Sign up</source>
        <translation>Cadastre-se</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <extracomment>%1 is the identifier field&apos;s label, e.g. &quot;Email address or username&quot;</extracomment>
        <translation>%1 é obrigatório.</translation>
    </message>
</context>
<context>
    <name>SignUp</name>
    <message>
        <source>Create your account</source>
        <translation>Crie sua conta</translation>
    </message>
    <message>
        <source>Welcome! Please fill in the details to get started</source>
        <translation>Boas-vindas! Preencha seus dados para começar</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Verify your phone number</source>
        <translation>Verifique seu número de telefone</translation>
    </message>
    <message>
        <source>Verify your email</source>
        <translation>Verifique seu e-mail</translation>
    </message>
    <message>
        <source>Fill in missing fields</source>
        <translation>Preencha os campos que faltam</translation>
    </message>
    <message>
        <source>Enter the code sent to %1</source>
        <translation>Digite o código enviado para %1</translation>
    </message>
    <message>
        <source>Please fill in the remaining details to continue</source>
        <translation>Preencha os dados restantes para continuar</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sobrenome</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Endereço de e-mail</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de telefone</translation>
    </message>
    <message>
        <source>+1 555 555 0100</source>
        <translation>+1 555 555 0100</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>I agree to the Terms of Service and Privacy Policy</source>
        <translation>Eu concordo com os Termos de Serviço e a Política de Privacidade</translation>
    </message>
    <message>
        <source>Terms of Service</source>
        <translation>Termos de Serviço</translation>
    </message>
    <message>
        <source>Privacy Policy</source>
        <translation>Política de Privacidade</translation>
    </message>
    <message>
        <source>I agree to the %1 and %2</source>
        <translation>Eu concordo com os %1 e a %2</translation>
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
        <translation>Já tem uma conta?</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
</context>
<context>
    <name>TwoFactorPage</name>
    <message>
        <source>Two-step verification</source>
        <translation>Verificação em duas etapas</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>Digite o código do seu aplicativo autenticador.</translation>
    </message>
    <message>
        <source>Add authenticator application</source>
        <translation>Adicionar aplicativo autenticador</translation>
    </message>
    <message>
        <source>Save your backup codes</source>
        <translation>Salve seus códigos de backup</translation>
    </message>
    <message>
        <source>Authenticator application</source>
        <translation>Aplicativo autenticador</translation>
    </message>
    <message>
        <source>On: sign-ins ask for a code from your authenticator app.</source>
        <translation>Ativado: o login pede um código do seu aplicativo autenticador.</translation>
    </message>
    <message>
        <source>Use an app such as Google Authenticator or 1Password to generate sign-in codes.</source>
        <translation>Use um aplicativo como o Google Authenticator ou o 1Password para gerar códigos de login.</translation>
    </message>
    <message>
        <source>Add authenticator app</source>
        <translation>Adicionar aplicativo autenticador</translation>
    </message>
    <message>
        <source>Add an authenticator app</source>
        <translation>Adicionar um aplicativo autenticador</translation>
    </message>
    <message>
        <source>Remove authenticator app</source>
        <translation>Remover aplicativo autenticador</translation>
    </message>
    <message>
        <source>Backup codes</source>
        <translation>Códigos de backup</translation>
    </message>
    <message>
        <source>Single-use codes for when you cannot use your other second factor. A new set replaces the old one.</source>
        <translation>Códigos de uso único para quando você não puder usar seu outro segundo fator. Um novo conjunto substitui o anterior.</translation>
    </message>
    <message>
        <source>Regenerate codes</source>
        <translation>Gerar novos códigos</translation>
    </message>
    <message>
        <source>Regenerate backup codes</source>
        <translation>Gerar novos códigos de backup</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Mensagem de texto</translation>
    </message>
    <message>
        <source>Sign-ins can ask for a code sent to one of your verified phone numbers.</source>
        <translation>O login pode pedir um código enviado para um dos seus números de telefone verificados.</translation>
    </message>
    <message>
        <source>Add and verify a phone number first to receive sign-in codes by text message.</source>
        <translation>Primeiro adicione e verifique um número de telefone para receber códigos de login por SMS.</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Padrão</translation>
    </message>
    <message>
        <source>Use for sign-in codes</source>
        <translation>Usar para códigos de login</translation>
    </message>
    <message>
        <source>Use %1 for sign-in codes</source>
        <translation>Usar %1 para códigos de login</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>Tornar padrão</translation>
    </message>
    <message>
        <source>Make %1 the default second factor</source>
        <translation>Tornar %1 o segundo fator padrão</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Stop sending sign-in codes to %1</source>
        <translation>Parar de enviar códigos de login para %1</translation>
    </message>
    <message>
        <source>Scan this QR code with your authenticator app, then enter the code it shows.</source>
        <translation>Escaneie este código QR com seu aplicativo autenticador e digite o código exibido.</translation>
    </message>
    <message>
        <source>QR code for your authenticator app</source>
        <translation>Código QR para seu aplicativo autenticador</translation>
    </message>
    <message>
        <source>Can&apos;t scan it? Enter this key in the app instead:</source>
        <translation>Não consegue escanear? Digite esta chave no aplicativo:</translation>
    </message>
    <message>
        <source>Secret key for your authenticator app</source>
        <translation>Chave secreta para seu aplicativo autenticador</translation>
    </message>
    <message>
        <source>Keep these codes somewhere safe. Each one signs you in once if you lose your second factor. They will not be shown again.</source>
        <translation>Guarde estes códigos em um lugar seguro. Cada um permite fazer login uma vez se você perder seu segundo fator. Eles não serão exibidos novamente.</translation>
    </message>
    <message>
        <source>Copied to the clipboard</source>
        <translation>Copiado para a área de transferência</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel adding the authenticator app</source>
        <translation>Cancelar a adição do aplicativo autenticador</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Verify the code</source>
        <translation>Verificar o código</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the backup codes</source>
        <translation>Copiar os códigos de backup</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>I have saved the backup codes</source>
        <translation>Salvei os códigos de backup</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <extracomment>%1 is the secret key (letters and digits) an authenticator app accepts instead of the QR code.</extracomment>
        <translation>Chave: %1</translation>
    </message>
</context>
<context>
    <name>UserButton</name>
    <message>
        <source>User menu of %1</source>
        <translation>Menu de usuário de %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sem conexão</translation>
    </message>
    <message>
        <source>Offline: showing the last known account</source>
        <translation>Sem conexão: exibindo a última conta conhecida</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Switch organization</source>
        <translation>Trocar de organização</translation>
    </message>
    <message>
        <source>Personal account</source>
        <translation>Conta pessoal</translation>
    </message>
    <message>
        <source>Switch account</source>
        <translation>Trocar de conta</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Adicionar conta</translation>
    </message>
    <message>
        <source>Manage account</source>
        <translation>Gerenciar conta</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Sign out of all accounts</source>
        <translation>Sair de todas as contas</translation>
    </message>
</context>
<context>
    <name>UserProfile</name>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Manage your account info.</source>
        <translation>Gerencie as informações da sua conta.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <extracomment>The name of the list of pages in UserProfile/OrganizationProfile; %1 is its heading (&quot;Account&quot;).</extracomment>
        <translation>Páginas de %1</translation>
    </message>
</context>
</TS>
