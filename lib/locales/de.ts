import type { Messages } from '../i18n';

/** German. */
export const de: Messages = {
	// Help
	help_profile: [
		'*/profile*: dein eigenes Profil direkt im Chat bearbeiten',
		'`/profile show`: dein Profil anzeigen',
		'`/profile set <Feld> <Wert…>`: ein Feld ändern, z. B. `/profile set bio Ich baue Raketen`',
		'`/profile set f1=w1 f2="w 2"`: mehrere Felder auf einmal ändern',
		'`/profile set status <online|away|busy|offline> [Text…]`: deinen Status und optional den Statustext setzen',
		'`/profile set status busy In einer Besprechung für 1h` (oder `für 30m`, `bis 17:00`, `bis morgen 9:00`): ein Status, der von selbst endet; danach kommt dein vorheriger zurück',
		'`/profile set status "<eigener Status>" [für …|bis …]`: einer der eigenen Status des Workspaces; `/profile statuses` listet sie auf',
		'`/profile clear <bio|nickname|text|status>`: ein Feld leeren (`status`: zurück zu online, ohne Text)',
		'`/profile set email <Adresse>`: deine E-Mail-Adresse ändern (wird mit deinem zweiten Faktor bestätigt)',
		'`/profile password`: dein Passwort ändern',
		'`/profile edit`: alles in einem Formular bearbeiten',
		'`/profile login` / `/profile logout`: dein Konto verknüpfen oder die Verknüpfung lösen',
		'`/profile queue`: deine Änderungen, die auf das Anfragelimit des Servers warten; `/profile queue cancel <Nummer|Feld|all>` bricht sie ab',
		'`/profile set avatar <url>` / `/profile reset avatar`: dein Bild von einer Webadresse, oder zurück zum Standard',
		'`/profile set language <Code|Name>`: deine Rocket.Chat-Sprache (meine Antworten folgen ihr)',
		'`/profile verify-email`: die Bestätigungs-E-Mail erneut senden',
		'`/profile logout-others`: deine anderen Sitzungen abmelden (diese Verknüpfung funktioniert weiter)',
		'`/profile 2fa email on|off`: Zwei-Faktor-Codes per E-Mail',
		'Felder: {fields}',
	].join('\n'),
	help_admin: [
		'*/admin-user*: andere Benutzer verwalten (nur für Admins)',
		'`<Benutzer>` ist `@Benutzername`, `Benutzername` oder eine Benutzer-ID.',
		'`/admin-user show <Benutzer>`: Profil, Rollen, Aktiv-Status, E-Mail-Verifizierung',
		'`/admin-user list [Suche…] [role:<Rolle>] [active|inactive]`: Benutzer finden, seitenweise, jeder mit Bearbeiten und Aktivieren/Deaktivieren',
		'`/admin-user create`: einen Benutzer in einem Formular anlegen (Passwort von Hand oder zufällig per E-Mail)',
		'`/admin-user invite <Adresse…>`: Einladungen per E-Mail in den Arbeitsbereich',
		'`/admin-user set <Benutzer> <Feld> <Wert…>` oder `… f1=w1 f2="w 2"`: Felder ändern',
		'`/admin-user activate <Benutzer…>` / `deactivate <Benutzer…>`: einen oder mehrere Benutzer aktivieren bzw. deaktivieren',
		'`/admin-user roles <Benutzer> add|remove|set <Rolle…>`: Rollen ändern',
		'`/admin-user verify <Benutzer>`: die E-Mail-Adresse als verifiziert markieren',
		'`/admin-user password <Benutzer>`: ein neues oder zufälliges Passwort setzen',
		'`/admin-user edit <Benutzer>`: in einem Formular bearbeiten',
		'`/admin-user delete <user> [relinquish]`: ein Konto löschen, nach einer Bestätigung (`relinquish`: Räume, die nur diesem Konto gehören, bekommen neue Eigentümer oder werden entfernt)',
		'`/admin-user reset-2fa <user> [totp|e2e]`: den Authenticator (TOTP, Standard) oder den E2E-Schlüssel zurücksetzen',
		'`/admin-user logout <user>`: von allen Sitzungen und Geräten abmelden',
		'`/admin-user doctor`: prüft, was die App auf diesem Server vorfindet (Einstellungen, Limits, Berechtigungen)',
		'Felder: {fields}',
		'Der Status (online, abwesend, beschäftigt, offline) gehört nicht dazu: Er ist die eigene Anwesenheit des Benutzers, die weder das Admin-Formular von Rocket.Chat noch `users.update` setzt; die Statusnachricht ist `text`.',
	].join('\n'),

	// Linking
	not_linked:
		'Dein Konto ist noch nicht mit der App verknüpft. Verknüpfe es einmalig und führe den Befehl dann erneut aus.',
	button_link_account: 'Mein Konto verknüpfen',
	button_relink: 'Erneut verknüpfen',
	resume_after_link: 'Sobald dein Konto verknüpft ist, führe ich `{command}` für dich aus.',
	already_linked:
		'Dein Konto ist bereits mit {host} verknüpft. Um es erneut zu verknüpfen (anderes Passwort, neues Token), nutze die Schaltfläche.',
	link_modal_title: 'Konto verknüpfen',
	link_modal_intro:
		'Die App handelt auf dem Server in deinem Namen und braucht deshalb einmalig deine Anmeldung. Verwende dein Passwort oder füge ein persönliches Zugangstoken ein (für Konten, die sich über SSO oder LDAP anmelden). Du meldest dich als @{username} an.',
	link_modal_host:
		'Was du hier eingibst, wird nur an {host} gesendet, den Server aus der App-Einstellung „Server URL“.',
	link_modal_unmasked:
		'Rocket.Chat-Formulare können deine Eingabe nicht verbergen: Achte darauf, dass niemand deinen Bildschirm sieht. Dein Passwort wird sofort gehasht und nie gespeichert; nur wenn der Server danach einen Code verlangt, behält die App den Hash, bis der Code eingegeben ist (höchstens 10 Minuten).',
	link_password_label: 'Passwort',
	link_code_label: 'Zwei-Faktor-Code (falls dein Konto einen verwendet)',
	link_token_label: 'Oder: persönliches Zugangstoken',
	link_token_hint: 'Erstelle eines unter Mein Konto → Persönliche Zugangstoken.',
	link_submit: 'Verknüpfen',
	cancel: 'Abbrechen',
	link_code_step_totp:
		'Passwort akzeptiert. Dein Konto verwendet außerdem eine Authenticator-App: Gib den aktuellen Code (oder einen Backup-Code) ein.',
	link_code_step_email:
		'Passwort akzeptiert. Wir haben dir einen Anmeldecode per E-Mail geschickt: Gib ihn hier ein.',
	link_step_expired:
		'Der Code-Schritt hat länger als 10 Minuten gewartet, daher hat die App dein Passwort verworfen: Gib es noch einmal ein.',
	link_error_choose_one: 'Gib dein Passwort oder ein Token ein, nicht beides.',
	link_error_nothing: 'Gib dein Passwort ein oder füge ein Token ein.',
	link_error_wrong_password: 'Falsches Passwort.',
	signin_sso_use_token:
		'Das Passwort wurde nicht akzeptiert. Wenn du dich mit {names} anmeldest, hat dein Konto hier kein Passwort: Füge stattdessen unten im Token-Feld ein persönliches Zugriffstoken ein (Mein Konto → Persönliche Zugriffstoken).',
	signin_blocked_user:
		'Der Server hat die Anmeldung für dein Konto nach zu vielen Fehlversuchen pausiert. Versuche es in {minutes} Minuten erneut: Die App versucht es vorher nicht, denn jeder Versuch während der Pause verlängert sie. Ein persönliches Zugriffstoken funktioniert solange weiter.',
	signin_blocked_address:
		'Der Server hat Anmeldungen von seiner eigenen Adresse, die alle Anmeldungen über die App teilen, nach zu vielen Fehlversuchen pausiert. Versuche es in {minutes} Minuten erneut: Die App versucht es vorher nicht, denn jeder Versuch während der Pause verlängert sie. Ein persönliches Zugriffstoken funktioniert solange weiter.',
	signin_blocked_address_admin:
		'Als Admin kannst du die Adresse, von der die App den Server aufruft, in der Einstellung Block_Multiple_Failed_Logins_Ip_Whitelist eintragen (Administration → Einstellungen → Konten; durch Kommas getrennt, ohne Leerzeichen).',
	signin_not_activated:
		'Der Server verweigert deine Anmeldung: Dein Konto ist deaktiviert. Bitte einen Admin, es zu aktivieren.',
	signin_email_not_verified:
		'Der Server meldet nur Benutzer mit bestätigter E-Mail-Adresse an. Bestätige deine über den Link, den der Server dir geschickt hat (oder bitte einen Admin), und verknüpfe dann erneut.',
	signin_app_user: 'Der Server lässt App-Benutzer sich nicht anmelden.',
	signin_no_roles:
		'Der Server verweigert deine Anmeldung: Dein Konto hat keine Rollen. Bitte einen Admin, ihm eine zu geben.',
	signin_ldap_use_token:
		'Das Passwort wurde nicht angenommen. Dieser Workspace meldet über LDAP an, das das Passwort genau wie eingegeben braucht, und die App sendet es nie so: Verknüpfe stattdessen mit einem persönlichen Zugriffstoken (Mein Konto → Persönliche Zugriffstoken).',
	link_error_code_needed: 'Gib den Zwei-Faktor-Code ein.',
	link_error_token_invalid:
		'Der Server akzeptiert dieses Token für dein Konto nicht: Füge ein Token ein, das du selbst erstellt und vollständig kopiert hast.',
	link_error_token_other_user:
		'Dieses Token gehört einem anderen Benutzer (@{username}). Füge ein Token deines eigenen Kontos ein.',
	linked_ok: 'Dein Konto ist verknüpft. Probier mal `/profile show`.',
	resume_running: 'Ich führe jetzt `{command}` aus, wie du es vor dem Verknüpfen verlangt hast.',
	logout_ok: 'Verknüpfung gelöst: Die App hat sich abgemeldet und deine Zugangsdaten vergessen.',
	logout_ok_token:
		'Verknüpfung gelöst: Die App hat dein persönliches Zugangstoken vergessen. Das Token selbst bleibt gültig: Entferne es unter Mein Konto → Persönliche Zugangstoken, wenn du es nicht mehr brauchst.',
	logout_not_linked: 'Nichts zu tun: Dein Konto ist nicht verknüpft.',
	credential_other_server:
		'Die App sendet ihre Anfragen jetzt an {host}, nicht an den Server, mit dem du dein Konto verknüpft hast ({old}). Deine gespeicherte Verknüpfung wurde nicht dorthin gesendet und wird nicht mehr verwendet: Verknüpfe dein Konto erneut.',
	credential_unbound:
		'Deine Verknüpfung wurde von einer früheren Version der App gespeichert, die nicht festhielt, zu welchem Server sie gehört; daher wird sie nicht mehr verwendet: Verknüpfe dein Konto erneut (einmalig).',
	credential_lost:
		'Der Server akzeptiert deine Verknüpfung nicht mehr (sie ist vielleicht abgelaufen oder wurde widerrufen), daher hat die App sie vergessen. Verknüpfe dein Konto erneut.',

	// Showing
	show_title: '*Dein Profil*',
	show_title_other: '*Profil von* @{username}',
	show_name: 'Name: {value}',
	show_username: 'Benutzername: @{value}',
	show_nickname: 'Spitzname: {value}',
	show_email: 'E-Mail: {value} ({verified})',
	show_email_none: 'E-Mail: (keine)',
	show_verified: 'verifiziert',
	show_not_verified: 'nicht verifiziert',
	show_bio: 'Bio: {value}',
	show_status: 'Status: {value}',
	show_status_text: 'Statustext: {value}',
	show_custom: '{field}: {value}',
	show_roles: 'Rollen: {value}',
	show_active: 'Aktiv: {value}',
	show_require_password_change: 'Muss das Passwort bei der nächsten Anmeldung ändern: {value}',
	yes: 'ja',
	no: 'nein',
	empty: '(leer)',

	// Changes
	changed_title: 'Profil aktualisiert:',
	changed_title_other: '@{username} aktualisiert:',
	changed_line: '• {field}: {old} → {new}',
	nothing_to_change: 'Nichts zu ändern: {field} ist bereits {value}.',
	nothing_changed: 'Nichts geändert.',
	email_change_note:
		'Deine neue E-Mail-Adresse ist noch nicht verifiziert: Schau in dein Postfach.',
	password_changed: 'Dein Passwort wurde geändert. Deine anderen Sitzungen wurden abgemeldet.',

	// Account (lib/account.ts): avatar, verification e-mail, sessions, language, e-mail 2FA
	avatar_changed: 'Dein Avatar kommt jetzt von {url}.',
	avatar_reset: 'Dein Avatar ist wieder der Standard.',
	error_avatar_change_off:
		'Dieser Workspace erlaubt Benutzern nicht, ihren Avatar zu ändern (Einstellung `Accounts_AllowUserAvatarChange`).',
	error_avatar_fetch:
		'Der Server konnte von dieser Adresse kein Bild laden: sie muss mit einem Bild antworten.',
	verify_email_sent: 'Eine Bestätigungs-E-Mail wurde an {email} gesendet: folge ihrem Link.',
	verify_email_already: 'Deine E-Mail-Adresse {email} ist bereits bestätigt.',
	verify_email_none:
		'Dein Konto hat keine E-Mail-Adresse: lege eine fest mit `/profile set email <Adresse>`.',
	verify_email_failed:
		'Der Server hat die Bestätigungs-E-Mail nicht gesendet: er fand kein Konto mit {email}.',
	logout_others_done:
		'Deine anderen Sitzungen wurden abgemeldet. Die Verknüpfung dieser App mit deinem Konto funktioniert weiter.',
	language_changed: 'Deine Sprache ist jetzt {language}.',
	language_changed_unsupported:
		'Deine Rocket.Chat-Sprache ist jetzt {language}. Ich antworte nur auf English, Português (Brasil), Deutsch und Español, daher verwende ich für dich weiter die Sprache des Workspace.',
	email_2fa_enabled:
		'Zwei-Faktor-Codes per E-Mail sind an. Rocket.Chat hat deine anderen Sitzungen abgemeldet, wie beim Einschalten üblich; die Verknüpfung dieser App funktioniert weiter.',
	email_2fa_disabled: 'Zwei-Faktor-Codes per E-Mail sind aus.',
	email_2fa_already_on: 'Zwei-Faktor-Codes per E-Mail sind bereits an.',
	email_2fa_already_off: 'Zwei-Faktor-Codes per E-Mail sind bereits aus.',
	email_2fa_unverified:
		'Bestätige zuerst deine E-Mail-Adresse (`/profile verify-email`): der Server schaltet E-Mail-Codes nur ein, wenn jede Adresse bestätigt ist.',
	email_2fa_unavailable:
		'Dieser Workspace bietet keine Zwei-Faktor-Codes per E-Mail an (`Accounts_TwoFactorAuthentication_Enabled` oder `Accounts_TwoFactorAuthentication_By_Email_Enabled` ist aus).',

	// Field names, as shown to users
	field_name: 'Name',
	field_username: 'Benutzername',
	field_nickname: 'Spitzname',
	field_bio: 'Bio',
	field_status: 'Status',
	field_statusText: 'Statustext',
	field_email: 'E-Mail',
	field_verified: 'E-Mail verifiziert',
	field_requirePasswordChange: 'Passwortänderung erforderlich',
	field_password: 'Passwort',
	field_active: 'Aktiv',
	field_email2fa: 'Zwei-Faktor-Codes per E-Mail',
	field_roles: 'Rollen',
	field_deleted: 'Konto gelöscht',
	field_totpReset: 'Authenticator (TOTP) zurückgesetzt',
	field_e2eReset: 'E2E-Schlüssel zurückgesetzt',
	field_sessions: 'überall abgemeldet',
	// Labels and placeholders of the modals: Rocket.Chat's own words (AccountProfileForm, AdminUserForm)
	label_name: 'Name',
	label_username: 'Benutzername',
	label_nickname: 'Spitzname',
	label_bio: 'Biografie',
	label_status: 'Status',
	label_statusText: 'Statusnachricht',
	placeholder_statusText: 'Was machen Sie gerade?',
	label_email: 'E-Mail',
	label_verified: 'E-Mail als verifiziert markieren',
	label_requirePasswordChange: 'Passwortänderung erforderlich',
	label_active: 'Aktiv',
	toggle_on: 'Ja',

	// Input errors (no request made)
	error_set_usage:
		'Sag mir, was du ändern möchtest, z. B. `/profile set bio Ich baue Raketen` oder `/profile set name="Erika Mustermann" nickname=em`.',
	error_unknown_field: 'Es gibt kein Feld „{name}“. Felder: {fields}.',
	error_unknown_field_in_assignment:
		'Es gibt kein Feld „{name}“. Wenn „{name}=…“ Teil eines Werts ist, setze den Wert in Anführungszeichen. Felder: {fields}.',
	error_unknown_field_suggest: 'Es gibt kein Feld „{name}“. Meintest du `{suggestion}`?',
	error_unknown_field_in_assignment_suggest:
		'Es gibt kein Feld „{name}“. Meintest du `{suggestion}=…`? Wenn „{name}=…“ Teil eines Werts ist, setze den Wert in Anführungszeichen.',
	error_duplicate_field: 'Das Feld {field} wird zweimal genannt.',
	error_password_on_command_line:
		'Zu deiner Sicherheit werden Passwörter nie über die Befehlszeile angenommen. Verwende `{form}`; das öffnet ein Formular. Falls du deinen Bildschirm teilst, betrachte das Eingetippte als offengelegt.',
	error_value_missing: 'Gib einen Wert für {field} an, z. B. `{command} {word} …`.',
	error_value_missing_clearable: 'Gib einen Wert für {field} an; zum Leeren verwende `{clear}`.',
	error_status_missing:
		'Gib einen Status an: `online`, `away`, `busy` oder `offline`, z. B. `/profile set status away In einer Besprechung`.',
	error_status_invalid:
		'„{value}“ ist kein Status. Verwende `online`, `away`, `busy` oder `offline`.',
	error_status_invalid_suggest: '„{value}“ ist kein Status. Meintest du `{suggestion}`?',
	error_status_duration:
		'„{value}“ ist keine Dauer, die ich lesen kann. Versuche `für 30m`, `für 1h30`, `für 2 Stunden` oder `für 3 Tage`.',
	error_status_time:
		'„{value}“ ist keine Uhrzeit, die ich lesen kann. Versuche `bis 17:00`, `bis 17 Uhr` oder `bis morgen 9:00`.',
	error_status_time_past:
		'Bei dir ist es schon {now} ({zone}), {time} ist heute also vorbei. Schreibe `bis morgen {time}` oder eine Dauer wie `für 1h`.',
	error_status_too_long: 'Ein Status kann höchstens nach {days} Tagen von selbst enden.',
	error_custom_status_needs_link:
		'„{value}“ ist kein Status (online, away, busy, offline). Um einen eigenen Status des Workspaces zu wählen, verknüpfe zuerst dein Konto mit `/profile login`.',
	error_custom_status_unknown:
		'„{value}“ ist kein Status (online, away, busy, offline), und dieser Workspace hat keinen eigenen Status dieses Namens. `/profile statuses` listet sie auf.',
	error_custom_status_unknown_suggest:
		'„{value}“ ist kein Status, und dieser Workspace hat keinen eigenen Status dieses Namens. Meintest du „{suggestion}“?',
	error_unclosed_quote:
		'Das bei „{start}“ geöffnete Anführungszeichen wird nie geschlossen. Schließe es, z. B. `name="Jane Doe"`, oder lass die Anführungszeichen weg.',
	error_clear_usage: 'Verwendung: `/profile clear <bio|nickname|text>`.',
	error_avatar_usage:
		'Gib die Webadresse des Bildes an, z. B. `/profile set avatar https://example.com/ich.png`, oder zurück zum Standard mit `/profile reset avatar`.',
	error_avatar_url:
		'Das ist keine Webadresse, die der Server abrufen kann: verwende eine http://- oder https://-Adresse ohne Leerzeichen.',
	error_language_usage:
		'Nenne die Sprache, z. B. `/profile set language de` oder `/profile set language deutsch`.',
	error_language_unknown:
		'„{language}“ ist weder ein Sprachcode (wie `en`, `pt-BR`, `de`, `es`) noch ein Sprachname, den ich kenne.',
	error_reset_usage: 'Verwendung: `/profile reset avatar`.',
	error_2fa_usage:
		'Verwendung: `/profile 2fa email on` oder `/profile 2fa email off`. Eine Authenticator-App (TOTP) richtest du in Rocket.Chat unter Mein Konto → Sicherheit ein.',
	error_takes_no_arguments: '`{command}` nimmt nichts danach an.',
	error_unknown_subcommand:
		'Unbekannter Befehl `{command} {sub}`. Gib `{command} help` ein, um die Liste zu sehen.',
	error_unknown_subcommand_suggest:
		'Unbekannter Befehl `{command} {sub}`. Meintest du `{command} {suggestion}`?',
	error_name_required: 'Der Name darf in diesem Arbeitsbereich nicht leer sein.',
	error_name_invalid_characters: 'Namen dürfen weder <, >, \\ noch / enthalten.',
	error_value_empty: 'Das Feld {field} darf nicht leer sein.',
	error_username_invalid: '„{value}“ ist in diesem Arbeitsbereich kein gültiger Benutzername.',
	error_username_in_use: '„{value}“ wird bereits verwendet. Wähle einen anderen Benutzernamen.',
	error_username_blocked:
		'„{value}“ ist in diesem Arbeitsbereich gesperrt und kann nicht als Benutzername verwendet werden.',
	error_too_long: 'Das Feld {field} ist {length} Zeichen lang; der Server erlaubt höchstens {max}.',
	error_email_invalid: '„{value}“ ist keine gültige E-Mail-Adresse.',
	error_yes_no: '{field} erwartet `yes` oder `no`, nicht „{value}“.',
	error_custom_required:
		'Das benutzerdefinierte Feld {field} ist ein Pflichtfeld und darf nicht leer sein.',
	error_custom_set:
		'{reason} Der Server prüft alle benutzerdefinierten Felder, sobald sich eines ändert: Setzen Sie {field} im selben Befehl oder Formular.',
	error_custom_option: '{field} muss einer dieser Werte sein: {options}.',
	error_custom_too_short: '{field} muss mindestens {min} Zeichen lang sein.',
	error_email_unchanged: 'Nichts zu ändern: {value} ist bereits deine E-Mail-Adresse.',
	error_password_mismatch: 'Die beiden Passwörter stimmen nicht überein.',
	error_password_empty: 'Gib das neue Passwort ein.',

	// Second factor
	twofa_title: 'Mit deinem zweiten Faktor bestätigen',
	twofa_changes_own: 'Dein Profil:',
	twofa_changes_other: 'Profil von @{username}:',
	twofa_line_password: '• {field}: ein neues (nicht angezeigt)',
	twofa_line_field: '• {field}',
	twofa_password_intro:
		'Gib zur Bestätigung dein aktuelles Passwort ein. Eine Authenticator-App oder E-Mail-Codes sind sicherere zweite Faktoren.',
	twofa_password_intro_other: 'Bestätige mit deinem eigenen Passwort, nicht dem von @{username}.',
	twofa_totp_intro:
		'Gib den 6-stelligen Code aus deiner Authenticator-App oder einen deiner 8-stelligen Backup-Codes ein.',
	twofa_totp_intro_other:
		'Gib den 6-stelligen Code aus deiner eigenen Authenticator-App (nicht der von @{username}) oder einen deiner 8-stelligen Backup-Codes ein.',
	twofa_email_intro: 'Wir haben einen Code an deine E-Mail-Adresse geschickt. Gib ihn hier ein.',
	twofa_email_intro_other:
		'Wir haben einen Code an deine eigene E-Mail-Adresse geschickt (nicht an die von @{username}). Gib ihn hier ein.',
	twofa_password_label: 'Aktuelles Passwort',
	twofa_password_label_other: 'Dein eigenes Passwort',
	twofa_password_placeholder: 'Passwort',
	twofa_code_label: 'Code',
	twofa_code_placeholder: 'Code hier eingeben',
	twofa_send_again: 'Code erneut senden',
	twofa_code_sent_again: 'Ein neuer Code wurde an deine E-Mail-Adresse gesendet.',
	twofa_confirm: 'Überprüfen',
	twofa_wrong_password: 'Das Passwort ist nicht korrekt.',
	twofa_wrong_code: 'Der Code ist ungültig. Prüfe ihn und versuche es erneut.',
	twofa_code_empty: 'Gib den Code ein.',
	twofa_password_empty: 'Gib dein aktuelles Passwort ein.',
	twofa_max_attempts:
		'Zu viele falsche Codes: Die Änderung wurde nicht durchgeführt. Führe den Befehl erneut aus, um einen neuen Code zu erhalten.',
	twofa_impossible:
		'Diese Änderung erfordert dein Passwort als zweiten Faktor, aber dein Konto hat keins (es meldet sich über SSO oder LDAP an) und auch keine Authenticator- oder E-Mail-Codes. Richte zuerst die Zwei-Faktor-Authentifizierung unter Mein Konto → Sicherheit ein.',
	twofa_needed_button_text:
		'Der Server möchte, dass du diese Änderung mit deinem zweiten Faktor bestätigst.',
	twofa_button: 'Änderung bestätigen',
	twofa_expired:
		'Diese Bestätigung ist abgelaufen oder wurde bereits verwendet. Führe den Befehl erneut aus.',
	submission_in_progress: 'Dieses Formular wurde bereits abgeschickt: Das Ergebnis folgt im Chat.',
	email_code_send_failed: 'Der Server konnte den E-Mail-Code nicht senden: {reason}',

	// Modals
	password_modal_title: 'Passwort ändern',
	password_new_label: 'Neues Passwort',
	password_confirm_label: 'Neues Passwort wiederholen',
	password_modal_unmasked:
		'Rocket.Chat-Formulare können deine Eingabe nicht verbergen: Achte darauf, dass niemand deinen Bildschirm sieht.',
	edit_modal_title: 'Profil bearbeiten',
	edit_modal_title_other: '@{username} bearbeiten',
	save: 'Speichern',
	status_online: 'Online',
	status_away: 'Abwesend',
	status_busy: 'Beschäftigt',
	status_offline: 'Offline (unsichtbar)',

	// Failures
	error_unreachable:
		'Die App konnte den Server nicht erreichen. Es wurde nichts geändert. Versuche es später erneut oder bitte einen Admin, die App-Einstellung „Server-URL für API-Aufrufe“ zu prüfen.',
	error_timeout:
		'Der Server hat nicht innerhalb von {seconds} s geantwortet. Die Änderung wurde möglicherweise trotzdem durchgeführt: Prüfe das mit `{check}`, bevor du es erneut versuchst.',
	error_server:
		'Fehler auf dem Server (HTTP {status}). Es wurde nichts geändert; versuche es später erneut.',
	error_not_json:
		'Der Server hat mit etwas geantwortet, das nicht die API von Rocket.Chat ist (HTTP {status}). Es wurde nichts geändert. Bitte einen Admin, die App-Einstellung „Server-URL für API-Aufrufe“ zu prüfen.',
	error_rate_limited:
		'Der Server begrenzt, wie oft das möglich ist. Versuche es in {seconds} s erneut.',
	queued:
		'Der Server begrenzt, wie oft das möglich ist, daher steht deine Änderung in der Warteschlange, Platz {place}: Sie wird in etwa {wait} übernommen, und du bekommst eine Nachricht, sobald das passiert ist (`/profile queue` zeigt sie an oder bricht sie ab).',
	queued_joined:
		'Das kommt zu deiner wartenden Änderung hinzu, Platz {place}: Eine Anfrage übernimmt beide in etwa {wait}, und du bekommst eine Nachricht, sobald das passiert ist (`/profile queue` zeigt oder storniert sie).',
	queued_replaced:
		'Das ersetzt deine wartende Änderung desselben Felds, Platz {place}: Sie wird in etwa {wait} übernommen, und du bekommst eine Nachricht, sobald das passiert ist.',
	queued_applied: 'Deine Änderung aus der Warteschlange wurde übernommen.',
	status_until: 'Bis {time} ({zone}); danach kommt dein vorheriger Status zurück.',
	status_until_tomorrow: 'Bis morgen {time} ({zone}); danach kommt dein vorheriger Status zurück.',
	status_until_date: 'Bis {date} {time} ({zone}); danach kommt dein vorheriger Status zurück.',
	status_restored_title:
		'Dein befristeter Status ist abgelaufen; dein vorheriger Status ist zurück:',
	status_restore_skipped:
		'Dein befristeter Status ist abgelaufen. Du hattest deinen Status inzwischen geändert, daher bleibt er, wie er ist.',
	status_restore_refused:
		'Dein befristeter Status ist abgelaufen, aber dein vorheriger Status konnte nicht wiederhergestellt werden: {reason}',
	custom_statuses_title:
		'Eigene Status dieses Workspaces (wähle einen mit `/profile set status "<Name>"`):',
	custom_status_line: '• {name} ({status})',
	custom_status_text_only: 'nur Text',
	custom_statuses_none:
		'Dieser Workspace hat keine eigenen Status. Die eingebauten sind online, away, busy und offline.',
	queued_failed: 'Deine Änderung aus der Warteschlange konnte nicht übernommen werden: {reason}',
	queued_dropped_unlinked:
		'Deine Änderung aus der Warteschlange wurde verworfen, weil dein Konto nicht mehr verknüpft ist. Verknüpfe es und führe den Befehl erneut aus.',
	queue_empty: 'Du hast keine Änderungen in der Warteschlange.',
	queue_title:
		'Deine wartenden Änderungen (in der Reihenfolge ihres Eingangs übernommen, sobald der Server es erlaubt):',
	queue_line: '{number}. Platz {place}, in etwa {wait}: {what}',
	queue_admin: '`/admin-user {words}`',
	queue_hint:
		'Eine abbrechen mit `/profile queue cancel <Nummer>`, ein Feld daraus mit `/profile queue cancel <Feld>`, alle mit `/profile queue cancel all`.',
	queue_cancelled: 'Abgebrochen: {count} wartende Änderung(en).',
	queue_cancelled_field: 'Abgebrochen: die wartende Änderung von {field}.',
	queue_no_field: 'Du hast keine wartende Änderung von {field}: siehe `/profile queue`.',
	queue_no_such: 'Es gibt keine wartende Änderung Nummer {number}: siehe `/profile queue`.',
	error_queue_usage: 'Verwendung: `/profile queue` oder `/profile queue cancel <Nummer|Feld|all>`.',
	error_forbidden: 'Der Server hat abgelehnt: Dir fehlt die Berechtigung dafür.',
	error_invalid_params: 'Der Server hat die Anfrage abgelehnt: {error}',
	error_identity:
		'Der Server konnte diesen Namen oder Benutzernamen nicht speichern: Er ist vielleicht schon vergeben, reserviert oder in diesem Arbeitsbereich nicht erlaubt.',
	error_blocked_username: 'Dieser Benutzername ist in diesem Arbeitsbereich gesperrt.',
	error_server_email_invalid: 'Laut Server ist das keine gültige E-Mail-Adresse.',
	error_email_in_use: 'Diese E-Mail-Adresse wird bereits von einem anderen Konto verwendet.',
	error_email_domain_not_allowed: 'Diese E-Mail-Domain ist in diesem Arbeitsbereich nicht erlaubt.',
	error_email_domain_blocked: 'Diese E-Mail-Domain ist in diesem Arbeitsbereich gesperrt.',
	error_bio_too_long: 'Die Bio ist zu lang: Der Server erlaubt höchstens 260 Zeichen.',
	error_nickname_too_long: 'Der Spitzname ist zu lang: Der Server erlaubt höchstens 120 Zeichen.',
	error_not_allowed_profile:
		'In diesem Arbeitsbereich dürfen Benutzer ihr Profil nicht bearbeiten.',
	error_not_allowed_username:
		'In diesem Arbeitsbereich kann der Benutzername nicht geändert werden.',
	error_not_allowed_name: 'In diesem Arbeitsbereich kann der Name nicht geändert werden.',
	error_not_allowed_email:
		'In diesem Arbeitsbereich kann die E-Mail-Adresse nicht geändert werden.',
	error_not_allowed_password: 'In diesem Arbeitsbereich kann das Passwort nicht geändert werden.',
	error_not_allowed_status: 'In diesem Arbeitsbereich kann der Statustext nicht geändert werden.',
	error_not_allowed_edit_others:
		'Der Server erlaubt dir nicht, andere Benutzer zu bearbeiten (Berechtigung edit-other-user-info).',
	error_not_allowed_verify_self:
		'Der Server erlaubt dir nicht, die Verifizierung deiner eigenen E-Mail-Adresse zu ändern.',
	error_not_allowed_roles:
		'Der Server erlaubt dir nicht, Rollen zuzuweisen (Berechtigung assign-roles).',
	error_not_allowed_admin_role:
		'Der Server erlaubt dir nicht, die Admin-Rolle zuzuweisen (Berechtigung assign-admin-role).',
	error_last_admin: 'Der Server lehnt ab: Der Workspace stünde dann ohne aktiven Admin da.',
	error_invalid_role: 'Mindestens eine dieser Rollen gibt es in diesem Arbeitsbereich nicht.',
	error_not_allowed_active:
		'Der Server erlaubt dir nicht, Benutzer zu aktivieren oder zu deaktivieren (Berechtigung edit-other-user-active-status).',
	error_not_allowed: 'Der Server erlaubt diese Änderung nicht.',
	error_not_allowed_create_user:
		'Der Server erlaubt dir nicht, Benutzer hinzuzufügen (Berechtigung create-user).',
	error_invisible_disabled:
		'Der Status „unsichtbar“ (offline) ist in diesem Arbeitsbereich deaktiviert.',
	error_bridge_failed:
		'Der Server hat die Änderung nicht gespeichert. Nichts wurde geändert; versuche es später noch einmal.',
	error_password_same: 'Das neue Passwort ist dasselbe wie das aktuelle.',
	error_password_history: 'Dieses Passwort hast du schon einmal verwendet; wähle ein anderes.',
	error_password_policy:
		'Das Passwort erfüllt die Passwortrichtlinie des Arbeitsbereichs nicht: {rules}',
	policy_minLength: 'zu kurz',
	policy_maxLength: 'zu lang',
	policy_repeatingCharacters: 'zu viele wiederholte Zeichen',
	policy_oneLowercase: 'braucht einen Kleinbuchstaben',
	policy_oneUppercase: 'braucht einen Großbuchstaben',
	policy_oneNumber: 'braucht eine Ziffer',
	policy_oneSpecial: 'braucht ein Sonderzeichen',
	error_invalid_user: 'Diesen Benutzer gibt es nicht.',
	error_email_send_failed:
		'Der Server konnte die Bestätigungs-E-Mail nicht senden, daher wurde nichts geändert.',
	error_invalid_field: 'Der Server hat einen Wert abgelehnt, weil er den falschen Typ hat.',
	error_server_name_invalid:
		'Der Server hat den Namen abgelehnt: Namen dürfen weder <, >, \\ noch / enthalten.',
	error_custom_fields: 'Der Server hat die benutzerdefinierten Felder abgelehnt: {error}',
	error_federated: 'Föderierte Benutzer können hier nicht bearbeitet werden.',
	error_server_username_invalid: 'Laut Server ist das kein gültiger Benutzername.',
	error_not_authorized: 'Laut Server bist du dazu nicht berechtigt.',
	error_user_not_found: 'Der Server konnte diesen Benutzer nicht finden.',
	error_two_factor: 'Der Server verlangt einen zweiten Faktor.',
	error_generic: 'Der Server hat die Änderung abgelehnt: {error}',
	error_unexpected:
		'In der App ist etwas schiefgelaufen; es wurde nichts weiter geändert. Bitte versuche es erneut und sag deinem Admin Bescheid, wenn das öfter passiert.',

	// Admin
	admin_not_allowed: 'Nur Benutzer mit einer dieser Rollen dürfen /admin-user verwenden: {roles}.',
	admin_no_longer_allowed:
		'Nichts wurde geändert: Du hast keine Rolle mehr, die /admin-user verwenden darf ({roles}).',
	admin_usage_user: 'Gib den Benutzer an: `{usage}`.',
	admin_unknown_user: 'In diesem Arbeitsbereich gibt es keinen Benutzer „{user}“.',
	admin_set_usage:
		'Verwendung: `/admin-user set <Benutzer> <Feld> <Wert…>` oder `/admin-user set <Benutzer> f1=w1 f2="w 2"`.',
	admin_roles_usage: 'Verwendung: `/admin-user roles <Benutzer> add|remove|set <Rolle…>`.',
	admin_list_usage:
		'Verwendung: `/admin-user list [Suche…] [role:<Rolle>] [active|inactive]` (eine Rolle, ein Zustand; die Suche durchsucht Benutzername, Name und E-Mail).',
	admin_list_search_too_long: 'Die Suche darf höchstens {max} Zeichen haben.',
	admin_list_title: '*Benutzer* {from}–{to} von {total}{filters}',
	admin_list_filter_search: 'mit {search}',
	admin_list_filter_role: 'Rolle {role}',
	admin_list_filter_active: 'nur aktive',
	admin_list_filter_inactive: 'nur deaktivierte',
	admin_list_row: '{name} · {username} · {email} · Rollen: {roles} · {state}',
	admin_list_active: 'aktiv',
	admin_list_inactive: 'deaktiviert',
	admin_list_empty: 'Kein Benutzer gefunden{filters}.',
	admin_list_past_end: 'Keine weiteren Benutzer{filters}.',
	admin_list_edit: 'Bearbeiten',
	admin_list_activate: 'Aktivieren',
	admin_list_deactivate: 'Deaktivieren',
	admin_list_previous: 'Zurück',
	admin_list_next: 'Weiter',
	admin_invite_usage:
		'Verwendung: `/admin-user invite <Adresse…>`, z. B. `/admin-user invite a@example.org b@example.org`.',
	admin_invite_too_many: 'Höchstens {max} Adressen pro Einladung.',
	admin_invite_not_addresses: 'Nicht gesendet, das sind keine E-Mail-Adressen: {emails}',
	admin_invite_sent: 'Einladung vom Server an {count} Adresse(n) gesendet: {emails}',
	admin_create_title: 'Benutzer hinzufügen',
	admin_create_submit: 'Benutzer hinzufügen',
	admin_create_roles: 'Rollen',
	custom_field_options: 'Eines von: {options}.',
	admin_create_roles_hint: 'Rollennamen, durch Kommas getrennt (z. B. user, livechat-agent).',
	admin_create_join_default: 'Standardkanälen beitreten',
	admin_create_proof_label: 'Dein eigener zweiter Faktor, falls der Server danach fragt',
	admin_create_need_username: 'Gib einen Benutzernamen ein.',
	admin_create_need_email: 'Gib eine E-Mail-Adresse ein.',
	admin_create_done: '{username} angelegt ({email}).',
	admin_create_done_random:
		'{username} angelegt ({email}); der Server hat ein zufälliges Passwort an diese Adresse geschickt.',
	admin_activated: '@{username} ist jetzt aktiv.',
	admin_deactivated: '@{username} ist jetzt deaktiviert.',
	admin_deleted: '@{username} wurde gelöscht.',
	admin_totp_reset:
		'Der Authenticator (TOTP) von @{username} wurde zurückgesetzt: @{username} wurde überall abgemeldet und kann die Zwei-Faktor-Authentifizierung neu einrichten. Der Server hat eine E-Mail darüber geschickt.',
	admin_e2e_reset:
		'Der Ende-zu-Ende-Schlüssel von @{username} wurde zurückgesetzt: @{username} wurde überall abgemeldet; bei der nächsten Anmeldung entsteht ein neuer Schlüssel.',
	admin_logged_out:
		'@{username} wurde von allen Sitzungen und Geräten abgemeldet; die persönlichen Zugriffstoken funktionieren auch nicht mehr.',
	admin_already_active: '@{username} ist bereits aktiv.',
	admin_already_inactive: '@{username} ist bereits deaktiviert.',
	admin_user_failed: '@{user}: {reason}',
	admin_roles_changed: 'Rollen von @{username}: {old} → {new}.',
	admin_roles_unchanged: 'Nichts zu ändern: @{username} hat bereits die Rollen {roles}.',
	admin_verified: 'Die E-Mail-Adresse von @{username} ist jetzt als verifiziert markiert.',
	admin_already_verified: 'Die E-Mail-Adresse von @{username} ist bereits verifiziert.',
	admin_no_email: '@{username} hat keine E-Mail-Adresse, die verifiziert werden könnte.',
	// Admin: /admin-user doctor
	doctor_title: '*/admin-user doctor*: {ok} ok, {warning} Warnung(en), {problem} Problem(e)',
	doctor_fix: 'Abhilfe: {fix}',
	doctor_url_from_setting: 'App-Einstellung „Server-URL für API-Aufrufe“',
	doctor_url_from_site_url: 'die Site-URL des Workspace',
	doctor_server_ok: 'Die Server-URL {url} ({source}) beantwortet `/api/info`.',
	doctor_server_not_rocketchat:
		'{url} beantwortet `/api/info` mit Status {status}: das ist nicht die REST-API von Rocket.Chat.',
	doctor_server_unreachable: '{url} beantwortet `/api/info` vom Server aus nicht.',
	doctor_server_no_networking:
		'Die App darf keine HTTP-Anfragen stellen: ihre Berechtigung `networking` ist nicht erteilt.',
	doctor_fix_server_url:
		'setze die App-Einstellung „Server-URL für API-Aufrufe“ auf eine Adresse, unter der der Server sich selbst erreicht, z. B. `http://localhost:3000`.',
	doctor_workspace_ok: '{url} akzeptiert dein verknüpftes Konto: es ist dieser Workspace.',
	doctor_workspace_refused:
		'{url} lehnt dein verknüpftes Konto ab: ein anderer Workspace, oder deine Verknüpfung ist abgelaufen.',
	doctor_fix_workspace:
		'prüfe die App-Einstellung „Server-URL für API-Aufrufe“ und verknüpfe dann neu mit `/profile login`.',
	doctor_workspace_not_linked:
		'Workspace und Server-Berechtigungen nicht geprüft: dein Konto ist nicht mit der App verknüpft.',
	doctor_fix_link:
		'verknüpfe dein Konto mit `/profile login` und führe `/admin-user doctor` erneut aus.',
	doctor_workspace_unknown:
		'Konnte nicht prüfen, ob {url} dieser Workspace ist: `permissions.listAll` hat nicht geantwortet.',
	doctor_version_ok: 'Rocket.Chat {version}.',
	doctor_version_unknown: 'Der Server hat seine Version nicht genannt.',
	doctor_fix_version_unknown: 'stelle sicher, dass die Server-URL auf Rocket.Chat selbst zeigt.',
	doctor_version_old: 'Rocket.Chat {version} ist älter als 6.7, was die App braucht.',
	doctor_fix_update_server: 'aktualisiere Rocket.Chat auf 6.7 oder neuer.',
	doctor_unreadable: 'Die App kann die Server-Einstellung `{setting}` nicht lesen.',
	doctor_fix_settings:
		'aktualisiere oder installiere die App neu und erteile ihre Berechtigung `server-setting.read`.',
	doctor_rate_limiter_off: 'REST-Ratenbegrenzung aus: App-Nutzer werden nicht begrenzt.',
	doctor_rate_limiter_bypassed:
		'REST-Ratenbegrenzung an ({calls} Aufrufe je {seconds} s), aber die Rolle `user` hat `api-bypass-rate-limit`: App-Nutzer werden nicht begrenzt.',
	doctor_rate_limiter_on:
		'REST-Ratenbegrenzung an: {calls} Aufrufe je {seconds} s pro Endpunkt und Client-Adresse. Jede Anfrage der App kommt von der eigenen Adresse des Servers, also teilen sich alle Nutzer dieses Budget: etwa {perMinute} eigene Änderungen pro Minute für den ganzen Workspace; den Rest stellt die App in die Warteschlange.',
	doctor_rate_limiter_on_newer:
		'REST-Ratenbegrenzung an ({calls} Aufrufe je {seconds} s), und diese Serverversion erlaubt ein `users.updateOwnBasicInfo` pro Minute und Client-Adresse. Jede Anfrage der App kommt von der eigenen Adresse des Servers: {perMinute} eigene Änderung(en) pro Minute für den ganzen Workspace; den Rest stellt die App in die Warteschlange.',
	doctor_fix_rate_limiter:
		'wenn das zu wenig ist, erhöhe `API_Enable_Rate_Limiter_Limit_Calls_Default` (Verwaltung → Einstellungen → Rate Limiter).',
	doctor_login_blocking_off: 'Sperre nach fehlgeschlagenen Anmeldungen aus.',
	doctor_login_blocking_none:
		'Sperre nach fehlgeschlagenen Anmeldungen an, aber weder nach Nutzer noch nach Adresse.',
	doctor_login_blocking_user_only:
		'Sperre nach fehlgeschlagenen Anmeldungen nach Nutzer ({attempts} Fehlversuche sperren einen Nutzer {minutes} Min.), nicht nach Adresse.',
	doctor_login_blocking_whitelisted:
		'Sperre nach fehlgeschlagenen Anmeldungen nach Adresse ({attempts} Fehlversuche, {minutes} Min.): die eigene Adresse des Servers {address} steht auf der Whitelist.',
	doctor_login_blocking_ip:
		'Sperre nach fehlgeschlagenen Anmeldungen nach Adresse: {attempts} fehlgeschlagene Anmeldungen über die App sperren `/profile login` für alle für {minutes} Min., weil jede Anmeldung der App von der eigenen Adresse des Servers kommt.',
	doctor_fix_whitelist:
		'trage die eigene Adresse des Servers ({address}) in `Block_Multiple_Failed_Logins_Ip_Whitelist` ein (durch Kommas getrennt, ohne Leerzeichen).',
	doctor_fix_whitelist_unknown:
		'trage die Adresse, von der aus der Server seine Server-URL erreicht, in `Block_Multiple_Failed_Logins_Ip_Whitelist` ein (durch Kommas getrennt, ohne Leerzeichen).',
	doctor_two_factor_off: '2FA aus: E-Mail- und Passwortänderungen brauchen keinen zweiten Faktor.',
	doctor_fix_two_factor: 'schalte `Accounts_TwoFactorAuthentication_Enabled` ein.',
	doctor_method_totp: 'Authenticator',
	doctor_method_email: 'E-Mail-Codes',
	doctor_method_password: 'Passwort',
	doctor_two_factor_on:
		'2FA an ({methods}); nach einem Code fragt der Server {minutes} Min. lang nicht erneut (`Accounts_TwoFactorAuthentication_RememberFor`).',
	doctor_two_factor_on_no_remember:
		'2FA an ({methods}); der Server fragt bei jeder sensiblen Änderung erneut.',
	doctor_external_none:
		'Kein LDAP und kein eingebauter OAuth-Dienst: Nutzer verknüpfen mit ihrem Passwort.',
	doctor_external_on:
		'Externe Anmeldung an ({names}): diese Nutzer verknüpfen mit einem persönlichen Zugriffstoken; E-Mail-Codes für OAuth-Nutzer: {email}.',
	doctor_external_no_tokens:
		'Externe Anmeldung an ({names}), aber die Rolle `user` darf keine persönlichen Zugriffstokens erstellen: diese Nutzer können nicht verknüpfen.',
	doctor_fix_tokens:
		'erteile der Rolle `user` `create-personal-access-tokens` (Verwaltung → Berechtigungen).',
	doctor_custom_fields_none: 'Keine benutzerdefinierten Felder eingerichtet.',
	doctor_custom_fields_ok:
		'Benutzerdefinierte Felder: {fields}. Der Server speichert sie als ein Satz, also sendet die App bei jeder Änderung alle.',
	doctor_custom_fields_invalid:
		'`Accounts_CustomFields` ist kein gültiges JSON: die App bietet kein benutzerdefiniertes Feld an.',
	doctor_fix_custom_fields:
		'korrigiere es unter Verwaltung → Einstellungen → Konten → Registrierung → Benutzerdefinierte Felder.',
	doctor_permissions_unknown: 'Server-Berechtigungen von {roles} nicht geprüft.',
	doctor_permissions_missing:
		'Rollen, die /admin-user nutzen dürfen, fehlen Server-Berechtigungen: {missing}.',
	doctor_fix_permissions:
		'erteile sie unter Verwaltung → Berechtigungen, oder nimm diese Rollen aus der App-Einstellung „Rollen, die /admin-user nutzen dürfen“ ({roles}).',
	doctor_permissions_rate_limited:
		'{roles}: jede Berechtigung, die /admin-user braucht, aber nicht `api-bypass-rate-limit`: ihre Änderungen teilen sich die Ratenbegrenzung mit allen Nutzern.',
	doctor_fix_bypass: 'erteile {roles} `api-bypass-rate-limit` (Verwaltung → Berechtigungen).',
	doctor_permissions_ok:
		'{roles}: jede Berechtigung, die /admin-user braucht, und `api-bypass-rate-limit`.',
	doctor_app_permissions_ok:
		'Die App hat die Berechtigungen, die sie braucht (Netzwerk, Server-Einstellungen).',
	doctor_app_permissions_missing: 'Der App fehlen die Berechtigung(en) {permissions}.',
	doctor_fix_app_permissions:
		'Verwaltung → Apps → Profile Commands: aktualisiere oder installiere die App neu und erteile ihre Berechtigungen.',
	admin_partial:
		'Für @{username} nur teilweise erledigt: {saved} gespeichert, aber der Server hat die Änderung des Aktiv-Status abgelehnt: {reason}',
	admin_self_deactivate:
		'Nichts wurde gesendet: Du kannst dich nicht selbst deaktivieren; du würdest dich aussperren. Bitte einen anderen Admin.',
	admin_self_admin_role:
		'Nichts wurde gesendet: Du kannst dir nicht selbst die Admin-Rolle entziehen; du könntest den Zugang zur Verwaltung verlieren. Bitte einen anderen Admin.',
	admin_self_delete:
		'Nichts wurde gesendet: Dein eigenes Konto kannst du hier nicht löschen. Bitte eine andere Admin-Person.',
	admin_self_logout:
		'Nichts wurde gesendet: Dich überall abzumelden würde auch die Verknüpfung dieser App beenden. Deine anderen Sitzungen meldest du mit `/profile logout-others` ab.',
	admin_self_reset_2fa:
		'Nichts wurde gesendet: Deine eigene Zwei-Faktor-Authentifizierung zurückzusetzen würde dich überall abmelden, auch in dieser App. Nutze Mein Konto → Sicherheit.',
	admin_last_admin:
		'Nichts wurde gesendet: @{username} ist der letzte aktive Admin, ohne ihn könnte niemand den Workspace verwalten. Mach zuerst einen anderen Benutzer zum aktiven Admin.',
	admin_last_admin_unchecked:
		'Nichts wurde gesendet: @{username} ist ein aktiver Admin, und die App kann nicht prüfen, ob ein anderer aktiver Admin bliebe: Die Admins aufzulisten erfordert die Server-Berechtigung {permission}.',
	admin_custom_fields_hidden:
		'Nichts wurde gesendet: Der Server verbirgt benutzerdefinierte Felder von @{username} vor dir ({fields}; Berechtigung view-full-other-user-info), und beim Speichern wird die ganze Feldmenge ersetzt, sie würden also gelöscht. Bitte jemanden mit dieser Berechtigung.',
	admin_password_modal_title: 'Passwort von @{username} festlegen',
	admin_password_manual: 'Manuell festlegen',
	admin_password_mode: 'Passwort',
	admin_password_random: 'Zufällig festlegen und per E-Mail senden',
	admin_password_require_change: 'Passwortänderung erforderlich',
	admin_password_welcome: 'Willkommens-E-Mail senden',
	admin_password_options: 'Optionen',
	admin_password_changed:
		'Das Passwort von @{username} wurde geändert. Alle Sitzungen wurden abgemeldet.',
	admin_password_random_set:
		'Für @{username} wurde ein zufälliges Passwort gesetzt und an die hinterlegte E-Mail-Adresse gesendet.',
	admin_password_need_value:
		'Gib das neue Passwort ein oder wähle „Zufällig festlegen und per E-Mail senden“.',
	admin_password_random_typed:
		'Du hast ein zufälliges Passwort gewählt: Leere dieses Feld oder wähle „Manuell festlegen“.',
	admin_password_not_permitted:
		'Nichts wurde gesendet: Du hast die Server-Berechtigung {permission} nicht, und ohne sie ignoriert der Server ein neues Passwort stillschweigend. Bitte einen Admin, sie einer deiner Rollen zu geben.',
	admin_action_not_permitted:
		'Nichts wurde gesendet: Du hast die Server-Berechtigung {permission} nicht. Bitte eine Admin-Person, sie einer deiner Rollen zu geben.',
	admin_action_refused:
		'Der Server hat abgelehnt: Du hast die Server-Berechtigung {permission} nicht. Nichts wurde geändert.',
	admin_totp_reset_off:
		'Nichts wurde gesendet: Die Zwei-Faktor-Authentifizierung ist in diesem Workspace aus (`Accounts_TwoFactorAuthentication_Enabled`), dann setzt der Server keinen Authenticator zurück.',
	admin_delete_last_owner:
		'Nichts wurde gelöscht: @{username} ist einzige Eigentümerin bzw. einziger Eigentümer von Räumen. Neue Eigentümer (das am längsten dabei seiende aktive Mitglied): {changeOwner}. Entfernt (niemand sonst kommt infrage): {removed}. Trotzdem löschen: `/admin-user delete {username} relinquish`.',
	admin_permission_unknown:
		'Nichts wurde gesendet: Der Server hat nicht mitgeteilt, welche Rollen {permission} haben, daher kann die App nicht wissen, ob die Änderung angewendet würde.',
	admin_confirm_title: 'Änderung bestätigen',
	admin_confirm_intro: 'Noch wurde nichts gesendet. Bestätige, um zu ändern:',
	admin_confirm_deactivate: '@{username}: deaktiviert, aus allen Sitzungen abgemeldet',
	admin_confirm_password:
		'@{username}: ein neues Passwort, im nächsten Schritt gewählt; aus allen Sitzungen abgemeldet',
	admin_confirm_roles: '@{username}: Rollen {old} → {new}',
	admin_confirm_fields: '@{username}: außerdem {fields}',
	admin_confirm_delete: '@{username}: endgültig gelöscht, samt Direktnachrichten.',
	admin_confirm_messages_Delete:
		'Die Nachrichten werden ebenfalls gelöscht (`Message_ErasureType`: Delete).',
	admin_confirm_messages_Keep: 'Die Nachrichten bleiben (`Message_ErasureType`: Keep).',
	admin_confirm_messages_Unlink:
		'Die Nachrichten bleiben, als von einem entfernten Konto (`Message_ErasureType`: Unlink).',
	admin_confirm_rooms_ask:
		'Gehört ein Raum nur diesem Konto, wird noch nichts gelöscht: Der Server nennt diese Räume und du wirst erneut gefragt.',
	admin_confirm_rooms_relinquish:
		'Räume, die nur diesem Konto gehören, gehen an das am längsten dabei seiende aktive Mitglied oder werden entfernt, wenn es keines gibt.',
	admin_confirm_relinquish:
		'@{username} ist einzige Eigentümerin bzw. einziger Eigentümer von Räumen; noch wurde nichts gelöscht. Bestätige, um trotzdem zu löschen:',
	admin_confirm_rooms_new_owner:
		'Neue Eigentümer (das am längsten dabei seiende aktive Mitglied): {rooms}',
	admin_confirm_rooms_removed: 'Entfernt (niemand sonst kommt infrage): {rooms}',
	admin_confirm_reset_totp:
		'@{username}: Authenticator (TOTP) entfernt und überall abgemeldet; die Zwei-Faktor-Authentifizierung kann neu eingerichtet werden. Der Server fragt jedes Mal nach deinem eigenen zweiten Faktor.',
	admin_confirm_reset_e2e:
		'@{username}: Ende-zu-Ende-Schlüssel zurückgesetzt und überall abgemeldet; bei der nächsten Anmeldung entsteht ein neuer Schlüssel, und verschlüsselte Räume ohne Mitglied online lassen sich nicht wiederherstellen. Der Server fragt jedes Mal nach deinem eigenen zweiten Faktor.',
	admin_confirm_logout:
		'@{username}: von allen Sitzungen und Geräten abgemeldet; die persönlichen Zugriffstoken (auch eine App-Verknüpfung) funktionieren nicht mehr.',
	admin_confirm_hint:
		'Die Benutzer werden beim Bestätigen neu gelesen. Eine App-Einstellung schaltet diese Bestätigung für Automatisierung aus.',
	admin_confirm_button: 'Bestätigen',
	admin_confirm_offer: 'Diese Änderung wartet auf deine Bestätigung: Nichts wurde gesendet.',
	admin_confirm_open: 'Prüfen und bestätigen',
	admin_proof_label:
		'Dein eigener zweiter Faktor (nicht der von @{username}), falls der Server danach fragt',
	admin_proof_hint:
		'Der Code aus deiner Authenticator-App, der Code, den dir der Server per E-Mail geschickt hat, oder dein eigenes Passwort.',
	admin_proof_needed_totp:
		'Der Server verlangt deinen zweiten Faktor: Gib hier den Code aus deiner Authenticator-App ein und speichere erneut.',
	admin_proof_needed_email:
		'Der Server hat dir einen Code per E-Mail geschickt: Gib ihn hier ein und speichere erneut.',
	admin_proof_needed_password:
		'Der Server möchte, dass du mit deinem eigenen Passwort bestätigst: Gib es hier ein und speichere erneut.',
	admin_audit: '@{admin} hat @{username} geändert: {fields}',
};
