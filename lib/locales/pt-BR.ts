import type { Messages } from '../i18n';

/** Brazilian Portuguese. */
export const ptBR: Messages = {
	// Help
	help_profile: [
		'*/profile*: edite seu próprio perfil pelo chat',
		'`/profile show`: mostra seu perfil',
		'`/profile set <campo> <valor…>`: altere um campo, por ex. `/profile set bio Eu construo foguetes`',
		'`/profile set c1=v1 c2="v 2"`: altere vários campos de uma vez',
		'`/profile set status <online|away|busy|offline> [texto…]`: seu status e, se quiser, o texto dele',
		'`/profile set status busy Em reunião por 1h` (ou `por 30m`, `até 17:00`, `até amanhã 9:00`): um status que termina sozinho; depois o anterior volta',
		'`/profile set status "<status personalizado>" [por …|até …]`: um dos status personalizados do workspace; `/profile statuses` lista todos',
		'`/profile clear <bio|nickname|text|status>`: esvazie um campo (`status`: volta a online, sem texto)',
		'`/profile set email <endereço>`: altere seu e-mail (confirmado com seu segundo fator)',
		'`/profile password`: altere sua senha',
		'`/profile edit`: edite tudo em um formulário',
		'`/profile login` / `/profile logout`: vincule ou desvincule sua conta',
		'`/profile queue`: suas alterações aguardando o limite de requisições do servidor; `/profile queue cancel <número|campo|all>` as cancela',
		'`/profile set avatar <url>` / `/profile reset avatar`: sua foto a partir de um endereço web, ou de volta à padrão',
		'`/profile set language <código|nome>`: seu idioma no Rocket.Chat (minhas respostas o seguem)',
		'`/profile verify-email`: enviar de novo o e-mail de verificação',
		'`/profile logout-others`: encerrar suas outras sessões (este vínculo continua funcionando)',
		'`/profile 2fa email on|off`: códigos de dois fatores por e-mail',
		'Campos: {fields}',
	].join('\n'),
	help_admin: [
		'*/admin-user*: gerencie outros usuários (somente admins)',
		'`<usuário>` é `@nomedeusuario`, `nomedeusuario` ou um id de usuário.',
		'`/admin-user show <usuário>`: perfil, papéis, estado ativo, verificação do e-mail',
		'`/admin-user list [busca…] [role:<papel>] [active|inactive]`: encontrar usuários, uma página por vez, cada um com Editar e Ativar/Desativar',
		'`/admin-user create`: adicionar um usuário num formulário (senha definida manualmente ou aleatória enviada por e-mail)',
		'`/admin-user invite <endereço…>`: convites por e-mail para entrar no workspace',
		'`/admin-user set <usuário> <campo> <valor…>` ou `… c1=v1 c2="v 2"`: altere campos',
		'`/admin-user activate <usuário…>` / `deactivate <usuário…>`: ative ou desative um ou vários usuários',
		'`/admin-user roles <usuário> add|remove|set <papel…>`: altere papéis',
		'`/admin-user verify <usuário>`: marque o e-mail como verificado',
		'`/admin-user password <usuário>`: defina uma senha nova ou aleatória',
		'`/admin-user edit <usuário>`: edite em um formulário',
		'`/admin-user delete <user> [relinquish]`: excluir uma conta, após uma confirmação (`relinquish`: as salas de que é o único dono ganham outro dono ou são removidas)',
		'`/admin-user reset-2fa <user> [totp|e2e]`: redefinir o autenticador (TOTP, o padrão) ou a chave de criptografia E2E',
		'`/admin-user logout <user>`: encerrar todas as sessões e dispositivos',
		'`/admin-user doctor`: verifica o que o app encontra neste servidor (configurações, limites, permissões)',
		'Campos: {fields}',
		'O status (online, ausente, ocupado, offline) não é um deles: é a presença do próprio usuário, que nem o formulário de administração do Rocket.Chat nem o `users.update` definem; a mensagem de status é `text`.',
	].join('\n'),

	// Linking
	not_linked:
		'Sua conta ainda não está vinculada ao app. Vincule-a uma vez e execute o comando de novo.',
	button_link_account: 'Vincular minha conta',
	button_relink: 'Vincular de novo',
	resume_after_link: 'Assim que sua conta estiver vinculada, vou executar `{command}` para você.',
	already_linked:
		'Sua conta já está vinculada a {host}. Para vinculá-la de novo (outra senha, um novo token), use o botão.',
	link_modal_title: 'Vincule sua conta',
	link_modal_intro:
		'O app age no servidor em seu nome, então precisa do seu login uma vez. Use sua senha ou cole um token de acesso pessoal (para contas que entram por SSO ou LDAP). Você está entrando como @{username}.',
	link_modal_host:
		'O que você digitar aqui é enviado somente para {host}, o servidor indicado na configuração “Server URL” do app.',
	link_modal_unmasked:
		'Os formulários do Rocket.Chat não conseguem ocultar o que você digita: garanta que ninguém possa ver sua tela. Sua senha é convertida em hash na hora e nunca é armazenada; só se o servidor pedir um código o app guarda o hash, até o código ser digitado (no máximo 10 minutos).',
	link_password_label: 'Senha',
	link_code_label: 'Código de dois fatores (se sua conta usar)',
	link_token_label: 'Ou: token de acesso pessoal',
	link_token_hint: 'Crie um em Minha Conta → Tokens de acesso pessoal.',
	link_submit: 'Vincular',
	cancel: 'Cancelar',
	link_code_step_totp:
		'Senha aceita. Sua conta também usa um app autenticador: digite o código atual (ou um código de backup).',
	link_code_step_email:
		'Senha aceita. Enviamos um código de login para o seu e-mail: digite-o aqui.',
	link_step_expired:
		'A etapa do código esperou mais de 10 minutos, então o app descartou sua senha: digite-a novamente.',
	link_error_choose_one: 'Preencha sua senha ou um token, não os dois.',
	link_error_nothing: 'Preencha sua senha ou cole um token.',
	link_error_wrong_password: 'Senha incorreta.',
	signin_sso_use_token:
		'A senha não foi aceita. Se você entra com {names}, sua conta não tem senha aqui: cole um token de acesso pessoal no campo de token abaixo (Minha Conta → Tokens de acesso pessoal).',
	signin_blocked_user:
		'O servidor pausou o login da sua conta após tentativas malsucedidas demais. Tente novamente em {minutes} minutos: o app não tentará antes disso, porque cada tentativa durante a pausa a prolonga. Um token de acesso pessoal continua funcionando enquanto isso.',
	signin_blocked_address:
		'O servidor pausou os logins vindos do seu próprio endereço, compartilhado por todos os logins feitos pelo app, após tentativas malsucedidas demais. Tente novamente em {minutes} minutos: o app não tentará antes disso, porque cada tentativa durante a pausa a prolonga. Um token de acesso pessoal continua funcionando enquanto isso.',
	signin_blocked_address_admin:
		'Como admin, você pode adicionar o endereço de onde o app chama o servidor à configuração Block_Multiple_Failed_Logins_Ip_Whitelist (Administração → Configurações → Contas; separados por vírgula, sem espaços).',
	signin_not_activated:
		'O servidor recusa o seu login: sua conta está desativada. Peça a um admin para ativá-la.',
	signin_email_not_verified:
		'O servidor só permite o login de usuários com e-mail verificado. Verifique o seu pelo link que o servidor enviou (ou peça a um admin) e vincule de novo.',
	signin_app_user: 'O servidor não permite que usuários de app façam login.',
	signin_no_roles:
		'O servidor recusa o seu login: sua conta não tem nenhum papel. Peça a um admin para atribuir um.',
	signin_ldap_use_token:
		'A senha não foi aceita. Este workspace faz login via LDAP, que precisa da senha exatamente como digitada, e o app nunca a envia assim: vincule com um token de acesso pessoal (Minha Conta → Tokens de acesso pessoal).',
	link_error_code_needed: 'Digite o código de dois fatores.',
	link_error_token_invalid:
		'O servidor não aceita este token para a sua conta: cole um token criado por você e copiado por inteiro.',
	link_error_token_other_user:
		'Este token pertence a outro usuário (@{username}). Cole um token da sua própria conta.',
	linked_ok: 'Sua conta está vinculada. Experimente `/profile show`.',
	resume_running: 'Executando agora `{command}`, como você pediu antes de vincular.',
	logout_ok: 'Conta desvinculada: o app encerrou a sessão e esqueceu sua credencial.',
	logout_ok_token:
		'Conta desvinculada: o app esqueceu seu token de acesso pessoal. O token em si continua válido: remova-o em Minha Conta → Tokens de acesso pessoal se não precisar mais dele.',
	logout_not_linked: 'Nada a fazer: sua conta não está vinculada.',
	credential_other_server:
		'O app agora envia as requisições para {host}, e não para o servidor com o qual você vinculou a conta ({old}). Seu vínculo salvo não foi enviado para lá e não é mais usado: vincule sua conta novamente.',
	credential_unbound:
		'Seu vínculo foi salvo por uma versão anterior do app, que não registrava a qual servidor ele pertence; por isso ele não é mais usado: vincule sua conta novamente (uma vez).',
	credential_lost:
		'O servidor não aceita mais seu vínculo (ele pode ter expirado ou sido revogado), então o app o esqueceu. Vincule sua conta novamente.',

	// Showing
	show_title: '*Seu perfil*',
	show_title_other: '*Perfil de* @{username}',
	show_name: 'Nome: {value}',
	show_username: 'Nome de usuário: @{value}',
	show_nickname: 'Apelido: {value}',
	show_email: 'E-mail: {value} ({verified})',
	show_email_none: 'E-mail: (nenhum)',
	show_verified: 'verificado',
	show_not_verified: 'não verificado',
	show_bio: 'Biografia: {value}',
	show_status: 'Status: {value}',
	show_status_text: 'Texto de status: {value}',
	show_custom: '{field}: {value}',
	show_roles: 'Papéis: {value}',
	show_active: 'Ativo: {value}',
	show_require_password_change: 'Precisa alterar a senha no próximo login: {value}',
	yes: 'sim',
	no: 'não',
	empty: '(vazio)',

	// Changes
	changed_title: 'Perfil atualizado:',
	changed_title_other: '@{username} atualizado:',
	changed_line: '• {field}: {old} → {new}',
	nothing_to_change: 'Nada a alterar: {field} já está como {value}.',
	nothing_changed: 'Nada foi alterado.',
	email_change_note:
		'Seu novo endereço de e-mail ainda não foi verificado: confira sua caixa de entrada.',
	password_changed: 'Sua senha foi alterada. Suas outras sessões foram encerradas.',

	// Account (lib/account.ts): avatar, verification e-mail, sessions, language, e-mail 2FA
	avatar_changed: 'Seu avatar agora vem de {url}.',
	avatar_reset: 'Seu avatar voltou ao padrão.',
	error_avatar_change_off:
		'Este workspace não permite que usuários alterem o avatar (configuração `Accounts_AllowUserAvatarChange`).',
	error_avatar_fetch:
		'O servidor não conseguiu carregar uma imagem desse endereço: ele precisa responder com uma imagem.',
	verify_email_sent: 'Um e-mail de verificação foi enviado para {email}: siga o link dele.',
	verify_email_already: 'Seu endereço de e-mail {email} já está verificado.',
	verify_email_none:
		'Sua conta não tem endereço de e-mail: defina um com `/profile set email <endereço>`.',
	verify_email_failed:
		'O servidor não enviou o e-mail de verificação: não encontrou conta com {email}.',
	logout_others_done:
		'Suas outras sessões foram encerradas. O vínculo deste app com sua conta continua funcionando.',
	language_changed: 'Seu idioma agora é {language}.',
	language_changed_unsupported:
		'Seu idioma no Rocket.Chat agora é {language}. Eu só respondo em English, Português (Brasil), Deutsch e Español, então continuo usando o idioma do workspace para você.',
	email_2fa_enabled:
		'Os códigos de dois fatores por e-mail estão ativados. O Rocket.Chat encerrou suas outras sessões, como faz ao ativá-los; o vínculo deste app continua funcionando.',
	email_2fa_disabled: 'Os códigos de dois fatores por e-mail estão desativados.',
	email_2fa_already_on: 'Os códigos de dois fatores por e-mail já estão ativados.',
	email_2fa_already_off: 'Os códigos de dois fatores por e-mail já estão desativados.',
	email_2fa_unverified:
		'Verifique seu endereço de e-mail primeiro (`/profile verify-email`): o servidor só ativa códigos por e-mail quando todos os endereços estão verificados.',
	email_2fa_unavailable:
		'Este workspace não oferece códigos de dois fatores por e-mail (`Accounts_TwoFactorAuthentication_Enabled` ou `Accounts_TwoFactorAuthentication_By_Email_Enabled` está desativado).',

	// Field names, as shown to users
	field_name: 'nome',
	field_username: 'nome de usuário',
	field_nickname: 'apelido',
	field_bio: 'biografia',
	field_status: 'status',
	field_statusText: 'texto de status',
	field_email: 'e-mail',
	field_verified: 'e-mail verificado',
	field_requirePasswordChange: 'precisa alterar a senha',
	field_password: 'senha',
	field_active: 'ativo',
	field_email2fa: 'códigos de dois fatores por e-mail',
	field_roles: 'papéis',
	field_deleted: 'conta excluída',
	field_totpReset: 'autenticador (TOTP) redefinido',
	field_e2eReset: 'chave E2E redefinida',
	field_sessions: 'sessões encerradas em todo lugar',
	// Labels and placeholders of the modals: Rocket.Chat's own words (AccountProfileForm, AdminUserForm)
	label_name: 'Nome',
	label_username: 'Nome de usuário',
	label_nickname: 'Apelido',
	label_bio: 'Biografia',
	label_status: 'Status',
	label_statusText: 'Mensagem de status',
	placeholder_statusText: 'O que você está fazendo agora?',
	label_email: 'E-mail',
	label_verified: 'Marcar e-mail como verificado',
	label_requirePasswordChange: 'Exigir alteração de senha',
	label_active: 'Ativo',
	toggle_on: 'Sim',

	// Input errors (no request made)
	error_set_usage:
		'Diga o que você quer alterar, por ex. `/profile set bio Eu construo foguetes` ou `/profile set name="Maria Silva" nickname=ms`.',
	error_unknown_field: 'Não existe o campo “{name}”. Campos: {fields}.',
	error_unknown_field_in_assignment:
		'Não existe o campo “{name}”. Se “{name}=…” faz parte de um valor, coloque o valor entre aspas. Campos: {fields}.',
	error_unknown_field_suggest: 'Não existe o campo “{name}”. Você quis dizer `{suggestion}`?',
	error_unknown_field_in_assignment_suggest:
		'Não existe o campo “{name}”. Você quis dizer `{suggestion}=…`? Se “{name}=…” faz parte de um valor, coloque o valor entre aspas.',
	error_duplicate_field: 'O campo {field} aparece duas vezes.',
	error_password_on_command_line:
		'Para sua segurança, senhas nunca são aceitas pela linha de comando. Use `{form}`, que abre um formulário. Se você estiver compartilhando a tela, considere exposto o que digitou.',
	error_value_missing: 'Informe um valor para {field}, por ex. `{command} {word} …`.',
	error_value_missing_clearable: 'Informe um valor para {field}; para esvaziá-lo, use `{clear}`.',
	error_status_missing:
		'Informe um status: `online`, `away`, `busy` ou `offline`, por ex. `/profile set status away Em reunião`.',
	error_status_invalid: '“{value}” não é um status. Use `online`, `away`, `busy` ou `offline`.',
	error_status_invalid_suggest: '“{value}” não é um status. Você quis dizer `{suggestion}`?',
	error_status_duration:
		'“{value}” não é uma duração que eu consiga ler. Tente `por 30m`, `por 1h30`, `por 2 horas` ou `por 3 dias`.',
	error_status_time:
		'“{value}” não é um horário que eu consiga ler. Tente `até 17:00`, `até 17h` ou `até amanhã 9:00`.',
	error_status_time_past:
		'Para você já são {now} ({zone}), então {time} já passou hoje. Escreva `até amanhã {time}` ou uma duração como `por 1h`.',
	error_status_too_long: 'Um status pode terminar sozinho depois de no máximo {days} dias.',
	error_custom_status_needs_link:
		'“{value}” não é um status (online, away, busy, offline). Para escolher um dos status personalizados do workspace, vincule sua conta primeiro com `/profile login`.',
	error_custom_status_unknown:
		'“{value}” não é um status (online, away, busy, offline), e este workspace não tem status personalizado com esse nome. `/profile statuses` lista todos.',
	error_custom_status_unknown_suggest:
		'“{value}” não é um status, e este workspace não tem status personalizado com esse nome. Você quis dizer “{suggestion}”?',
	error_unclosed_quote:
		'As aspas abertas em “{start}” nunca são fechadas. Feche-as, por exemplo `name="Jane Doe"`, ou deixe as aspas de fora.',
	error_clear_usage: 'Uso: `/profile clear <bio|nickname|text>`.',
	error_avatar_usage:
		'Informe o endereço web da foto, por exemplo `/profile set avatar https://example.com/eu.png`, ou volte à padrão com `/profile reset avatar`.',
	error_avatar_url:
		'Isso não é um endereço web que o servidor consiga buscar: use um endereço http:// ou https:// sem espaços.',
	error_language_usage:
		'Diga o idioma, por exemplo `/profile set language pt-BR` ou `/profile set language español`.',
	error_language_unknown:
		'“{language}” não é um código de idioma (como `en`, `pt-BR`, `de`, `es`) nem um nome de idioma que eu conheça.',
	error_reset_usage: 'Uso: `/profile reset avatar`.',
	error_2fa_usage:
		'Uso: `/profile 2fa email on` ou `/profile 2fa email off`. Um aplicativo autenticador (TOTP) é configurado no Rocket.Chat em Minha Conta → Segurança.',
	error_takes_no_arguments: '`{command}` não aceita nada depois.',
	error_unknown_subcommand:
		'Comando desconhecido `{command} {sub}`. Digite `{command} help` para ver a lista.',
	error_unknown_subcommand_suggest:
		'Comando desconhecido `{command} {sub}`. Você quis dizer `{command} {suggestion}`?',
	error_name_required: 'O nome não pode ficar vazio neste espaço de trabalho.',
	error_name_invalid_characters: 'Nomes não podem conter <, >, \\ ou /.',
	error_value_empty: 'O campo {field} não pode ficar vazio.',
	error_username_invalid: '“{value}” não é um nome de usuário válido neste espaço de trabalho.',
	error_username_in_use: '“{value}” já está em uso. Escolha outro nome de usuário.',
	error_username_blocked:
		'“{value}” está bloqueado neste espaço de trabalho e não pode ser usado como nome de usuário.',
	error_too_long: 'O campo {field} tem {length} caracteres; o servidor permite no máximo {max}.',
	error_email_invalid: '“{value}” não é um endereço de e-mail válido.',
	error_yes_no: '{field} aceita `yes` ou `no`, não “{value}”.',
	error_custom_required: 'O campo personalizado {field} é obrigatório e não pode ficar vazio.',
	error_custom_set:
		'{reason} O servidor verifica todos os campos personalizados quando um deles muda: defina {field} no mesmo comando ou formulário.',
	error_custom_option: '{field} precisa ser um destes valores: {options}.',
	error_custom_too_short: '{field} precisa ter pelo menos {min} caracteres.',
	error_email_unchanged: 'Nada a alterar: {value} já é seu endereço de e-mail.',
	error_password_mismatch: 'As duas senhas não coincidem.',
	error_password_empty: 'Digite a nova senha.',

	// Second factor
	twofa_title: 'Confirme com seu segundo fator',
	twofa_changes_own: 'Seu perfil:',
	twofa_changes_other: 'Perfil de @{username}:',
	twofa_line_password: '• {field}: uma nova (não exibida)',
	twofa_line_field: '• {field}',
	twofa_password_intro:
		'Digite sua senha atual para confirmar. Um app autenticador ou códigos por e-mail são segundos fatores mais seguros.',
	twofa_password_intro_other: 'Confirme com a sua própria senha, não a de @{username}.',
	twofa_totp_intro:
		'Digite o código de 6 dígitos do seu app autenticador ou um dos seus códigos de backup de 8 caracteres.',
	twofa_totp_intro_other:
		'Digite o código de 6 dígitos do seu próprio app autenticador (não o de @{username}) ou um dos seus códigos de backup de 8 caracteres.',
	twofa_email_intro: 'Enviamos um código para o seu endereço de e-mail. Digite-o aqui.',
	twofa_email_intro_other:
		'Enviamos um código para o seu próprio endereço de e-mail (não o de @{username}). Digite-o aqui.',
	twofa_password_label: 'Senha atual',
	twofa_password_label_other: 'Sua própria senha',
	twofa_password_placeholder: 'Senha',
	twofa_code_label: 'Código',
	twofa_code_placeholder: 'Digite o código aqui',
	twofa_send_again: 'Enviar o código novamente',
	twofa_code_sent_again: 'Um novo código foi enviado para o seu endereço de e-mail.',
	twofa_confirm: 'Verificar',
	twofa_wrong_password: 'Essa senha não está correta.',
	twofa_wrong_code: 'Esse código não é válido. Confira e tente novamente.',
	twofa_code_empty: 'Digite o código.',
	twofa_password_empty: 'Digite sua senha atual.',
	twofa_max_attempts:
		'Códigos incorretos demais: a alteração não foi feita. Execute o comando novamente para receber um novo código.',
	twofa_impossible:
		'Esta alteração precisa da sua senha como segundo fator, mas sua conta não tem senha (ela entra por SSO ou LDAP) nem códigos de autenticador ou por e-mail. Primeiro configure a autenticação de dois fatores em Minha Conta → Segurança.',
	twofa_needed_button_text:
		'O servidor pede que você confirme esta alteração com seu segundo fator.',
	twofa_button: 'Confirmar a alteração',
	twofa_expired: 'Esta confirmação expirou ou já foi usada. Execute o comando novamente.',
	submission_in_progress: 'Este formulário já foi enviado: o resultado aparecerá no chat.',
	email_code_send_failed: 'O servidor não conseguiu enviar o código por e-mail: {reason}',

	// Modals
	password_modal_title: 'Altere sua senha',
	password_new_label: 'Nova senha',
	password_confirm_label: 'Repita a nova senha',
	password_modal_unmasked:
		'Os formulários do Rocket.Chat não conseguem ocultar o que você digita: garanta que ninguém possa ver sua tela.',
	edit_modal_title: 'Edite seu perfil',
	edit_modal_title_other: 'Editar @{username}',
	save: 'Salvar',
	status_online: 'Online',
	status_away: 'Ausente',
	status_busy: 'Ocupado',
	status_offline: 'Offline (invisível)',

	// Failures
	error_unreachable:
		'O app não conseguiu acessar o servidor. Nada foi alterado. Tente novamente mais tarde ou peça a um admin para verificar a configuração “URL do servidor para chamadas de API” do app.',
	error_timeout:
		'O servidor não respondeu em {seconds} s. A alteração pode ou não ter sido feita: verifique com `{check}` antes de tentar novamente.',
	error_server: 'O servidor falhou (HTTP {status}). Nada foi alterado; tente novamente mais tarde.',
	error_not_json:
		'O servidor respondeu com algo que não é a API do Rocket.Chat (HTTP {status}). Nada foi alterado. Peça a um admin para verificar a configuração “URL do servidor para chamadas de API” do app.',
	error_rate_limited:
		'O servidor está limitando a frequência com que isso pode ser feito. Tente novamente em {seconds} s.',
	queued:
		'O servidor está limitando a frequência com que isso pode ser feito, então sua alteração entrou na fila, posição {place}: ela será aplicada em cerca de {wait} e você receberá uma mensagem quando isso acontecer (`/profile queue` mostra ou cancela).',
	queued_joined:
		'Isto se junta à sua alteração que está na fila, posição {place}: uma só requisição aplicará as duas em cerca de {wait} e você receberá uma mensagem quando isso acontecer (`/profile queue` mostra ou cancela).',
	queued_replaced:
		'Isto substitui sua alteração do mesmo campo que estava na fila, posição {place}: ela será aplicada em cerca de {wait} e você receberá uma mensagem quando isso acontecer.',
	queued_applied: 'Sua alteração que estava na fila foi aplicada.',
	status_until: 'Até {time} ({zone}); depois seu status anterior volta.',
	status_until_tomorrow: 'Até amanhã às {time} ({zone}); depois seu status anterior volta.',
	status_until_date: 'Até {date} às {time} ({zone}); depois seu status anterior volta.',
	status_restored_title: 'Seu status temporário terminou; seu status anterior voltou:',
	status_restore_skipped:
		'Seu status temporário terminou. Você tinha mudado seu status desde então, então ele fica como está.',
	status_restore_refused:
		'Seu status temporário terminou, mas não foi possível restaurar o status anterior: {reason}',
	custom_statuses_title:
		'Status personalizados deste workspace (escolha um com `/profile set status "<nome>"`):',
	custom_status_line: '• {name} ({status})',
	custom_status_text_only: 'só texto',
	custom_statuses_none:
		'Este workspace não tem status personalizados. Os padrão são online, away, busy e offline.',
	queued_failed: 'Não foi possível aplicar sua alteração que estava na fila: {reason}',
	queued_dropped_unlinked:
		'Sua alteração que estava na fila foi descartada porque sua conta não está mais vinculada. Vincule-a e execute o comando novamente.',
	queue_empty: 'Você não tem alterações na fila.',
	queue_title:
		'Suas alterações na fila (aplicadas por ordem de chegada quando o servidor permitir):',
	queue_line: '{number}. posição {place}, em cerca de {wait}: {what}',
	queue_admin: '`/admin-user {words}`',
	queue_hint:
		'Cancele uma com `/profile queue cancel <número>`, um campo dela com `/profile queue cancel <campo>`, todas com `/profile queue cancel all`.',
	queue_cancelled: 'Canceladas: {count} alteração(ões) na fila.',
	queue_cancelled_field: 'Cancelada: a alteração de {field} na fila.',
	queue_no_field: 'Você não tem alteração de {field} na fila: veja `/profile queue`.',
	queue_no_such: 'Não há alteração na fila com o número {number}: veja `/profile queue`.',
	error_queue_usage: 'Uso: `/profile queue` ou `/profile queue cancel <número|campo|all>`.',
	error_forbidden: 'O servidor recusou: você não tem permissão para isso.',
	error_invalid_params: 'O servidor rejeitou a requisição: {error}',
	error_identity:
		'O servidor não conseguiu salvar esse nome ou nome de usuário: ele pode já estar em uso, estar reservado ou não ser permitido neste espaço de trabalho.',
	error_blocked_username: 'Esse nome de usuário está bloqueado neste espaço de trabalho.',
	error_server_email_invalid: 'Segundo o servidor, este não é um endereço de e-mail válido.',
	error_email_in_use: 'Esse endereço de e-mail já está em uso por outra conta.',
	error_email_domain_not_allowed:
		'Esse domínio de e-mail não é permitido neste espaço de trabalho.',
	error_email_domain_blocked: 'Esse domínio de e-mail está bloqueado neste espaço de trabalho.',
	error_bio_too_long: 'A biografia é longa demais: o servidor permite no máximo 260 caracteres.',
	error_nickname_too_long: 'O apelido é longo demais: o servidor permite no máximo 120 caracteres.',
	error_not_allowed_profile:
		'Este espaço de trabalho não permite que os usuários editem o próprio perfil.',
	error_not_allowed_username: 'Este espaço de trabalho não permite alterar o nome de usuário.',
	error_not_allowed_name: 'Este espaço de trabalho não permite alterar o nome.',
	error_not_allowed_email: 'Este espaço de trabalho não permite alterar o endereço de e-mail.',
	error_not_allowed_password: 'Este espaço de trabalho não permite alterar a senha.',
	error_not_allowed_status: 'Este espaço de trabalho não permite alterar o texto de status.',
	error_not_allowed_edit_others:
		'O servidor não permite que você edite outros usuários (permissão edit-other-user-info).',
	error_not_allowed_verify_self:
		'O servidor não permite que você altere a verificação do seu próprio e-mail.',
	error_not_allowed_roles:
		'O servidor não permite que você atribua papéis (permissão assign-roles).',
	error_not_allowed_admin_role:
		'O servidor não permite que você atribua o papel de admin (permissão assign-admin-role).',
	error_last_admin: 'O servidor recusa: isso deixaria o workspace sem um admin ativo.',
	error_invalid_role: 'Um desses papéis não existe neste espaço de trabalho.',
	error_not_allowed_active:
		'O servidor não permite que você ative ou desative usuários (permissão edit-other-user-active-status).',
	error_not_allowed: 'O servidor não permite esta alteração.',
	error_not_allowed_create_user:
		'O servidor não permite que você adicione usuários (permissão create-user).',
	error_invisible_disabled:
		'O status invisível (offline) está desativado neste espaço de trabalho.',
	error_bridge_failed:
		'O servidor não salvou a alteração. Nada foi alterado; tente novamente mais tarde.',
	error_password_same: 'A nova senha é igual à atual.',
	error_password_history: 'Você já usou essa senha antes; escolha outra.',
	error_password_policy: 'A senha não atende à política de senhas do espaço de trabalho: {rules}',
	policy_minLength: 'curta demais',
	policy_maxLength: 'longa demais',
	policy_repeatingCharacters: 'caracteres repetidos demais',
	policy_oneLowercase: 'precisa de uma letra minúscula',
	policy_oneUppercase: 'precisa de uma letra maiúscula',
	policy_oneNumber: 'precisa de um número',
	policy_oneSpecial: 'precisa de um caractere especial',
	error_invalid_user: 'Esse usuário não existe.',
	error_email_send_failed:
		'O servidor não conseguiu enviar o e-mail de confirmação, então nada foi alterado.',
	error_invalid_field: 'O servidor rejeitou um valor por ser do tipo errado.',
	error_server_name_invalid: 'O servidor recusou o nome: nomes não podem conter <, >, \\ ou /.',
	error_custom_fields: 'O servidor recusou os campos personalizados: {error}',
	error_federated: 'Usuários federados não podem ser editados aqui.',
	error_server_username_invalid: 'Segundo o servidor, este não é um nome de usuário válido.',
	error_not_authorized: 'Segundo o servidor, você não tem autorização para fazer isso.',
	error_user_not_found: 'O servidor não encontrou esse usuário.',
	error_two_factor: 'O servidor pede um segundo fator.',
	error_generic: 'O servidor recusou a alteração: {error}',
	error_unexpected:
		'Algo deu errado no app; nada mais foi alterado. Tente novamente e avise seu admin se continuar acontecendo.',

	// Admin
	admin_not_allowed: 'Somente usuários com um destes papéis podem usar /admin-user: {roles}.',
	admin_no_longer_allowed:
		'Nada foi alterado: você não tem mais um papel que pode usar /admin-user ({roles}).',
	admin_usage_user: 'Informe o usuário: `{usage}`.',
	admin_unknown_user: 'Não existe nenhum usuário “{user}” neste espaço de trabalho.',
	admin_set_usage:
		'Uso: `/admin-user set <usuário> <campo> <valor…>` ou `/admin-user set <usuário> c1=v1 c2="v 2"`.',
	admin_roles_usage: 'Uso: `/admin-user roles <usuário> add|remove|set <papel…>`.',
	admin_list_usage:
		'Uso: `/admin-user list [busca…] [role:<papel>] [active|inactive]` (um papel, um estado; a busca procura no nome de usuário, no nome e no e-mail).',
	admin_list_search_too_long: 'A busca pode ter no máximo {max} caracteres.',
	admin_list_title: '*Usuários* {from}–{to} de {total}{filters}',
	admin_list_filter_search: 'com {search}',
	admin_list_filter_role: 'papel {role}',
	admin_list_filter_active: 'só ativos',
	admin_list_filter_inactive: 'só desativados',
	admin_list_row: '{name} · {username} · {email} · papéis: {roles} · {state}',
	admin_list_active: 'ativo',
	admin_list_inactive: 'desativado',
	admin_list_empty: 'Nenhum usuário encontrado{filters}.',
	admin_list_past_end: 'Não há mais usuários{filters}.',
	admin_list_edit: 'Editar',
	admin_list_activate: 'Ativar',
	admin_list_deactivate: 'Desativar',
	admin_list_previous: 'Anterior',
	admin_list_next: 'Próximo',
	admin_invite_usage:
		'Uso: `/admin-user invite <endereço…>`, por exemplo `/admin-user invite a@example.org b@example.org`.',
	admin_invite_too_many: 'No máximo {max} endereços por convite.',
	admin_invite_not_addresses: 'Não enviado, estes não são endereços de e-mail: {emails}',
	admin_invite_sent: 'Convite enviado pelo servidor para {count} endereço(s): {emails}',
	admin_create_title: 'Adicionar usuário',
	admin_create_submit: 'Adicionar usuário',
	admin_create_roles: 'Papéis',
	custom_field_options: 'Um de: {options}.',
	admin_create_roles_hint:
		'Nomes de papéis, separados por vírgulas (por exemplo user, livechat-agent).',
	admin_create_join_default: 'Entrar nos canais padrão',
	admin_create_proof_label: 'Seu próprio segundo fator, se o servidor pedir',
	admin_create_need_username: 'Digite um nome de usuário.',
	admin_create_need_email: 'Digite um endereço de e-mail.',
	admin_create_done: '{username} criado ({email}).',
	admin_create_done_random:
		'{username} criado ({email}); o servidor enviou uma senha aleatória para esse endereço.',
	admin_activated: 'A conta de @{username} foi ativada.',
	admin_deactivated: 'A conta de @{username} foi desativada.',
	admin_deleted: 'A conta de @{username} foi excluída.',
	admin_totp_reset:
		'O autenticador (TOTP) de @{username} foi redefinido: todas as sessões foram encerradas e a autenticação de dois fatores pode ser configurada de novo. O servidor enviou um e-mail avisando.',
	admin_e2e_reset:
		'A chave de criptografia de ponta a ponta de @{username} foi redefinida: todas as sessões foram encerradas e uma nova chave será criada no próximo login.',
	admin_logged_out:
		'Todas as sessões e dispositivos de @{username} foram desconectados; os tokens de acesso pessoal também deixaram de funcionar.',
	admin_already_active: 'A conta de @{username} já está ativa.',
	admin_already_inactive: 'A conta de @{username} já está desativada.',
	admin_user_failed: '@{user}: {reason}',
	admin_roles_changed: 'Papéis de @{username}: {old} → {new}.',
	admin_roles_unchanged: 'Nada a alterar: @{username} já tem os papéis {roles}.',
	admin_verified: 'O e-mail de @{username} agora está marcado como verificado.',
	admin_already_verified: 'O e-mail de @{username} já está verificado.',
	admin_no_email: '@{username} não tem endereço de e-mail para verificar.',
	// Admin: /admin-user doctor
	doctor_title: '*/admin-user doctor*: {ok} ok, {warning} aviso(s), {problem} problema(s)',
	doctor_fix: 'Solução: {fix}',
	doctor_url_from_setting: 'configuração do app “URL do servidor para chamadas à API”',
	doctor_url_from_site_url: 'a Site URL do workspace',
	doctor_server_ok: 'A URL do servidor {url} ({source}) responde a `/api/info`.',
	doctor_server_not_rocketchat:
		'{url} responde a `/api/info` com status {status}: não é a API REST do Rocket.Chat.',
	doctor_server_unreachable: '{url} não responde a `/api/info` a partir do servidor.',
	doctor_server_no_networking:
		'O app não pode fazer requisições HTTP: a permissão `networking` não foi concedida.',
	doctor_fix_server_url:
		'defina a configuração do app “URL do servidor para chamadas à API” com um endereço pelo qual o servidor alcança a si mesmo, p. ex. `http://localhost:3000`.',
	doctor_workspace_ok: '{url} aceita sua conta vinculada: é este workspace.',
	doctor_workspace_refused:
		'{url} recusa sua conta vinculada: é outro workspace, ou seu vínculo expirou.',
	doctor_fix_workspace:
		'verifique a configuração do app “URL do servidor para chamadas à API” e vincule de novo com `/profile login`.',
	doctor_workspace_not_linked:
		'Workspace e permissões do servidor não verificados: sua conta não está vinculada ao app.',
	doctor_fix_link: 'vincule sua conta com `/profile login` e execute `/admin-user doctor` de novo.',
	doctor_workspace_unknown:
		'Não foi possível verificar se {url} é este workspace: `permissions.listAll` não respondeu.',
	doctor_version_ok: 'Rocket.Chat {version}.',
	doctor_version_unknown: 'O servidor não informou sua versão.',
	doctor_fix_version_unknown: 'confira se a URL do servidor aponta para o próprio Rocket.Chat.',
	doctor_version_old: 'Rocket.Chat {version} é anterior à 6.7, de que o app precisa.',
	doctor_fix_update_server: 'atualize o Rocket.Chat para a 6.7 ou mais recente.',
	doctor_unreadable: 'O app não consegue ler a configuração do servidor `{setting}`.',
	doctor_fix_settings: 'atualize ou reinstale o app e aceite a permissão `server-setting.read`.',
	doctor_rate_limiter_off:
		'Limitador de taxa da API REST desligado: os usuários do app não são limitados.',
	doctor_rate_limiter_bypassed:
		'Limitador de taxa da API REST ligado ({calls} chamadas a cada {seconds} s), mas o papel `user` tem `api-bypass-rate-limit`: os usuários do app não são limitados.',
	doctor_rate_limiter_on:
		'Limitador de taxa da API REST ligado: {calls} chamadas a cada {seconds} s por endpoint e endereço de cliente. Toda requisição do app vem do próprio endereço do servidor, então todos os usuários dividem essa cota: cerca de {perMinute} alterações próprias por minuto para o workspace inteiro; o app enfileira o resto.',
	doctor_rate_limiter_on_newer:
		'Limitador de taxa da API REST ligado ({calls} chamadas a cada {seconds} s), e esta versão do servidor permite um `users.updateOwnBasicInfo` por minuto por endereço de cliente. Toda requisição do app vem do próprio endereço do servidor: {perMinute} alteração(ões) própria(s) por minuto para o workspace inteiro; o app enfileira o resto.',
	doctor_fix_rate_limiter:
		'se for pouco, aumente `API_Enable_Rate_Limiter_Limit_Calls_Default` (Administração → Configurações → Rate Limiter).',
	doctor_login_blocking_off: 'Bloqueio por falhas de login desligado.',
	doctor_login_blocking_none:
		'Bloqueio por falhas de login ligado, mas nem por usuário nem por endereço.',
	doctor_login_blocking_user_only:
		'Bloqueio por falhas de login por usuário ({attempts} falhas bloqueiam um usuário por {minutes} min), não por endereço.',
	doctor_login_blocking_whitelisted:
		'Bloqueio por falhas de login por endereço ({attempts} falhas, {minutes} min): o próprio endereço do servidor {address} está na lista de permissões.',
	doctor_login_blocking_ip:
		'Bloqueio por falhas de login por endereço: {attempts} logins falhos pelo app bloqueiam `/profile login` para todos por {minutes} min, porque todo login do app vem do próprio endereço do servidor.',
	doctor_fix_whitelist:
		'adicione o próprio endereço do servidor ({address}) a `Block_Multiple_Failed_Logins_Ip_Whitelist` (separado por vírgulas, sem espaços).',
	doctor_fix_whitelist_unknown:
		'adicione a `Block_Multiple_Failed_Logins_Ip_Whitelist` o endereço do qual o servidor alcança sua URL (separado por vírgulas, sem espaços).',
	doctor_two_factor_off: '2FA desligado: alterações de e-mail e senha não pedem segundo fator.',
	doctor_fix_two_factor: 'ligue `Accounts_TwoFactorAuthentication_Enabled`.',
	doctor_method_totp: 'autenticador',
	doctor_method_email: 'códigos por e-mail',
	doctor_method_password: 'senha',
	doctor_two_factor_on:
		'2FA ligado ({methods}); depois de um código o servidor não pede outro por {minutes} min (`Accounts_TwoFactorAuthentication_RememberFor`).',
	doctor_two_factor_on_no_remember:
		'2FA ligado ({methods}); o servidor pede de novo a cada alteração sensível.',
	doctor_external_none: 'Sem LDAP e sem serviço OAuth embutido: os usuários vinculam com a senha.',
	doctor_external_on:
		'Login externo ligado ({names}): esses usuários vinculam com um token de acesso pessoal; códigos por e-mail para usuários OAuth: {email}.',
	doctor_external_no_tokens:
		'Login externo ligado ({names}), mas o papel `user` não pode criar tokens de acesso pessoal: esses usuários não conseguem vincular.',
	doctor_fix_tokens:
		'conceda `create-personal-access-tokens` ao papel `user` (Administração → Permissões).',
	doctor_custom_fields_none: 'Nenhum campo personalizado configurado.',
	doctor_custom_fields_ok:
		'Campos personalizados: {fields}. O servidor os salva como um conjunto, então o app envia todos em cada alteração.',
	doctor_custom_fields_invalid:
		'`Accounts_CustomFields` não é um JSON válido: o app não oferece nenhum campo personalizado.',
	doctor_fix_custom_fields:
		'corrija em Administração → Configurações → Contas → Registro → Campos personalizados.',
	doctor_permissions_unknown: 'Permissões de {roles} no servidor não verificadas.',
	doctor_permissions_missing:
		'Papéis que podem usar /admin-user não têm permissões no servidor: {missing}.',
	doctor_fix_permissions:
		'conceda-as em Administração → Permissões, ou tire esses papéis da configuração do app “Papéis que podem usar /admin-user” ({roles}).',
	doctor_permissions_rate_limited:
		'{roles}: todas as permissões de que /admin-user precisa, mas não `api-bypass-rate-limit`: suas alterações dividem o limite de taxa com todos os usuários.',
	doctor_fix_bypass: 'conceda `api-bypass-rate-limit` a {roles} (Administração → Permissões).',
	doctor_permissions_ok:
		'{roles}: todas as permissões de que /admin-user precisa, e `api-bypass-rate-limit`.',
	doctor_app_permissions_ok:
		'O app tem as permissões de que precisa (rede, configurações do servidor).',
	doctor_app_permissions_missing: 'Faltam ao app a(s) permissão(ões) {permissions}.',
	doctor_fix_app_permissions:
		'Administração → Apps → Profile Commands: atualize ou reinstale o app e aceite suas permissões.',
	admin_partial:
		'Feito em parte para @{username}: alterações salvas ({saved}), mas o servidor se recusou a alterar o estado ativo: {reason}',
	admin_self_deactivate:
		'Nada foi enviado: você não pode desativar a si mesmo; ficaria sem acesso. Peça a outro administrador.',
	admin_self_admin_role:
		'Nada foi enviado: você não pode remover o seu próprio papel de admin; poderia perder o acesso à administração. Peça a outro administrador.',
	admin_self_delete:
		'Nada foi enviado: você não pode excluir a própria conta por aqui. Peça a outra pessoa administradora.',
	admin_self_logout:
		'Nada foi enviado: sair de todas as sessões também encerraria o vínculo deste app. Para encerrar suas outras sessões, use `/profile logout-others`.',
	admin_self_reset_2fa:
		'Nada foi enviado: redefinir a sua própria autenticação de dois fatores encerraria todas as suas sessões, inclusive a deste app. Use Minha conta → Segurança.',
	admin_last_admin:
		'Nada foi enviado: @{username} é o último admin ativo, e ninguém poderia administrar o workspace sem essa conta. Torne outro usuário um admin ativo primeiro.',
	admin_last_admin_unchecked:
		'Nada foi enviado: @{username} é um admin ativo, e o app não consegue verificar se outro admin ativo continuaria: listar os admins exige a permissão do servidor {permission}.',
	admin_custom_fields_hidden:
		'Nada foi enviado: o servidor oculta de você campos personalizados de @{username} ({fields}; permissão view-full-other-user-info), e salvar campos personalizados substitui o conjunto inteiro, então eles seriam apagados. Peça a alguém com essa permissão.',
	admin_password_modal_title: 'Definir a senha de @{username}',
	admin_password_manual: 'Definir manualmente',
	admin_password_mode: 'Senha',
	admin_password_random: 'Definir aleatoriamente e enviar por e-mail',
	admin_password_require_change: 'Exigir alteração de senha',
	admin_password_welcome: 'Enviar e-mail de boas-vindas',
	admin_password_options: 'Opções',
	admin_password_changed:
		'A senha de @{username} foi alterada. Todas as sessões da conta foram encerradas.',
	admin_password_random_set:
		'Uma senha aleatória foi definida para @{username} e enviada para o e-mail da conta.',
	admin_password_need_value:
		'Digite a nova senha ou escolha “Definir aleatoriamente e enviar por e-mail”.',
	admin_password_random_typed:
		'Você escolheu uma senha aleatória: apague este campo ou escolha “Definir manualmente”.',
	admin_password_not_permitted:
		'Nada foi enviado: você não tem a permissão do servidor {permission}, e sem ela o servidor ignora em silêncio uma nova senha. Peça a um administrador que a conceda a um dos seus papéis.',
	admin_action_not_permitted:
		'Nada foi enviado: você não tem a permissão do servidor {permission}. Peça que ela seja dada a um dos seus papéis.',
	admin_action_refused:
		'O servidor recusou: você não tem a permissão do servidor {permission}. Nada mudou.',
	admin_totp_reset_off:
		'Nada foi enviado: a autenticação de dois fatores está desligada neste workspace (`Accounts_TwoFactorAuthentication_Enabled`), e então o servidor não redefine autenticadores.',
	admin_delete_last_owner:
		'Nada foi excluído: @{username} é o único dono de algumas salas. Novo dono (o membro ativo mais antigo): {changeOwner}. Removidas (ninguém mais pode ser dono): {removed}. Para excluir mesmo assim: `/admin-user delete {username} relinquish`.',
	admin_permission_unknown:
		'Nada foi enviado: o servidor não informou quais papéis têm {permission}, então o app não consegue saber se a alteração seria aplicada.',
	admin_confirm_title: 'Confirmar a alteração',
	admin_confirm_intro: 'Nada foi enviado ainda. Confirme para alterar:',
	admin_confirm_deactivate: '@{username}: desativado, sai de todas as sessões',
	admin_confirm_password:
		'@{username}: uma nova senha, escolhida no próximo passo; sai de todas as sessões',
	admin_confirm_roles: '@{username}: papéis {old} → {new}',
	admin_confirm_fields: '@{username}: também {fields}',
	admin_confirm_delete: '@{username}: excluído de vez, com as mensagens diretas.',
	admin_confirm_messages_Delete:
		'As mensagens também são excluídas (`Message_ErasureType`: Delete).',
	admin_confirm_messages_Keep: 'As mensagens ficam (`Message_ErasureType`: Keep).',
	admin_confirm_messages_Unlink:
		'As mensagens ficam, como de um usuário removido (`Message_ErasureType`: Unlink).',
	admin_confirm_rooms_ask:
		'Se for o único dono de alguma sala, nada é excluído ainda: o servidor nomeia essas salas e você é perguntado de novo.',
	admin_confirm_rooms_relinquish:
		'As salas de que é o único dono passam ao membro ativo mais antigo, ou são removidas quando não há nenhum.',
	admin_confirm_relinquish:
		'@{username} é o único dono de algumas salas; nada foi excluído ainda. Confirme para excluir mesmo assim:',
	admin_confirm_rooms_new_owner: 'Novo dono (o membro ativo mais antigo): {rooms}',
	admin_confirm_rooms_removed: 'Removidas (ninguém mais pode ser dono): {rooms}',
	admin_confirm_reset_totp:
		'@{username}: autenticador (TOTP) removido e todas as sessões encerradas; a autenticação de dois fatores pode ser configurada de novo. O servidor pede o seu próprio segundo fator toda vez.',
	admin_confirm_reset_e2e:
		'@{username}: chave de criptografia de ponta a ponta redefinida e todas as sessões encerradas; uma nova chave é criada no próximo login, e salas criptografadas sem nenhum membro online não podem ser recuperadas. O servidor pede o seu próprio segundo fator toda vez.',
	admin_confirm_logout:
		'@{username}: desconectado de todas as sessões e dispositivos; os tokens de acesso pessoal (inclusive um vínculo de app) deixam de funcionar.',
	admin_confirm_hint:
		'Os usuários são lidos de novo quando você confirma. Uma configuração do app desativa esta confirmação para automação.',
	admin_confirm_button: 'Confirmar',
	admin_confirm_offer: 'Esta alteração aguarda a sua confirmação: nada foi enviado.',
	admin_confirm_open: 'Revisar e confirmar',
	admin_proof_label: 'Seu próprio segundo fator (não o de @{username}), se o servidor pedir',
	admin_proof_hint:
		'O código do seu app autenticador, o código que o servidor enviou para o seu e-mail ou sua própria senha.',
	admin_proof_needed_totp:
		'O servidor pede seu segundo fator: digite aqui o código do seu app autenticador e salve novamente.',
	admin_proof_needed_email:
		'O servidor enviou um código para o seu e-mail: digite-o aqui e salve novamente.',
	admin_proof_needed_password:
		'O servidor pede que você confirme com sua própria senha: digite-a aqui e salve novamente.',
	admin_audit: '@{admin} alterou @{username}: {fields}',
};
