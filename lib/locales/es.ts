import type { Messages } from '../i18n';

/** Spanish. */
export const es: Messages = {
	// Help
	help_profile: [
		'*/profile*: edita tu propio perfil desde el chat',
		'`/profile show`: muestra tu perfil',
		'`/profile set <campo> <valor…>`: cambia un campo, p. ej. `/profile set bio Construyo cohetes`',
		'`/profile set c1=v1 c2="v 2"`: cambia varios campos a la vez',
		'`/profile set status <online|away|busy|offline> [texto…]`: tu estado y, si quieres, su texto',
		'`/profile set status busy En una reunión por 1h` (o `por 30m`, `hasta 17:00`, `hasta mañana 9:00`): un estado que termina solo; luego vuelve el anterior',
		'`/profile set status "<estado personalizado>" [por …|hasta …]`: uno de los estados personalizados del espacio de trabajo; `/profile statuses` los lista',
		'`/profile clear <bio|nickname|text|status>`: vacía un campo (`status`: vuelve a en línea, sin texto)',
		'`/profile set email <dirección>`: cambia tu correo electrónico (se confirma con tu segundo factor)',
		'`/profile password`: cambia tu contraseña',
		'`/profile edit`: edítalo todo en un formulario',
		'`/profile login` / `/profile logout`: vincula o desvincula tu cuenta',
		'`/profile queue`: tus cambios que esperan el límite de solicitudes del servidor; `/profile queue cancel <número|campo|all>` los cancela',
		'`/profile set avatar <url>` / `/profile reset avatar`: tu imagen desde una dirección web, o de vuelta a la predeterminada',
		'`/profile set language <código|nombre>`: tu idioma en Rocket.Chat (mis respuestas lo siguen)',
		'`/profile verify-email`: enviar de nuevo el correo de verificación',
		'`/profile logout-others`: cerrar tus otras sesiones (este vínculo sigue funcionando)',
		'`/profile 2fa email on|off`: códigos de dos factores por correo',
		'Campos: {fields}',
	].join('\n'),
	help_admin: [
		'*/admin-user*: gestiona otros usuarios (solo admins)',
		'`<usuario>` es `@nombredeusuario`, `nombredeusuario` o un id de usuario.',
		'`/admin-user show <usuario>`: perfil, roles, estado activo, verificación del correo',
		'`/admin-user list [búsqueda…] [role:<rol>] [active|inactive]`: buscar usuarios, una página a la vez, cada uno con Editar y Activar/Desactivar',
		'`/admin-user create`: agregar un usuario en un formulario (contraseña manual o aleatoria enviada por correo)',
		'`/admin-user invite <dirección…>`: invitaciones por correo para unirse al espacio de trabajo',
		'`/admin-user set <usuario> <campo> <valor…>` o `… c1=v1 c2="v 2"`: cambia campos',
		'`/admin-user activate <usuario…>` / `deactivate <usuario…>`: activa o desactiva uno o varios usuarios',
		'`/admin-user roles <usuario> add|remove|set <rol…>`: cambia roles',
		'`/admin-user verify <usuario>`: marca el correo como verificado',
		'`/admin-user password <usuario>`: establece una contraseña nueva o aleatoria',
		'`/admin-user edit <usuario>`: edita en un formulario',
		'`/admin-user delete <user> [relinquish]`: eliminar una cuenta, tras una confirmación (`relinquish`: las salas que solo posee pasan a otro propietario o se eliminan)',
		'`/admin-user reset-2fa <user> [totp|e2e]`: restablecer su autenticador (TOTP, por defecto) o su clave de cifrado E2E',
		'`/admin-user logout <user>`: cerrar todas sus sesiones y dispositivos',
		'`/admin-user doctor`: comprueba lo que la app encuentra en este servidor (ajustes, límites, permisos)',
		'Campos: {fields}',
		'El estado (en línea, ausente, ocupado, desconectado) no es uno de ellos: es la presencia propia del usuario, que ni el formulario de administración de Rocket.Chat ni `users.update` establecen; el mensaje de estado es `text`.',
	].join('\n'),

	// Linking
	not_linked:
		'Tu cuenta aún no está vinculada a la app. Vincúlala una vez y vuelve a ejecutar el comando.',
	button_link_account: 'Vincular mi cuenta',
	button_relink: 'Vincular de nuevo',
	resume_after_link: 'En cuanto tu cuenta esté vinculada, ejecutaré `{command}` por ti.',
	already_linked:
		'Tu cuenta ya está vinculada a {host}. Para vincularla de nuevo (otra contraseña, un token nuevo), usa el botón.',
	link_modal_title: 'Vincula tu cuenta',
	link_modal_intro:
		'La app actúa en el servidor en tu nombre, así que necesita que inicies sesión una vez. Usa tu contraseña o pega un token de acceso personal (para cuentas que inician sesión con SSO o LDAP). Estás iniciando sesión como @{username}.',
	link_modal_host:
		'Lo que escribas aquí se envía solo a {host}, el servidor indicado en el ajuste “Server URL” de la app.',
	link_modal_unmasked:
		'Los formularios de Rocket.Chat no pueden ocultar lo que escribes: asegúrate de que nadie pueda ver tu pantalla. Tu contraseña se convierte en un hash al instante y nunca se guarda; solo si el servidor pide después un código, la app guarda el hash hasta que lo introduzcas (10 minutos como máximo).',
	link_password_label: 'Contraseña',
	link_code_label: 'Código de dos factores (si tu cuenta usa uno)',
	link_token_label: 'O bien: token de acceso personal',
	link_token_hint: 'Crea uno en Mi cuenta → Tokens de acceso personal.',
	link_submit: 'Vincular',
	cancel: 'Cancelar',
	link_code_step_totp:
		'Contraseña aceptada. Tu cuenta también usa una app de autenticación: introduce el código actual (o un código de respaldo).',
	link_code_step_email:
		'Contraseña aceptada. Te enviamos por correo un código de inicio de sesión: introdúcelo aquí.',
	link_step_expired:
		'El paso del código esperó más de 10 minutos, así que la app descartó tu contraseña: escríbela otra vez.',
	link_error_choose_one: 'Escribe tu contraseña o un token, no ambos.',
	link_error_nothing: 'Escribe tu contraseña o pega un token.',
	link_error_wrong_password: 'Contraseña incorrecta.',
	signin_sso_use_token:
		'La contraseña no fue aceptada. Si inicias sesión con {names}, tu cuenta no tiene contraseña aquí: pega un token de acceso personal en el campo de token de abajo (Mi cuenta → Tokens de acceso personal).',
	signin_blocked_user:
		'El servidor ha pausado el inicio de sesión de tu cuenta tras demasiados intentos fallidos. Vuelve a intentarlo en {minutes} minutos: la app no lo intentará antes, porque cada intento durante la pausa la prolonga. Mientras tanto, un token de acceso personal sigue funcionando.',
	signin_blocked_address:
		'El servidor ha pausado los inicios de sesión desde su propia dirección, que comparten todos los inicios de sesión hechos por la app, tras demasiados intentos fallidos. Vuelve a intentarlo en {minutes} minutos: la app no lo intentará antes, porque cada intento durante la pausa la prolonga. Mientras tanto, un token de acceso personal sigue funcionando.',
	signin_blocked_address_admin:
		'Como admin, puedes añadir la dirección desde la que la app llama al servidor al ajuste Block_Multiple_Failed_Logins_Ip_Whitelist (Administración → Ajustes → Cuentas; separadas por comas, sin espacios).',
	signin_not_activated:
		'El servidor rechaza tu inicio de sesión: tu cuenta está desactivada. Pide a un admin que la active.',
	signin_email_not_verified:
		'El servidor solo permite iniciar sesión a usuarios con el correo verificado. Verifica el tuyo con el enlace que te envió el servidor (o pide ayuda a un admin) y vuelve a vincular.',
	signin_app_user: 'El servidor no permite que los usuarios de apps inicien sesión.',
	signin_no_roles:
		'El servidor rechaza tu inicio de sesión: tu cuenta no tiene roles. Pide a un admin que le asigne uno.',
	signin_ldap_use_token:
		'No se aceptó la contraseña. Este workspace inicia sesión mediante LDAP, que necesita la contraseña tal como se escribe, y la app nunca la envía así: vincula con un token de acceso personal (Mi cuenta → Tokens de acceso personal).',
	link_error_code_needed: 'Introduce el código de dos factores.',
	link_error_token_invalid:
		'El servidor no acepta este token para tu cuenta: pega un token que hayas creado tú y copiado completo.',
	link_error_token_other_user:
		'Este token pertenece a otro usuario (@{username}). Pega un token de tu propia cuenta.',
	linked_ok: 'Tu cuenta está vinculada. Prueba `/profile show`.',
	resume_running: 'Ejecutando ahora `{command}`, como pediste antes de vincular.',
	logout_ok: 'Cuenta desvinculada: la app cerró la sesión y olvidó tu credencial.',
	logout_ok_token:
		'Cuenta desvinculada: la app olvidó tu token de acceso personal. El token en sí sigue siendo válido: elimínalo en Mi cuenta → Tokens de acceso personal si ya no lo necesitas.',
	logout_not_linked: 'No hay nada que hacer: tu cuenta no está vinculada.',
	credential_other_server:
		'La app ahora envía sus solicitudes a {host}, no al servidor con el que vinculaste tu cuenta ({old}). Tu vínculo guardado no se envió allí y ya no se usa: vincula tu cuenta de nuevo.',
	credential_unbound:
		'Tu vínculo lo guardó una versión anterior de la app, que no registraba a qué servidor pertenece, así que ya no se usa: vincula tu cuenta de nuevo (una vez).',
	credential_lost:
		'El servidor ya no acepta tu vinculación (puede que haya caducado o se haya revocado), así que la app la olvidó. Vuelve a vincular tu cuenta.',

	// Showing
	show_title: '*Tu perfil*',
	show_title_other: '*Perfil de* @{username}',
	show_name: 'Nombre: {value}',
	show_username: 'Nombre de usuario: @{value}',
	show_nickname: 'Apodo: {value}',
	show_email: 'Correo: {value} ({verified})',
	show_email_none: 'Correo: (ninguno)',
	show_verified: 'verificado',
	show_not_verified: 'sin verificar',
	show_bio: 'Biografía: {value}',
	show_status: 'Estado: {value}',
	show_status_text: 'Texto de estado: {value}',
	show_custom: '{field}: {value}',
	show_roles: 'Roles: {value}',
	show_active: 'Activo: {value}',
	show_require_password_change:
		'Debe cambiar la contraseña en el próximo inicio de sesión: {value}',
	yes: 'sí',
	no: 'no',
	empty: '(vacío)',

	// Changes
	changed_title: 'Perfil actualizado:',
	changed_title_other: '@{username} actualizado:',
	changed_line: '• {field}: {old} → {new}',
	nothing_to_change: 'Nada que cambiar: {field} ya tiene el valor {value}.',
	nothing_changed: 'No se cambió nada.',
	email_change_note:
		'Tu nueva dirección de correo aún no está verificada: revisa tu bandeja de entrada.',
	password_changed: 'Tu contraseña se cambió. Se cerraron tus otras sesiones.',

	// Account (lib/account.ts): avatar, verification e-mail, sessions, language, e-mail 2FA
	avatar_changed: 'Tu avatar ahora viene de {url}.',
	avatar_reset: 'Tu avatar volvió al predeterminado.',
	error_avatar_change_off:
		'Este workspace no permite a los usuarios cambiar su avatar (ajuste `Accounts_AllowUserAvatarChange`).',
	error_avatar_fetch:
		'El servidor no pudo cargar una imagen desde esa dirección: debe responder con una imagen.',
	verify_email_sent: 'Se envió un correo de verificación a {email}: sigue su enlace.',
	verify_email_already: 'Tu dirección de correo {email} ya está verificada.',
	verify_email_none:
		'Tu cuenta no tiene dirección de correo: define una con `/profile set email <dirección>`.',
	verify_email_failed:
		'El servidor no envió el correo de verificación: no encontró ninguna cuenta con {email}.',
	logout_others_done:
		'Se cerraron tus otras sesiones. El vínculo de esta app con tu cuenta sigue funcionando.',
	language_changed: 'Tu idioma ahora es {language}.',
	language_changed_unsupported:
		'Tu idioma en Rocket.Chat ahora es {language}. Solo respondo en English, Português (Brasil), Deutsch y Español, así que sigo usando para ti el idioma del workspace.',
	email_2fa_enabled:
		'Los códigos de dos factores por correo están activados. Rocket.Chat cerró tus otras sesiones, como hace al activarlos; el vínculo de esta app sigue funcionando.',
	email_2fa_disabled: 'Los códigos de dos factores por correo están desactivados.',
	email_2fa_already_on: 'Los códigos de dos factores por correo ya están activados.',
	email_2fa_already_off: 'Los códigos de dos factores por correo ya están desactivados.',
	email_2fa_unverified:
		'Verifica primero tu dirección de correo (`/profile verify-email`): el servidor solo activa los códigos por correo cuando todas las direcciones están verificadas.',
	email_2fa_unavailable:
		'Este workspace no ofrece códigos de dos factores por correo (`Accounts_TwoFactorAuthentication_Enabled` o `Accounts_TwoFactorAuthentication_By_Email_Enabled` está desactivado).',

	// Field names, as shown to users
	field_name: 'nombre',
	field_username: 'nombre de usuario',
	field_nickname: 'apodo',
	field_bio: 'biografía',
	field_status: 'estado',
	field_statusText: 'texto de estado',
	field_email: 'correo electrónico',
	field_verified: 'correo verificado',
	field_requirePasswordChange: 'debe cambiar la contraseña',
	field_password: 'contraseña',
	field_active: 'activo',
	field_email2fa: 'códigos de dos factores por correo',
	field_roles: 'roles',
	field_deleted: 'cuenta eliminada',
	field_totpReset: 'autenticador (TOTP) restablecido',
	field_e2eReset: 'clave E2E restablecida',
	field_sessions: 'sesión cerrada en todas partes',
	// Labels and placeholders of the modals: Rocket.Chat's own words (AccountProfileForm, AdminUserForm)
	label_name: 'Nombre',
	label_username: 'Nombre de usuario',
	label_nickname: 'Apodo',
	label_bio: 'Biografía',
	label_status: 'Estado',
	label_statusText: 'Mensaje de estado',
	placeholder_statusText: '¿Qué estás haciendo en este momento?',
	label_email: 'Correo electrónico',
	label_verified: 'Marcar el correo electrónico como verificado',
	label_requirePasswordChange: 'Requerir cambio de contraseña',
	label_active: 'Activo',
	toggle_on: 'Sí',

	// Input errors (no request made)
	error_set_usage:
		'Dime qué quieres cambiar, p. ej. `/profile set bio Construyo cohetes` o `/profile set name="Juana Pérez" nickname=jp`.',
	error_unknown_field: 'No existe el campo “{name}”. Campos: {fields}.',
	error_unknown_field_in_assignment:
		'No existe el campo “{name}”. Si “{name}=…” forma parte de un valor, pon el valor entre comillas. Campos: {fields}.',
	error_unknown_field_suggest: 'No existe el campo “{name}”. ¿Quisiste decir `{suggestion}`?',
	error_unknown_field_in_assignment_suggest:
		'No existe el campo “{name}”. ¿Quisiste decir `{suggestion}=…`? Si “{name}=…” forma parte de un valor, pon el valor entre comillas.',
	error_duplicate_field: 'El campo {field} aparece dos veces.',
	error_password_on_command_line:
		'Por tu seguridad, las contraseñas nunca se aceptan en la línea de comandos. Usa `{form}`, que abre un formulario. Si estás compartiendo pantalla, considera expuesto lo que escribiste.',
	error_value_missing: 'Indica un valor para {field}, p. ej. `{command} {word} …`.',
	error_value_missing_clearable: 'Indica un valor para {field}; para vaciarlo, usa `{clear}`.',
	error_status_missing:
		'Indica un estado: `online`, `away`, `busy` u `offline`, p. ej. `/profile set status away En una reunión`.',
	error_status_invalid: '“{value}” no es un estado. Usa `online`, `away`, `busy` u `offline`.',
	error_status_invalid_suggest: '“{value}” no es un estado. ¿Quisiste decir `{suggestion}`?',
	error_status_duration:
		'“{value}” no es una duración que pueda leer. Prueba `por 30m`, `por 1h30`, `por 2 horas` o `por 3 días`.',
	error_status_time:
		'“{value}” no es una hora que pueda leer. Prueba `hasta 17:00`, `hasta 5pm` o `hasta mañana 9:00`.',
	error_status_time_past:
		'Para ti ya son las {now} ({zone}), así que las {time} ya pasaron hoy. Escribe `hasta mañana {time}` o una duración como `por 1h`.',
	error_status_too_long: 'Un estado puede terminar solo como máximo tras {days} días.',
	error_custom_status_needs_link:
		'“{value}” no es un estado (online, away, busy, offline). Para elegir uno de los estados personalizados del espacio de trabajo, vincula primero tu cuenta con `/profile login`.',
	error_custom_status_unknown:
		'“{value}” no es un estado (online, away, busy, offline), y este espacio de trabajo no tiene ningún estado personalizado con ese nombre. `/profile statuses` los lista.',
	error_custom_status_unknown_suggest:
		'“{value}” no es un estado, y este espacio de trabajo no tiene ningún estado personalizado con ese nombre. ¿Quisiste decir “{suggestion}”?',
	error_unclosed_quote:
		'Las comillas abiertas en “{start}” nunca se cierran. Ciérralas, p. ej. `name="Jane Doe"`, o quita las comillas.',
	error_clear_usage: 'Uso: `/profile clear <bio|nickname|text>`.',
	error_avatar_usage:
		'Indica la dirección web de la imagen, p. ej. `/profile set avatar https://example.com/yo.png`, o vuelve a la predeterminada con `/profile reset avatar`.',
	error_avatar_url:
		'Esa no es una dirección web que el servidor pueda obtener: usa una dirección http:// o https:// sin espacios.',
	error_language_usage:
		'Indica el idioma, p. ej. `/profile set language es` o `/profile set language español`.',
	error_language_unknown:
		'“{language}” no es un código de idioma (como `en`, `pt-BR`, `de`, `es`) ni un nombre de idioma que conozca.',
	error_reset_usage: 'Uso: `/profile reset avatar`.',
	error_2fa_usage:
		'Uso: `/profile 2fa email on` o `/profile 2fa email off`. Una app de autenticación (TOTP) se configura en Rocket.Chat en Mi cuenta → Seguridad.',
	error_takes_no_arguments: '`{command}` no admite nada después.',
	error_unknown_subcommand:
		'Comando desconocido `{command} {sub}`. Escribe `{command} help` para ver la lista.',
	error_unknown_subcommand_suggest:
		'Comando desconocido `{command} {sub}`. ¿Quisiste decir `{command} {suggestion}`?',
	error_name_required: 'En este espacio de trabajo el nombre no puede estar vacío.',
	error_name_invalid_characters: 'Los nombres no pueden contener <, >, \\ ni /.',
	error_value_empty: 'El campo {field} no puede estar vacío.',
	error_username_invalid: '“{value}” no es un nombre de usuario válido en este espacio de trabajo.',
	error_username_in_use: '“{value}” ya está en uso. Elige otro nombre de usuario.',
	error_username_blocked:
		'“{value}” está bloqueado en este espacio de trabajo y no se puede usar como nombre de usuario.',
	error_too_long:
		'El campo {field} tiene {length} caracteres; el servidor permite como máximo {max}.',
	error_email_invalid: '“{value}” no es una dirección de correo válida.',
	error_yes_no: '{field} admite `yes` o `no`, no “{value}”.',
	error_custom_required: 'El campo personalizado {field} es obligatorio y no puede estar vacío.',
	error_custom_set:
		'{reason} El servidor comprueba todos los campos personalizados cuando cambia uno: indica {field} en el mismo comando o formulario.',
	error_custom_option: '{field} debe ser uno de estos valores: {options}.',
	error_custom_too_short: '{field} debe tener al menos {min} caracteres.',
	error_email_unchanged: 'Nada que cambiar: {value} ya es tu dirección de correo.',
	error_password_mismatch: 'Las dos contraseñas no coinciden.',
	error_password_empty: 'Escribe la nueva contraseña.',

	// Second factor
	twofa_title: 'Confirma con tu segundo factor',
	twofa_changes_own: 'Tu perfil:',
	twofa_changes_other: 'Perfil de @{username}:',
	twofa_line_password: '• {field}: una nueva (no se muestra)',
	twofa_line_field: '• {field}',
	twofa_password_intro:
		'Escribe tu contraseña actual para confirmar. Una app de autenticación o los códigos por correo son segundos factores más seguros.',
	twofa_password_intro_other: 'Confirma con tu propia contraseña, no con la de @{username}.',
	twofa_totp_intro:
		'Introduce el código de 6 dígitos de tu app de autenticación o uno de tus códigos de respaldo de 8 caracteres.',
	twofa_totp_intro_other:
		'Introduce el código de 6 dígitos de tu propia app de autenticación (no la de @{username}) o uno de tus códigos de respaldo de 8 caracteres.',
	twofa_email_intro: 'Enviamos un código a tu dirección de correo. Introdúcelo aquí.',
	twofa_email_intro_other:
		'Enviamos un código a tu propia dirección de correo (no a la de @{username}). Introdúcelo aquí.',
	twofa_password_label: 'Contraseña actual',
	twofa_password_label_other: 'Tu propia contraseña',
	twofa_password_placeholder: 'Contraseña',
	twofa_code_label: 'Código',
	twofa_code_placeholder: 'Introduce el código aquí',
	twofa_send_again: 'Enviar el código de nuevo',
	twofa_code_sent_again: 'Se envió un código nuevo a tu dirección de correo.',
	twofa_confirm: 'Verificar',
	twofa_wrong_password: 'Esa contraseña no es correcta.',
	twofa_wrong_code: 'Ese código no es válido. Revísalo e inténtalo de nuevo.',
	twofa_code_empty: 'Introduce el código.',
	twofa_password_empty: 'Escribe tu contraseña actual.',
	twofa_max_attempts:
		'Demasiados códigos incorrectos: el cambio no se hizo. Vuelve a ejecutar el comando para obtener un código nuevo.',
	twofa_impossible:
		'Este cambio necesita tu contraseña como segundo factor, pero tu cuenta no tiene (inicia sesión con SSO o LDAP) ni tiene códigos de autenticador o por correo. Primero configura la autenticación de dos factores en Mi cuenta → Seguridad.',
	twofa_needed_button_text: 'El servidor te pide que confirmes este cambio con tu segundo factor.',
	twofa_button: 'Confirmar el cambio',
	twofa_expired: 'Esta confirmación caducó o ya se usó. Vuelve a ejecutar el comando.',
	submission_in_progress: 'Este formulario ya se envió: su resultado aparecerá en el chat.',
	email_code_send_failed: 'El servidor no pudo enviar el código por correo: {reason}',

	// Modals
	password_modal_title: 'Cambia tu contraseña',
	password_new_label: 'Nueva contraseña',
	password_confirm_label: 'Repite la nueva contraseña',
	password_modal_unmasked:
		'Los formularios de Rocket.Chat no pueden ocultar lo que escribes: asegúrate de que nadie pueda ver tu pantalla.',
	edit_modal_title: 'Edita tu perfil',
	edit_modal_title_other: 'Editar a @{username}',
	save: 'Guardar',
	status_online: 'En línea',
	status_away: 'Ausente',
	status_busy: 'Ocupado',
	status_offline: 'Desconectado (invisible)',

	// Failures
	error_unreachable:
		'La app no pudo conectar con el servidor. No se cambió nada. Inténtalo más tarde o pide a un admin que revise el ajuste “URL del servidor para llamadas a la API” de la app.',
	error_timeout:
		'El servidor no respondió en {seconds} s. Puede que el cambio se haya hecho o no: compruébalo con `{check}` antes de volver a intentarlo.',
	error_server: 'Error del servidor (HTTP {status}). No se cambió nada; inténtalo más tarde.',
	error_not_json:
		'El servidor respondió con algo que no es la API de Rocket.Chat (HTTP {status}). No se cambió nada. Pide a un admin que revise el ajuste “URL del servidor para llamadas a la API” de la app.',
	error_rate_limited:
		'El servidor está limitando la frecuencia con la que se puede hacer esto. Inténtalo de nuevo en {seconds} s.',
	queued:
		'El servidor está limitando la frecuencia con la que se puede hacer esto, así que tu cambio quedó en cola, puesto {place}: se aplicará en unos {wait} y recibirás un mensaje cuando se haga (`/profile queue` lo muestra o lo cancela).',
	queued_joined:
		'Esto se une a tu cambio en cola, puesto {place}: una sola solicitud aplicará ambos en unos {wait} y recibirás un mensaje cuando se haga (`/profile queue` lo muestra o lo cancela).',
	queued_replaced:
		'Esto reemplaza tu cambio en cola del mismo campo, puesto {place}: se aplicará en unos {wait} y recibirás un mensaje cuando se haga.',
	queued_applied: 'Se aplicó tu cambio en cola.',
	status_until: 'Hasta las {time} ({zone}); luego vuelve tu estado anterior.',
	status_until_tomorrow: 'Hasta mañana a las {time} ({zone}); luego vuelve tu estado anterior.',
	status_until_date: 'Hasta el {date} a las {time} ({zone}); luego vuelve tu estado anterior.',
	status_restored_title: 'Tu estado temporal terminó; volvió tu estado anterior:',
	status_restore_skipped:
		'Tu estado temporal terminó. Habías cambiado tu estado desde entonces, así que se queda como está.',
	status_restore_refused:
		'Tu estado temporal terminó, pero no se pudo restaurar tu estado anterior: {reason}',
	custom_statuses_title:
		'Estados personalizados de este espacio de trabajo (elige uno con `/profile set status "<nombre>"`):',
	custom_status_line: '• {name} ({status})',
	custom_status_text_only: 'solo texto',
	custom_statuses_none:
		'Este espacio de trabajo no tiene estados personalizados. Los integrados son online, away, busy y offline.',
	queued_failed: 'No se pudo aplicar tu cambio en cola: {reason}',
	queued_dropped_unlinked:
		'Se descartó tu cambio en cola porque tu cuenta ya no está vinculada. Vincúlala y vuelve a ejecutar el comando.',
	queue_empty: 'No tienes cambios en cola.',
	queue_title:
		'Tus cambios en cola (se aplican por orden de llegada cuando el servidor lo permite):',
	queue_line: '{number}. puesto {place}, en unos {wait}: {what}',
	queue_admin: '`/admin-user {words}`',
	queue_hint:
		'Cancela uno con `/profile queue cancel <número>`, un campo suyo con `/profile queue cancel <campo>`, todos con `/profile queue cancel all`.',
	queue_cancelled: 'Cancelados: {count} cambio(s) en cola.',
	queue_cancelled_field: 'Cancelado: el cambio en cola de {field}.',
	queue_no_field: 'No tienes ningún cambio en cola de {field}: consulta `/profile queue`.',
	queue_no_such: 'No hay ningún cambio en cola con el número {number}: consulta `/profile queue`.',
	error_queue_usage: 'Uso: `/profile queue` o `/profile queue cancel <número|campo|all>`.',
	error_forbidden: 'El servidor lo rechazó: no tienes permiso para esto.',
	error_invalid_params: 'El servidor rechazó la solicitud: {error}',
	error_identity:
		'El servidor no pudo guardar ese nombre o nombre de usuario: puede que ya esté en uso, esté reservado o no se permita en este espacio de trabajo.',
	error_blocked_username: 'Ese nombre de usuario está bloqueado en este espacio de trabajo.',
	error_server_email_invalid: 'Según el servidor, esta no es una dirección de correo válida.',
	error_email_in_use: 'Esa dirección de correo ya la usa otra cuenta.',
	error_email_domain_not_allowed:
		'Ese dominio de correo no está permitido en este espacio de trabajo.',
	error_email_domain_blocked: 'Ese dominio de correo está bloqueado en este espacio de trabajo.',
	error_bio_too_long:
		'La biografía es demasiado larga: el servidor permite como máximo 260 caracteres.',
	error_nickname_too_long:
		'El apodo es demasiado largo: el servidor permite como máximo 120 caracteres.',
	error_not_allowed_profile:
		'Este espacio de trabajo no permite que los usuarios editen su perfil.',
	error_not_allowed_username: 'Este espacio de trabajo no permite cambiar el nombre de usuario.',
	error_not_allowed_name: 'Este espacio de trabajo no permite cambiar el nombre.',
	error_not_allowed_email: 'Este espacio de trabajo no permite cambiar la dirección de correo.',
	error_not_allowed_password: 'Este espacio de trabajo no permite cambiar la contraseña.',
	error_not_allowed_status: 'Este espacio de trabajo no permite cambiar el texto de estado.',
	error_not_allowed_edit_others:
		'El servidor no te permite editar a otros usuarios (permiso edit-other-user-info).',
	error_not_allowed_verify_self:
		'El servidor no te permite cambiar la verificación de tu propio correo.',
	error_not_allowed_roles: 'El servidor no te permite asignar roles (permiso assign-roles).',
	error_not_allowed_admin_role:
		'El servidor no te permite asignar el rol de admin (permiso assign-admin-role).',
	error_last_admin: 'El servidor se niega: el espacio de trabajo quedaría sin un admin activo.',
	error_invalid_role: 'Alguno de esos roles no existe en este espacio de trabajo.',
	error_not_allowed_active:
		'El servidor no te permite activar ni desactivar usuarios (permiso edit-other-user-active-status).',
	error_not_allowed: 'El servidor no permite este cambio.',
	error_not_allowed_create_user:
		'El servidor no te permite agregar usuarios (permiso create-user).',
	error_invisible_disabled:
		'El estado invisible (desconectado) está deshabilitado en este espacio de trabajo.',
	error_bridge_failed: 'El servidor no guardó el cambio. No se cambió nada; inténtalo más tarde.',
	error_password_same: 'La nueva contraseña es igual a la actual.',
	error_password_history: 'Ya usaste esa contraseña antes; elige otra.',
	error_password_policy:
		'La contraseña no cumple la política de contraseñas del espacio de trabajo: {rules}',
	policy_minLength: 'demasiado corta',
	policy_maxLength: 'demasiado larga',
	policy_repeatingCharacters: 'demasiados caracteres repetidos',
	policy_oneLowercase: 'necesita una letra minúscula',
	policy_oneUppercase: 'necesita una letra mayúscula',
	policy_oneNumber: 'necesita un número',
	policy_oneSpecial: 'necesita un carácter especial',
	error_invalid_user: 'Ese usuario no existe.',
	error_email_send_failed:
		'El servidor no pudo enviar el correo de confirmación, así que no se cambió nada.',
	error_invalid_field: 'El servidor rechazó un valor por ser de un tipo incorrecto.',
	error_server_name_invalid:
		'El servidor rechazó el nombre: los nombres no pueden contener <, >, \\ ni /.',
	error_custom_fields: 'El servidor rechazó los campos personalizados: {error}',
	error_federated: 'Los usuarios federados no se pueden editar aquí.',
	error_server_username_invalid: 'Según el servidor, este no es un nombre de usuario válido.',
	error_not_authorized: 'Según el servidor, no tienes autorización para hacer esto.',
	error_user_not_found: 'El servidor no encontró ese usuario.',
	error_two_factor: 'El servidor pide un segundo factor.',
	error_generic: 'El servidor rechazó el cambio: {error}',
	error_unexpected:
		'Algo salió mal en la app; no se cambió nada más. Inténtalo de nuevo y avisa a tu admin si sigue pasando.',

	// Admin
	admin_not_allowed:
		'Solo los usuarios con alguno de estos roles pueden usar /admin-user: {roles}.',
	admin_no_longer_allowed:
		'No se cambió nada: ya no tienes un rol que pueda usar /admin-user ({roles}).',
	admin_usage_user: 'Indica el usuario: `{usage}`.',
	admin_unknown_user: 'No existe ningún usuario “{user}” en este espacio de trabajo.',
	admin_set_usage:
		'Uso: `/admin-user set <usuario> <campo> <valor…>` o `/admin-user set <usuario> c1=v1 c2="v 2"`.',
	admin_roles_usage: 'Uso: `/admin-user roles <usuario> add|remove|set <rol…>`.',
	admin_list_usage:
		'Uso: `/admin-user list [búsqueda…] [role:<rol>] [active|inactive]` (un rol, un estado; la búsqueda mira el nombre de usuario, el nombre y el correo).',
	admin_list_search_too_long: 'La búsqueda puede tener como máximo {max} caracteres.',
	admin_list_title: '*Usuarios* {from}–{to} de {total}{filters}',
	admin_list_filter_search: 'con {search}',
	admin_list_filter_role: 'rol {role}',
	admin_list_filter_active: 'solo activos',
	admin_list_filter_inactive: 'solo desactivados',
	admin_list_row: '{name} · {username} · {email} · roles: {roles} · {state}',
	admin_list_active: 'activo',
	admin_list_inactive: 'desactivado',
	admin_list_empty: 'Ningún usuario coincide{filters}.',
	admin_list_past_end: 'No hay más usuarios{filters}.',
	admin_list_edit: 'Editar',
	admin_list_activate: 'Activar',
	admin_list_deactivate: 'Desactivar',
	admin_list_previous: 'Anterior',
	admin_list_next: 'Siguiente',
	admin_invite_usage:
		'Uso: `/admin-user invite <dirección…>`, por ejemplo `/admin-user invite a@example.org b@example.org`.',
	admin_invite_too_many: 'Como máximo {max} direcciones por invitación.',
	admin_invite_not_addresses: 'No enviado, estas no son direcciones de correo: {emails}',
	admin_invite_sent: 'El servidor envió la invitación a {count} dirección(es): {emails}',
	admin_create_title: 'Agregar usuario',
	admin_create_submit: 'Agregar usuario',
	admin_create_roles: 'Roles',
	custom_field_options: 'Uno de: {options}.',
	admin_create_roles_hint:
		'Nombres de roles, separados por comas (por ejemplo user, livechat-agent).',
	admin_create_join_default: 'Unirse a los canales predeterminados',
	admin_create_proof_label: 'Tu propio segundo factor, si el servidor lo pide',
	admin_create_need_username: 'Escribe un nombre de usuario.',
	admin_create_need_email: 'Escribe una dirección de correo.',
	admin_create_done: '{username} creado ({email}).',
	admin_create_done_random:
		'{username} creado ({email}); el servidor envió una contraseña aleatoria a esa dirección.',
	admin_activated: 'Se activó la cuenta de @{username}.',
	admin_deactivated: 'Se desactivó la cuenta de @{username}.',
	admin_deleted: 'Se eliminó la cuenta de @{username}.',
	admin_totp_reset:
		'Se restableció el autenticador (TOTP) de @{username}: se cerraron todas sus sesiones y puede configurar de nuevo la autenticación de dos factores. El servidor le envió un correo.',
	admin_e2e_reset:
		'Se restableció la clave de cifrado de extremo a extremo de @{username}: se cerraron todas sus sesiones y se creará una clave nueva cuando vuelva a entrar.',
	admin_logged_out:
		'Se cerraron todas las sesiones y dispositivos de @{username}; sus tokens de acceso personal también dejaron de funcionar.',
	admin_already_active: 'La cuenta de @{username} ya está activa.',
	admin_already_inactive: 'La cuenta de @{username} ya está desactivada.',
	admin_user_failed: '@{user}: {reason}',
	admin_roles_changed: 'Roles de @{username}: {old} → {new}.',
	admin_roles_unchanged: 'Nada que cambiar: @{username} ya tiene los roles {roles}.',
	admin_verified: 'El correo de @{username} ahora está marcado como verificado.',
	admin_already_verified: 'El correo de @{username} ya está verificado.',
	admin_no_email: '@{username} no tiene ninguna dirección de correo que verificar.',
	// Admin: /admin-user doctor
	doctor_title: '*/admin-user doctor*: {ok} ok, {warning} aviso(s), {problem} problema(s)',
	doctor_fix: 'Solución: {fix}',
	doctor_url_from_setting: 'ajuste de la app «URL del servidor para llamadas a la API»',
	doctor_url_from_site_url: 'la Site URL del workspace',
	doctor_server_ok: 'La URL del servidor {url} ({source}) responde a `/api/info`.',
	doctor_server_not_rocketchat:
		'{url} responde a `/api/info` con estado {status}: no es la API REST de Rocket.Chat.',
	doctor_server_unreachable: '{url} no responde a `/api/info` desde el servidor.',
	doctor_server_no_networking:
		'La app no puede hacer peticiones HTTP: su permiso `networking` no está concedido.',
	doctor_fix_server_url:
		'pon en el ajuste de la app «URL del servidor para llamadas a la API» una dirección por la que el servidor se alcance a sí mismo, p. ej. `http://localhost:3000`.',
	doctor_workspace_ok: '{url} acepta tu cuenta vinculada: es este workspace.',
	doctor_workspace_refused:
		'{url} rechaza tu cuenta vinculada: es otro workspace, o tu vínculo caducó.',
	doctor_fix_workspace:
		'revisa el ajuste de la app «URL del servidor para llamadas a la API» y vuelve a vincular con `/profile login`.',
	doctor_workspace_not_linked:
		'Workspace y permisos del servidor sin comprobar: tu cuenta no está vinculada a la app.',
	doctor_fix_link:
		'vincula tu cuenta con `/profile login` y vuelve a ejecutar `/admin-user doctor`.',
	doctor_workspace_unknown:
		'No se pudo comprobar que {url} sea este workspace: `permissions.listAll` no respondió.',
	doctor_version_ok: 'Rocket.Chat {version}.',
	doctor_version_unknown: 'El servidor no indicó su versión.',
	doctor_fix_version_unknown: 'asegúrate de que la URL del servidor apunte al propio Rocket.Chat.',
	doctor_version_old: 'Rocket.Chat {version} es anterior a la 6.7, que la app necesita.',
	doctor_fix_update_server: 'actualiza Rocket.Chat a la 6.7 o posterior.',
	doctor_unreadable: 'La app no puede leer el ajuste del servidor `{setting}`.',
	doctor_fix_settings: 'actualiza o reinstala la app y acepta su permiso `server-setting.read`.',
	doctor_rate_limiter_off:
		'Limitador de la API REST apagado: los usuarios de la app no están limitados.',
	doctor_rate_limiter_bypassed:
		'Limitador de la API REST encendido ({calls} llamadas cada {seconds} s), pero el rol `user` tiene `api-bypass-rate-limit`: los usuarios de la app no están limitados.',
	doctor_rate_limiter_on:
		'Limitador de la API REST encendido: {calls} llamadas cada {seconds} s por endpoint y dirección de cliente. Toda petición de la app sale de la propia dirección del servidor, así que todos los usuarios comparten ese cupo: unos {perMinute} cambios propios por minuto para todo el workspace; la app pone el resto en cola.',
	doctor_rate_limiter_on_newer:
		'Limitador de la API REST encendido ({calls} llamadas cada {seconds} s), y esta versión del servidor permite un `users.updateOwnBasicInfo` por minuto por dirección de cliente. Toda petición de la app sale de la propia dirección del servidor: {perMinute} cambio(s) propio(s) por minuto para todo el workspace; la app pone el resto en cola.',
	doctor_fix_rate_limiter:
		'si es poco, sube `API_Enable_Rate_Limiter_Limit_Calls_Default` (Administración → Ajustes → Rate Limiter).',
	doctor_login_blocking_off: 'Bloqueo por inicios de sesión fallidos apagado.',
	doctor_login_blocking_none:
		'Bloqueo por inicios de sesión fallidos encendido, pero ni por usuario ni por dirección.',
	doctor_login_blocking_user_only:
		'Bloqueo por inicios de sesión fallidos por usuario ({attempts} fallos bloquean a un usuario {minutes} min), no por dirección.',
	doctor_login_blocking_whitelisted:
		'Bloqueo por inicios de sesión fallidos por dirección ({attempts} fallos, {minutes} min): la propia dirección del servidor {address} está en la lista blanca.',
	doctor_login_blocking_ip:
		'Bloqueo por inicios de sesión fallidos por dirección: {attempts} inicios fallidos a través de la app bloquean `/profile login` para todos durante {minutes} min, porque todo inicio de sesión de la app sale de la propia dirección del servidor.',
	doctor_fix_whitelist:
		'añade la propia dirección del servidor ({address}) a `Block_Multiple_Failed_Logins_Ip_Whitelist` (separadas por comas, sin espacios).',
	doctor_fix_whitelist_unknown:
		'añade a `Block_Multiple_Failed_Logins_Ip_Whitelist` la dirección desde la que el servidor alcanza su URL (separadas por comas, sin espacios).',
	doctor_two_factor_off: '2FA apagado: los cambios de correo y contraseña no piden segundo factor.',
	doctor_fix_two_factor: 'activa `Accounts_TwoFactorAuthentication_Enabled`.',
	doctor_method_totp: 'autenticador',
	doctor_method_email: 'códigos por correo',
	doctor_method_password: 'contraseña',
	doctor_two_factor_on:
		'2FA encendido ({methods}); tras un código el servidor no vuelve a pedirlo durante {minutes} min (`Accounts_TwoFactorAuthentication_RememberFor`).',
	doctor_two_factor_on_no_remember:
		'2FA encendido ({methods}); el servidor lo pide de nuevo en cada cambio sensible.',
	doctor_external_none:
		'Sin LDAP ni servicio OAuth integrado: los usuarios se vinculan con su contraseña.',
	doctor_external_on:
		'Inicio de sesión externo activo ({names}): esos usuarios se vinculan con un token de acceso personal; códigos por correo para usuarios OAuth: {email}.',
	doctor_external_no_tokens:
		'Inicio de sesión externo activo ({names}), pero el rol `user` no puede crear tokens de acceso personal: esos usuarios no pueden vincularse.',
	doctor_fix_tokens:
		'concede `create-personal-access-tokens` al rol `user` (Administración → Permisos).',
	doctor_custom_fields_none: 'No hay campos personalizados configurados.',
	doctor_custom_fields_ok:
		'Campos personalizados: {fields}. El servidor los guarda como un conjunto, así que la app los envía todos en cada cambio.',
	doctor_custom_fields_invalid:
		'`Accounts_CustomFields` no es un JSON válido: la app no ofrece ningún campo personalizado.',
	doctor_fix_custom_fields:
		'corrígelo en Administración → Ajustes → Cuentas → Registro → Campos personalizados.',
	doctor_permissions_unknown: 'Permisos de {roles} en el servidor sin comprobar.',
	doctor_permissions_missing:
		'A roles que pueden usar /admin-user les faltan permisos del servidor: {missing}.',
	doctor_fix_permissions:
		'concédelos en Administración → Permisos, o quita esos roles del ajuste de la app «Roles que pueden usar /admin-user» ({roles}).',
	doctor_permissions_rate_limited:
		'{roles}: todos los permisos que /admin-user necesita, pero no `api-bypass-rate-limit`: sus cambios comparten el límite con todos los usuarios.',
	doctor_fix_bypass: 'concede `api-bypass-rate-limit` a {roles} (Administración → Permisos).',
	doctor_permissions_ok:
		'{roles}: todos los permisos que /admin-user necesita, y `api-bypass-rate-limit`.',
	doctor_app_permissions_ok: 'La app tiene los permisos que necesita (red, ajustes del servidor).',
	doctor_app_permissions_missing: 'A la app le faltan los permisos {permissions}.',
	doctor_fix_app_permissions:
		'Administración → Apps → Profile Commands: actualiza o reinstala la app y acepta sus permisos.',
	admin_partial:
		'Hecho en parte para @{username}: cambios guardados ({saved}), pero el servidor se negó a cambiar el estado activo: {reason}',
	admin_self_deactivate:
		'No se envió nada: no puedes desactivarte a ti mismo; te quedarías sin acceso. Pídeselo a otro administrador.',
	admin_self_admin_role:
		'No se envió nada: no puedes quitarte tu propio rol de admin; podrías perder el acceso a la administración. Pídeselo a otro administrador.',
	admin_self_delete:
		'No se envió nada: no puedes eliminar tu propia cuenta desde aquí. Pídeselo a otra persona administradora.',
	admin_self_logout:
		'No se envió nada: cerrar tu sesión en todas partes también terminaría el vínculo de esta app. Para cerrar tus otras sesiones, usa `/profile logout-others`.',
	admin_self_reset_2fa:
		'No se envió nada: restablecer tu propia autenticación de dos factores cerraría todas tus sesiones, también la de esta app. Usa Mi cuenta → Seguridad.',
	admin_last_admin:
		'No se envió nada: @{username} es el último admin activo, y nadie podría administrar el espacio de trabajo sin esa cuenta. Haz antes a otro usuario admin activo.',
	admin_last_admin_unchecked:
		'No se envió nada: @{username} es un admin activo, y la app no puede comprobar que quedaría otro admin activo: listar los admins requiere el permiso del servidor {permission}.',
	admin_custom_fields_hidden:
		'No se envió nada: el servidor te oculta campos personalizados de @{username} ({fields}; permiso view-full-other-user-info), y guardar campos personalizados reemplaza el conjunto entero, así que se borrarían. Pídeselo a alguien con ese permiso.',
	admin_password_modal_title: 'Establecer la contraseña de @{username}',
	admin_password_manual: 'Establecer manualmente',
	admin_password_mode: 'Contraseña',
	admin_password_random: 'Establecer aleatoriamente y enviar por correo electrónico',
	admin_password_require_change: 'Requerir cambio de contraseña',
	admin_password_welcome: 'Enviar correo electrónico de bienvenida',
	admin_password_options: 'Opciones',
	admin_password_changed: 'Se cambió la contraseña de @{username}. Se cerraron todas sus sesiones.',
	admin_password_random_set:
		'Se estableció una contraseña aleatoria para @{username} y se envió a su correo.',
	admin_password_need_value:
		'Escribe la nueva contraseña o elige “Establecer aleatoriamente y enviar por correo electrónico”.',
	admin_password_random_typed:
		'Elegiste una contraseña aleatoria: vacía este campo o elige “Establecer manualmente”.',
	admin_password_not_permitted:
		'No se envió nada: no tienes el permiso del servidor {permission}, y sin él el servidor ignora en silencio una contraseña nueva. Pide a un administrador que lo conceda a uno de tus roles.',
	admin_action_not_permitted:
		'No se envió nada: no tienes el permiso del servidor {permission}. Pide que se lo den a uno de tus roles.',
	admin_action_refused:
		'El servidor lo rechazó: no tienes el permiso del servidor {permission}. No cambió nada.',
	admin_totp_reset_off:
		'No se envió nada: la autenticación de dos factores está desactivada en este workspace (`Accounts_TwoFactorAuthentication_Enabled`) y entonces el servidor no restablece autenticadores.',
	admin_delete_last_owner:
		'No se eliminó nada: @{username} es quien único posee algunas salas. Nuevo propietario (el miembro activo más antiguo): {changeOwner}. Se eliminan (nadie más puede poseerlas): {removed}. Para eliminar de todos modos: `/admin-user delete {username} relinquish`.',
	admin_permission_unknown:
		'No se envió nada: el servidor no dijo qué roles tienen {permission}, así que la app no puede saber si el cambio se aplicaría.',
	admin_confirm_title: 'Confirmar el cambio',
	admin_confirm_intro: 'Todavía no se envió nada. Confirma para cambiar:',
	admin_confirm_deactivate: '@{username}: desactivado, se cierran todas sus sesiones',
	admin_confirm_password:
		'@{username}: una contraseña nueva, elegida en el siguiente paso; se cierran todas sus sesiones',
	admin_confirm_roles: '@{username}: roles {old} → {new}',
	admin_confirm_fields: '@{username}: también {fields}',
	admin_confirm_delete: '@{username}: eliminado para siempre, con sus mensajes directos.',
	admin_confirm_messages_Delete:
		'Sus mensajes también se eliminan (`Message_ErasureType`: Delete).',
	admin_confirm_messages_Keep: 'Sus mensajes se conservan (`Message_ErasureType`: Keep).',
	admin_confirm_messages_Unlink:
		'Sus mensajes se conservan, como de un usuario eliminado (`Message_ErasureType`: Unlink).',
	admin_confirm_rooms_ask:
		'Si es el único propietario de alguna sala, todavía no se elimina nada: el servidor nombra esas salas y se te pregunta de nuevo.',
	admin_confirm_rooms_relinquish:
		'Las salas que solo posee pasan al miembro activo más antiguo, o se eliminan si no hay ninguno.',
	admin_confirm_relinquish:
		'@{username} es el único propietario de algunas salas; todavía no se eliminó nada. Confirma para eliminarlo de todos modos:',
	admin_confirm_rooms_new_owner: 'Nuevo propietario (el miembro activo más antiguo): {rooms}',
	admin_confirm_rooms_removed: 'Se eliminan (nadie más puede poseerlas): {rooms}',
	admin_confirm_reset_totp:
		'@{username}: autenticador (TOTP) eliminado y todas las sesiones cerradas; podrá configurar de nuevo la autenticación de dos factores. El servidor pide tu propio segundo factor cada vez.',
	admin_confirm_reset_e2e:
		'@{username}: clave de cifrado de extremo a extremo restablecida y todas las sesiones cerradas; se crea una clave nueva en su próximo inicio de sesión, y las salas cifradas sin ningún miembro conectado no se pueden recuperar. El servidor pide tu propio segundo factor cada vez.',
	admin_confirm_logout:
		'@{username}: se cierran todas sus sesiones y dispositivos; sus tokens de acceso personal (también un vínculo de app) dejan de funcionar.',
	admin_confirm_hint:
		'Los usuarios se leen de nuevo al confirmar. Un ajuste de la app desactiva esta confirmación para automatización.',
	admin_confirm_button: 'Confirmar',
	admin_confirm_offer: 'Este cambio espera tu confirmación: no se envió nada.',
	admin_confirm_open: 'Revisar y confirmar',
	admin_proof_label: 'Tu propio segundo factor (no el de @{username}), si el servidor lo pide',
	admin_proof_hint:
		'El código de tu app de autenticación, el código que el servidor te envió por correo o tu propia contraseña.',
	admin_proof_needed_totp:
		'El servidor pide tu segundo factor: introduce aquí el código de tu app de autenticación y vuelve a guardar.',
	admin_proof_needed_email:
		'El servidor te envió un código por correo: introdúcelo aquí y vuelve a guardar.',
	admin_proof_needed_password:
		'El servidor te pide que confirmes con tu propia contraseña: escríbela aquí y vuelve a guardar.',
	admin_audit: '@{admin} modificó a @{username}: {fields}',
};
