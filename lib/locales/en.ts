/** English: the reference table. Every other language must have exactly these keys (checked by the compiler). */
export const en = {
	// Help
	help_profile: [
		'*/profile*: edit your own profile from the chat',
		'`/profile show`: your profile',
		'`/profile set <field> <value…>`: change one field, e.g. `/profile set bio I build rockets`',
		'`/profile set f1=v1 f2="v 2"`: change several fields at once',
		'`/profile set status <online|away|busy|offline> [text…]`: your status and, optionally, its text',
		'`/profile set status busy In a meeting for 1h` (or `for 30m`, `until 17:00`, `until tomorrow 9:00`): a status that ends by itself; then your previous one comes back',
		'`/profile set status "<custom status>" [for …|until …]`: one of the workspace\'s custom statuses; `/profile statuses` lists them',
		'`/profile clear <bio|nickname|text|status>`: empty a field (`status`: back to online, no text)',
		'`/profile set email <address>`: change your e-mail (confirmed with your second factor)',
		'`/profile password`: change your password',
		'`/profile edit`: edit everything in a form',
		'`/profile login` / `/profile logout`: link or unlink your account',
		"`/profile queue`: your changes waiting for the server's rate limit; `/profile queue cancel <number|field|all>` cancels them",
		'`/profile set avatar <url>` / `/profile reset avatar`: your picture from a web address, or back to the default',
		'`/profile set language <code|name>`: your Rocket.Chat language (my replies follow it)',
		'`/profile verify-email`: send the verification e-mail again',
		'`/profile logout-others`: sign out your other sessions (this link keeps working)',
		'`/profile 2fa email on|off`: two-factor codes by e-mail',
		'Fields: {fields}',
	].join('\n'),
	help_admin: [
		'*/admin-user*: manage other users (admins only)',
		'`<user>` is `@username`, `username` or a user id.',
		'`/admin-user show <user>`: profile, roles, active state, e-mail verification',
		'`/admin-user list [search…] [role:<role>] [active|inactive]`: find users, a page at a time, each with Edit and Activate/Deactivate',
		'`/admin-user create`: add a user in a form (password set manually or randomly and sent by e-mail)',
		'`/admin-user invite <address…>`: e-mail invitations to join the workspace',
		'`/admin-user set <user> <field> <value…>` or `… f1=v1 f2="v 2"`: change fields',
		'`/admin-user activate <user…>` / `deactivate <user…>`: one or several users',
		'`/admin-user roles <user> add|remove|set <role…>`: change roles',
		'`/admin-user verify <user>`: mark the e-mail verified',
		'`/admin-user password <user>`: set a new or random password',
		'`/admin-user edit <user>`: edit in a form',
		'`/admin-user delete <user> [relinquish]`: delete a user, after a confirmation (`relinquish`: rooms they alone own get a new owner or go)',
		'`/admin-user reset-2fa <user> [totp|e2e]`: reset their authenticator (TOTP, the default) or their E2E encryption key',
		'`/admin-user logout <user>`: sign them out of every session and device',
		'`/admin-user doctor`: check what the app meets on this server (settings, limits, permissions)',
		'Fields: {fields}',
		'Status (online, away, busy, offline) is not one of them: it is the user’s own presence, which neither Rocket.Chat’s admin form nor `users.update` sets; the status message is `text`.',
	].join('\n'),

	// Linking
	not_linked:
		'Your account is not linked to the app yet. Link it once, then run the command again.',
	button_link_account: 'Link my account',
	button_relink: 'Link again',
	resume_after_link: 'Once your account is linked, I will run `{command}` for you.',
	already_linked:
		'Your account is already linked to {host}. To link it again (another password, a new token), use the button.',
	link_modal_title: 'Link your account',
	link_modal_intro:
		'The app acts on the server as you, so it needs your sign-in once. Use your password, or paste a personal access token (for accounts that sign in through SSO or LDAP). You are signing in as @{username}.',
	link_modal_host:
		'What you type here is sent only to {host}, the server named in the app’s “Server URL” setting.',
	link_modal_unmasked:
		'Rocket.Chat forms cannot hide what you type: make sure nobody can see your screen. Your password is hashed at once and never stored; only if the server then asks for a code does the app keep the hash, until the code is entered (10 minutes at most).',
	link_password_label: 'Password',
	link_code_label: 'Two-factor code (if your account uses one)',
	link_token_label: 'Or: personal access token',
	link_token_hint: 'Create one under My Account → Personal Access Tokens.',
	link_submit: 'Link',
	cancel: 'Cancel',
	link_code_step_totp:
		'Password accepted. Your account also uses an authenticator app: enter the current code (or a backup code).',
	link_code_step_email: 'Password accepted. We e-mailed you a sign-in code: enter it here.',
	link_step_expired:
		'The code step waited more than 10 minutes, so the app let go of your password: type it again.',
	link_error_choose_one: 'Fill in your password or a token, not both.',
	link_error_nothing: 'Fill in your password or paste a token.',
	link_error_wrong_password: 'Wrong password.',
	signin_sso_use_token:
		'The password was not accepted. If you sign in with {names}, your account has no password here: paste a personal access token in the token field below instead (My Account → Personal Access Tokens).',
	signin_blocked_user:
		'The server has paused sign-in for your account after too many failed attempts. Try again in {minutes} minutes: the app will not try before then, because every attempt during the pause prolongs it. A personal access token still works meanwhile.',
	signin_blocked_address:
		'The server has paused sign-ins from its own address, which every sign-in through the app shares, after too many failed attempts. Try again in {minutes} minutes: the app will not try before then, because every attempt during the pause prolongs it. A personal access token still works meanwhile.',
	signin_blocked_address_admin:
		'As an admin, you can add the address the app calls the server from to the setting Block_Multiple_Failed_Logins_Ip_Whitelist (Administration → Settings → Accounts; comma-separated, no spaces).',
	signin_not_activated:
		'The server refuses to sign you in: your account is deactivated. Ask an admin to activate it.',
	signin_email_not_verified:
		'The server only signs in users with a verified e-mail address. Verify yours with the link the server mailed you (or ask an admin), then link again.',
	signin_app_user: 'The server does not let app users sign in.',
	signin_no_roles:
		'The server refuses to sign you in: your account has no roles. Ask an admin to give it one.',
	signin_ldap_use_token:
		'The password was not accepted. This workspace signs in through LDAP, which needs the password exactly as typed, and the app never sends it that way: link with a personal access token instead (My Account → Personal Access Tokens).',
	link_error_code_needed: 'Enter the two-factor code.',
	link_error_token_invalid:
		'The server does not accept this token for your account: paste a token you created yourself, copied whole.',
	link_error_token_other_user:
		'This token belongs to another user (@{username}). Paste a token of your own account.',
	linked_ok: 'Your account is linked. Try `/profile show`.',
	resume_running: 'Now running `{command}`, as you asked before linking.',
	logout_ok: 'Unlinked: the app signed out and forgot your credential.',
	logout_ok_token:
		'Unlinked: the app forgot your personal access token. The token itself stays valid: remove it under My Account → Personal Access Tokens if you no longer need it.',
	logout_not_linked: 'Nothing to do: your account is not linked.',
	credential_other_server:
		'The app now sends its requests to {host}, not to the server you linked with ({old}). Your stored link was not sent there and is no longer used: link your account again.',
	credential_unbound:
		'Your link was saved by an earlier version of the app, which did not record the server it belongs to, so it is no longer used: link your account again (once).',
	credential_lost:
		'The server no longer accepts your link (it may have expired or been revoked), so the app forgot it. Link your account again.',

	// Showing
	show_title: '*Your profile*',
	show_title_other: '*Profile of* @{username}',
	show_name: 'Name: {value}',
	show_username: 'Username: @{value}',
	show_nickname: 'Nickname: {value}',
	show_email: 'E-mail: {value} ({verified})',
	show_email_none: 'E-mail: (none)',
	show_verified: 'verified',
	show_not_verified: 'not verified',
	show_bio: 'Bio: {value}',
	show_status: 'Status: {value}',
	show_status_text: 'Status text: {value}',
	show_custom: '{field}: {value}',
	show_roles: 'Roles: {value}',
	show_active: 'Active: {value}',
	show_require_password_change: 'Must change password at next login: {value}',
	yes: 'yes',
	no: 'no',
	empty: '(empty)',

	// Changes
	changed_title: 'Profile updated:',
	changed_title_other: 'Updated @{username}:',
	changed_line: '• {field}: {old} → {new}',
	nothing_to_change: 'Nothing to change: {field} is already {value}.',
	nothing_changed: 'Nothing changed.',
	email_change_note: 'Your new e-mail address is not verified yet: check your inbox.',
	password_changed: 'Your password was changed. Your other sessions were signed out.',

	// Account (lib/account.ts): avatar, verification e-mail, sessions, language, e-mail 2FA
	avatar_changed: 'Your avatar now comes from {url}.',
	avatar_reset: 'Your avatar is back to the default.',
	error_avatar_change_off:
		'This workspace does not let users change their avatar (setting `Accounts_AllowUserAvatarChange`).',
	error_avatar_fetch:
		'The server could not load a picture from that address: it must answer with an image.',
	verify_email_sent: 'A verification e-mail was sent to {email}: follow its link.',
	verify_email_already: 'Your e-mail address {email} is already verified.',
	verify_email_none:
		'Your account has no e-mail address: set one with `/profile set email <address>`.',
	verify_email_failed:
		'The server did not send the verification e-mail: it found no account with {email}.',
	logout_others_done:
		"Your other sessions were signed out. This app's link to your account still works.",
	language_changed: 'Your language is now {language}.',
	language_changed_unsupported:
		'Your Rocket.Chat language is now {language}. I only reply in English, Português (Brasil), Deutsch and Español, so I keep using the workspace language for you.',
	email_2fa_enabled:
		"Two-factor codes by e-mail are on. Rocket.Chat signed out your other sessions, as it does when this is turned on; this app's link still works.",
	email_2fa_disabled: 'Two-factor codes by e-mail are off.',
	email_2fa_already_on: 'Two-factor codes by e-mail are already on.',
	email_2fa_already_off: 'Two-factor codes by e-mail are already off.',
	email_2fa_unverified:
		'Verify your e-mail address first (`/profile verify-email`): the server turns on e-mail codes only when every address is verified.',
	email_2fa_unavailable:
		'This workspace does not offer two-factor codes by e-mail (`Accounts_TwoFactorAuthentication_Enabled` or `Accounts_TwoFactorAuthentication_By_Email_Enabled` is off).',

	// Field names, as shown to users
	field_name: 'name',
	field_username: 'username',
	field_nickname: 'nickname',
	field_bio: 'bio',
	field_status: 'status',
	field_statusText: 'status text',
	field_email: 'e-mail',
	field_verified: 'e-mail verified',
	field_requirePasswordChange: 'must change password',
	field_password: 'password',
	field_active: 'active',
	field_email2fa: 'two-factor codes by e-mail',
	field_roles: 'roles',
	field_deleted: 'account deleted',
	field_totpReset: 'authenticator (TOTP) reset',
	field_e2eReset: 'E2E encryption key reset',
	field_sessions: 'signed out everywhere',
	// Labels and placeholders of the modals: Rocket.Chat's own words (AccountProfileForm, AdminUserForm)
	label_name: 'Name',
	label_username: 'Username',
	label_nickname: 'Nickname',
	label_bio: 'Bio',
	label_status: 'Status',
	label_statusText: 'Status Message',
	placeholder_statusText: 'What are you doing right now?',
	label_email: 'Email',
	label_verified: 'Mark email as verified',
	label_requirePasswordChange: 'Require password change',
	label_active: 'Active',
	toggle_on: 'Yes',

	// Input errors (no request made)
	error_set_usage:
		'Tell me what to change, e.g. `/profile set bio I build rockets` or `/profile set name="Jane Doe" nickname=jd`.',
	error_unknown_field: 'There is no field “{name}”. Fields: {fields}.',
	error_unknown_field_in_assignment:
		'There is no field “{name}”. If “{name}=…” is part of a value, put the value in quotes. Fields: {fields}.',
	error_unknown_field_suggest: 'There is no field “{name}”. Did you mean `{suggestion}`?',
	error_unknown_field_in_assignment_suggest:
		'There is no field “{name}”. Did you mean `{suggestion}=…`? If “{name}=…” is part of a value, put the value in quotes.',
	error_duplicate_field: 'The field {field} is named twice.',
	error_password_on_command_line:
		'For your safety, passwords are never taken from the command line. Use `{form}`, which opens a form. Consider what you typed exposed if you share your screen.',
	error_value_missing: 'Give a value for {field}, e.g. `{command} {word} …`.',
	error_value_missing_clearable: 'Give a value for {field}; to empty it use `{clear}`.',
	error_status_missing:
		'Give a status: `online`, `away`, `busy` or `offline`, e.g. `/profile set status away In a meeting`.',
	error_status_invalid: '“{value}” is not a status. Use `online`, `away`, `busy` or `offline`.',
	error_status_invalid_suggest: '“{value}” is not a status. Did you mean `{suggestion}`?',
	error_status_duration:
		'“{value}” is not a duration I can read. Try `for 30m`, `for 1h30`, `for 2 hours` or `for 3 days`.',
	error_status_time:
		'“{value}” is not a time I can read. Try `until 17:00`, `until 5pm` or `until tomorrow 9:00`.',
	error_status_time_past:
		'It is already {now} ({zone}) for you, so {time} has passed today. Say `until tomorrow {time}`, or give a duration such as `for 1h`.',
	error_status_too_long: 'A status can end by itself after at most {days} days.',
	error_custom_status_needs_link:
		'“{value}” is not a status (online, away, busy, offline). To choose one of the workspace’s custom statuses, link your account first with `/profile login`.',
	error_custom_status_unknown:
		'“{value}” is not a status (online, away, busy, offline), and this workspace has no custom status of that name. `/profile statuses` lists them.',
	error_custom_status_unknown_suggest:
		'“{value}” is not a status, and this workspace has no custom status of that name. Did you mean “{suggestion}”?',
	error_unclosed_quote:
		'The quote opened at “{start}” is never closed. Close it, e.g. `name="Jane Doe"`, or leave the quotes out.',
	error_clear_usage: 'Usage: `/profile clear <bio|nickname|text>`.',
	error_avatar_usage:
		"Give the picture's web address, e.g. `/profile set avatar https://example.com/me.png`, or go back to the default with `/profile reset avatar`.",
	error_avatar_url:
		'That is not a web address the server can fetch: use an http:// or https:// address without spaces.',
	error_language_usage:
		'Name the language, e.g. `/profile set language de` or `/profile set language español`.',
	error_language_unknown:
		'“{language}” is neither a language code (like `en`, `pt-BR`, `de`, `es`) nor a language name I know.',
	error_reset_usage: 'Usage: `/profile reset avatar`.',
	error_2fa_usage:
		'Usage: `/profile 2fa email on` or `/profile 2fa email off`. An authenticator app (TOTP) is set up in Rocket.Chat under My Account → Security.',
	error_takes_no_arguments: '`{command}` takes nothing after it.',
	error_unknown_subcommand:
		'Unknown command `{command} {sub}`. Type `{command} help` for the list.',
	error_unknown_subcommand_suggest:
		'Unknown command `{command} {sub}`. Did you mean `{command} {suggestion}`?',
	error_name_required: 'The name cannot be empty on this workspace.',
	error_name_invalid_characters: 'Names may not contain <, >, \\ or /.',
	error_value_empty: 'The {field} cannot be empty.',
	error_username_invalid: '“{value}” is not a valid username on this workspace.',
	error_username_in_use: '“{value}” is already in use. Choose another username.',
	error_username_blocked:
		'“{value}” is blocked on this workspace and cannot be used as a username.',
	error_too_long: 'The {field} is {length} characters long; the server allows at most {max}.',
	error_email_invalid: '“{value}” is not a valid e-mail address.',
	error_yes_no: '{field} takes `yes` or `no`, not “{value}”.',
	error_custom_required: 'The custom field {field} is required and cannot be empty.',
	error_custom_set:
		'{reason} The server checks every custom field when one of them changes: set {field} in the same command or form.',
	error_custom_option: '{field} must be one of: {options}.',
	error_custom_too_short: '{field} must be at least {min} characters long.',
	error_email_unchanged: 'Nothing to change: {value} is already your e-mail address.',
	error_password_mismatch: 'The two passwords do not match.',
	error_password_empty: 'Type the new password.',

	// Second factor
	twofa_title: 'Confirm with your second factor',
	twofa_changes_own: 'Your profile:',
	twofa_changes_other: 'Profile of @{username}:',
	twofa_line_password: '• {field}: a new one (not shown)',
	twofa_line_field: '• {field}',
	twofa_password_intro:
		'Type your current password to confirm. An authenticator app or e-mail codes are safer second factors.',
	twofa_password_intro_other: "Confirm with your own password, not @{username}'s.",
	twofa_totp_intro:
		'Enter the 6-digit code from your authenticator app, or one of your 8-character backup codes.',
	twofa_totp_intro_other:
		"Enter the 6-digit code from your own authenticator app (not @{username}'s), or one of your 8-character backup codes.",
	twofa_email_intro: 'We sent a code to your e-mail address. Enter it here.',
	twofa_email_intro_other:
		"We sent a code to your own e-mail address (not @{username}'s). Enter it here.",
	twofa_password_label: 'Current password',
	twofa_password_label_other: 'Your own password',
	twofa_password_placeholder: 'Password',
	twofa_code_label: 'Code',
	twofa_code_placeholder: 'Enter code here',
	twofa_send_again: 'Send the code again',
	twofa_code_sent_again: 'A new code was sent to your e-mail address.',
	twofa_confirm: 'Verify',
	twofa_wrong_password: 'That password is not correct.',
	twofa_wrong_code: 'That code is not valid. Check it and try again.',
	twofa_code_empty: 'Enter the code.',
	twofa_password_empty: 'Type your current password.',
	twofa_max_attempts:
		'Too many wrong codes: the change was not made. Run the command again to get a new code.',
	twofa_impossible:
		'This change needs your password as a second factor, but your account has none (it signs in through SSO or LDAP) and no authenticator or e-mail codes. Set up two-factor authentication in My Account → Security first.',
	twofa_needed_button_text: 'The server asks you to confirm this change with your second factor.',
	twofa_button: 'Confirm the change',
	twofa_expired: 'This confirmation has expired or was already used. Run the command again.',
	submission_in_progress: 'This form was already submitted: its result follows in the chat.',
	email_code_send_failed: 'The server could not send the e-mail code: {reason}',

	// Modals
	password_modal_title: 'Change your password',
	password_new_label: 'New password',
	password_confirm_label: 'New password again',
	password_modal_unmasked:
		'Rocket.Chat forms cannot hide what you type: make sure nobody can see your screen.',
	edit_modal_title: 'Edit your profile',
	edit_modal_title_other: 'Edit @{username}',
	save: 'Save',
	status_online: 'Online',
	status_away: 'Away',
	status_busy: 'Busy',
	status_offline: 'Offline (invisible)',

	// Failures
	error_unreachable:
		'The app could not reach the server. Nothing was changed. Try again later, or ask an admin to check the app setting “Server URL for API calls”.',
	error_timeout:
		'The server did not answer within {seconds} s. The change may or may not have been made: check with `{check}` before trying again.',
	error_server: 'The server failed (HTTP {status}). Nothing was changed; try again later.',
	error_not_json:
		'The server answered with something that is not Rocket.Chat’s API (HTTP {status}). Nothing was changed. Ask an admin to check the app setting “Server URL for API calls”.',
	error_rate_limited:
		'The server is limiting how often this can be done. Try again in {seconds} s.',
	queued:
		'The server is limiting how often this can be done, so your change is queued, place {place}: it will be applied in about {wait} and you will get a message when it lands (`/profile queue` shows or cancels it).',
	queued_joined:
		'This joins your queued change, place {place}: one request will apply both in about {wait}, and you will get a message when it lands (`/profile queue` shows or cancels it).',
	queued_replaced:
		'This replaces your queued change of the same field, place {place}: it will be applied in about {wait} and you will get a message when it lands.',
	queued_applied: 'Your queued change was applied.',
	status_until: 'Until {time} ({zone}); then your previous status comes back.',
	status_until_tomorrow: 'Until tomorrow {time} ({zone}); then your previous status comes back.',
	status_until_date: 'Until {date} {time} ({zone}); then your previous status comes back.',
	status_restored_title: 'Your timed status ended; your previous status is back:',
	status_restore_skipped:
		'Your timed status ended. You had changed your status since, so it stays as it is.',
	status_restore_refused:
		'Your timed status ended, but your previous status could not be restored: {reason}',
	custom_statuses_title:
		'Custom statuses of this workspace (choose one with `/profile set status "<name>"`):',
	custom_status_line: '• {name} ({status})',
	custom_status_text_only: 'text only',
	custom_statuses_none:
		'This workspace has no custom statuses. The built-in ones are online, away, busy and offline.',
	queued_failed: 'Your queued change could not be applied: {reason}',
	queued_dropped_unlinked:
		'Your queued change was dropped because your account is no longer linked. Link it and run the command again.',
	queue_empty: 'You have no queued changes.',
	queue_title: 'Your queued changes (applied first in, first out when the server allows):',
	queue_line: '{number}. place {place}, in about {wait}: {what}',
	queue_admin: '`/admin-user {words}`',
	queue_hint:
		'Cancel one with `/profile queue cancel <number>`, one field of it with `/profile queue cancel <field>`, all with `/profile queue cancel all`.',
	queue_cancelled: 'Cancelled: {count} queued change(s).',
	queue_cancelled_field: 'Cancelled: the queued change of {field}.',
	queue_no_field: 'You have no queued change of {field}: see `/profile queue`.',
	queue_no_such: 'There is no queued change number {number}: see `/profile queue`.',
	error_queue_usage: 'Usage: `/profile queue` or `/profile queue cancel <number|field|all>`.',
	error_forbidden: 'The server refused: you lack the permission for this.',
	error_invalid_params: 'The server rejected the request: {error}',
	error_identity:
		'The server could not save that name or username: it may be taken, reserved, or not allowed on this workspace.',
	error_blocked_username: 'That username is blocked on this workspace.',
	error_server_email_invalid: 'The server says this is not a valid e-mail address.',
	error_email_in_use: 'That e-mail address is already in use by another account.',
	error_email_domain_not_allowed: 'That e-mail domain is not allowed on this workspace.',
	error_email_domain_blocked: 'That e-mail domain is blocked on this workspace.',
	error_bio_too_long: 'The bio is too long: the server allows at most 260 characters.',
	error_nickname_too_long: 'The nickname is too long: the server allows at most 120 characters.',
	error_not_allowed_profile: 'This workspace does not allow users to edit their profile.',
	error_not_allowed_username: 'This workspace does not allow changing the username.',
	error_not_allowed_name: 'This workspace does not allow changing the name.',
	error_not_allowed_email: 'This workspace does not allow changing the e-mail address.',
	error_not_allowed_password: 'This workspace does not allow changing the password.',
	error_not_allowed_status: 'This workspace does not allow changing the status text.',
	error_not_allowed_edit_others:
		'The server does not let you edit other users (permission edit-other-user-info).',
	error_not_allowed_verify_self:
		'The server does not let you change the verification of your own e-mail.',
	error_not_allowed_roles: 'The server does not let you assign roles (permission assign-roles).',
	error_not_allowed_admin_role:
		'The server does not let you assign the admin role (permission assign-admin-role).',
	error_last_admin: 'The server refuses: that would leave the workspace without an active admin.',
	error_invalid_role: 'One of those roles does not exist on this workspace.',
	error_not_allowed_active:
		'The server does not let you activate or deactivate users (permission edit-other-user-active-status).',
	error_not_allowed: 'The server does not allow this change.',
	error_not_allowed_create_user:
		'The server does not allow you to add users (permission create-user).',
	error_invisible_disabled: 'The invisible (offline) status is disabled on this workspace.',
	error_bridge_failed: 'The server did not save the change. Nothing was changed; try again later.',
	error_password_same: 'The new password is the same as the current one.',
	error_password_history: 'You used that password before; choose another one.',
	error_password_policy: 'The password does not meet the workspace’s policy: {rules}',
	policy_minLength: 'too short',
	policy_maxLength: 'too long',
	policy_repeatingCharacters: 'too many repeated characters',
	policy_oneLowercase: 'needs a lowercase letter',
	policy_oneUppercase: 'needs an uppercase letter',
	policy_oneNumber: 'needs a number',
	policy_oneSpecial: 'needs a special character',
	error_invalid_user: 'That user does not exist.',
	error_email_send_failed:
		'The server could not send the confirmation e-mail, so nothing was changed.',
	error_invalid_field: 'The server rejected a value as the wrong type.',
	error_server_name_invalid: 'The server refused the name: names may not contain <, >, \\ or /.',
	error_custom_fields: 'The server refused the custom fields: {error}',
	error_federated: 'Federated users cannot be edited here.',
	error_server_username_invalid: 'The server says this is not a valid username.',
	error_not_authorized: 'The server says you are not authorized to do this.',
	error_user_not_found: 'The server could not find that user.',
	error_two_factor: 'The server asks for a second factor.',
	error_generic: 'The server refused the change: {error}',
	error_unexpected:
		'Something went wrong in the app; nothing more was changed. Please try again, and tell your admin if it keeps happening.',

	// Admin
	admin_not_allowed: 'Only users with one of these roles may use /admin-user: {roles}.',
	admin_no_longer_allowed:
		'Nothing was changed: you no longer hold a role allowed to use /admin-user ({roles}).',
	admin_usage_user: 'Name the user: `{usage}`.',
	admin_unknown_user: 'There is no user “{user}” on this workspace.',
	admin_set_usage:
		'Usage: `/admin-user set <user> <field> <value…>` or `/admin-user set <user> f1=v1 f2="v 2"`.',
	admin_roles_usage: 'Usage: `/admin-user roles <user> add|remove|set <role…>`.',
	admin_list_usage:
		'Usage: `/admin-user list [search…] [role:<role>] [active|inactive]` (one role, one state; the search matches username, name and e-mail).',
	admin_list_search_too_long: 'The search may have at most {max} characters.',
	admin_list_title: '*Users* {from}–{to} of {total}{filters}',
	admin_list_filter_search: 'matching {search}',
	admin_list_filter_role: 'role {role}',
	admin_list_filter_active: 'active only',
	admin_list_filter_inactive: 'deactivated only',
	admin_list_row: '{name} · {username} · {email} · roles: {roles} · {state}',
	admin_list_active: 'active',
	admin_list_inactive: 'deactivated',
	admin_list_empty: 'No user matches{filters}.',
	admin_list_past_end: 'No more users{filters}.',
	admin_list_edit: 'Edit',
	admin_list_activate: 'Activate',
	admin_list_deactivate: 'Deactivate',
	admin_list_previous: 'Previous',
	admin_list_next: 'Next',
	admin_invite_usage:
		'Usage: `/admin-user invite <address…>`, e.g. `/admin-user invite a@example.org b@example.org`.',
	admin_invite_too_many: 'At most {max} addresses in one invitation.',
	admin_invite_not_addresses: 'Not sent, these are no e-mail addresses: {emails}',
	admin_invite_sent: 'Invitation sent by the server to {count} address(es): {emails}',
	admin_create_title: 'Add user',
	admin_create_submit: 'Add user',
	admin_create_roles: 'Roles',
	custom_field_options: 'One of: {options}.',
	admin_create_roles_hint: 'Role names, separated by commas (e.g. user, livechat-agent).',
	admin_create_join_default: 'Join default channels',
	admin_create_proof_label: 'Your own second factor, if the server asks for it',
	admin_create_need_username: 'Type a username.',
	admin_create_need_email: 'Type an e-mail address.',
	admin_create_done: 'Created {username} ({email}).',
	admin_create_done_random:
		'Created {username} ({email}); the server sent a random password to that address.',
	admin_activated: '@{username} is now active.',
	admin_deactivated: '@{username} is now deactivated.',
	admin_deleted: '@{username} was deleted.',
	admin_totp_reset:
		'The authenticator (TOTP) of @{username} was reset: they were signed out everywhere and can set up two-factor authentication again. The server e-mailed them about it.',
	admin_e2e_reset:
		'The end-to-end encryption key of @{username} was reset: they were signed out everywhere, and a new key is made when they sign in again.',
	admin_logged_out:
		'@{username} was signed out of every session and device; their personal access tokens stopped working too.',
	admin_already_active: '@{username} is already active.',
	admin_already_inactive: '@{username} is already deactivated.',
	admin_user_failed: '@{user}: {reason}',
	admin_roles_changed: 'Roles of @{username}: {old} → {new}.',
	admin_roles_unchanged: 'Nothing to change: @{username} already has roles {roles}.',
	admin_verified: 'The e-mail of @{username} is now marked verified.',
	admin_already_verified: 'The e-mail of @{username} is already verified.',
	admin_no_email: '@{username} has no e-mail address to verify.',
	// Admin: /admin-user doctor
	doctor_title: '*/admin-user doctor*: {ok} ok, {warning} warning(s), {problem} problem(s)',
	doctor_fix: 'Fix: {fix}',
	doctor_url_from_setting: 'app setting “Server URL for API calls”',
	doctor_url_from_site_url: 'the workspace’s Site URL',
	doctor_server_ok: 'Server URL {url} ({source}) answers `/api/info`.',
	doctor_server_not_rocketchat:
		'{url} answers `/api/info` with status {status}: that is not Rocket.Chat’s REST API.',
	doctor_server_unreachable: '{url} does not answer `/api/info` from the server.',
	doctor_server_no_networking:
		'The app may not make HTTP requests: its permission `networking` is not granted.',
	doctor_fix_server_url:
		'set the app setting “Server URL for API calls” to an address the server reaches itself at, e.g. `http://localhost:3000`.',
	doctor_workspace_ok: '{url} accepts your linked account: it is this workspace.',
	doctor_workspace_refused:
		'{url} refuses your linked account: it is another workspace, or your link expired.',
	doctor_fix_workspace:
		'check the app setting “Server URL for API calls”, then link again with `/profile login`.',
	doctor_workspace_not_linked:
		'Workspace and server permissions not checked: your account is not linked to the app.',
	doctor_fix_link: 'link your account with `/profile login`, then run `/admin-user doctor` again.',
	doctor_workspace_unknown:
		'Could not check that {url} is this workspace: `permissions.listAll` did not answer.',
	doctor_version_ok: 'Rocket.Chat {version}.',
	doctor_version_unknown: 'The server did not tell its version.',
	doctor_fix_version_unknown: 'make sure the Server URL points at Rocket.Chat itself.',
	doctor_version_old: 'Rocket.Chat {version} is older than 6.7, which the app needs.',
	doctor_fix_update_server: 'update Rocket.Chat to 6.7 or newer.',
	doctor_unreadable: 'The app cannot read the server setting `{setting}`.',
	doctor_fix_settings:
		'update or reinstall the app and accept its permission `server-setting.read`.',
	doctor_rate_limiter_off: 'REST rate limiter off: app users are not limited.',
	doctor_rate_limiter_bypassed:
		'REST rate limiter on ({calls} calls per {seconds} s), but the role `user` holds `api-bypass-rate-limit`: app users are not limited.',
	doctor_rate_limiter_on:
		'REST rate limiter on: {calls} calls per {seconds} s per endpoint and client address. Every request of the app comes from the server’s own address, so all users share that budget: about {perMinute} own changes a minute for the whole workspace; the app queues the rest.',
	doctor_rate_limiter_on_newer:
		'REST rate limiter on ({calls} calls per {seconds} s), and this server version allows one `users.updateOwnBasicInfo` a minute per client address. Every request of the app comes from the server’s own address: {perMinute} own change(s) a minute for the whole workspace; the app queues the rest.',
	doctor_fix_rate_limiter:
		'if that is too few, raise `API_Enable_Rate_Limiter_Limit_Calls_Default` (Administration → Settings → Rate Limiter).',
	doctor_login_blocking_off: 'Failed-login blocking off.',
	doctor_login_blocking_none: 'Failed-login blocking on, but neither by user nor by address.',
	doctor_login_blocking_user_only:
		'Failed-login blocking by user ({attempts} failures block a user for {minutes} min), not by address.',
	doctor_login_blocking_whitelisted:
		'Failed-login blocking by address ({attempts} failures, {minutes} min): the server’s own address {address} is whitelisted.',
	doctor_login_blocking_ip:
		'Failed-login blocking by address: {attempts} failed sign-ins through the app block `/profile login` for everyone for {minutes} min, because every sign-in of the app comes from the server’s own address.',
	doctor_fix_whitelist:
		'add the server’s own address ({address}) to `Block_Multiple_Failed_Logins_Ip_Whitelist` (comma-separated, no spaces).',
	doctor_fix_whitelist_unknown:
		'add the address the server reaches its Server URL from to `Block_Multiple_Failed_Logins_Ip_Whitelist` (comma-separated, no spaces).',
	doctor_two_factor_off: '2FA off: e-mail and password changes need no second factor.',
	doctor_fix_two_factor: 'turn on `Accounts_TwoFactorAuthentication_Enabled`.',
	doctor_method_totp: 'authenticator',
	doctor_method_email: 'e-mail codes',
	doctor_method_password: 'password',
	doctor_two_factor_on:
		'2FA on ({methods}); after a code the server does not ask again for {minutes} min (`Accounts_TwoFactorAuthentication_RememberFor`).',
	doctor_two_factor_on_no_remember:
		'2FA on ({methods}); the server asks again at every sensitive change.',
	doctor_external_none: 'No LDAP and no built-in OAuth service: users link with their password.',
	doctor_external_on:
		'External sign-in on ({names}): these users link with a personal access token; e-mail codes for OAuth users: {email}.',
	doctor_external_no_tokens:
		'External sign-in on ({names}), but the role `user` may not create personal access tokens: these users cannot link.',
	doctor_fix_tokens:
		'grant `create-personal-access-tokens` to the role `user` (Administration → Permissions).',
	doctor_custom_fields_none: 'No custom fields configured.',
	doctor_custom_fields_ok:
		'Custom fields: {fields}. The server saves them as one set, so the app sends all of them with every change.',
	doctor_custom_fields_invalid:
		'`Accounts_CustomFields` is not valid JSON: the app offers no custom field.',
	doctor_fix_custom_fields:
		'correct it under Administration → Settings → Accounts → Registration → Custom Fields.',
	doctor_permissions_unknown: 'Server permissions of {roles} not checked.',
	doctor_permissions_missing:
		'Roles allowed to use /admin-user lack server permissions: {missing}.',
	doctor_fix_permissions:
		'grant them under Administration → Permissions, or remove those roles from the app setting “Roles allowed to use /admin-user” ({roles}).',
	doctor_permissions_rate_limited:
		'{roles}: every permission /admin-user needs, but not `api-bypass-rate-limit`: their changes share the rate limit with all users.',
	doctor_fix_bypass: 'grant `api-bypass-rate-limit` to {roles} (Administration → Permissions).',
	doctor_permissions_ok:
		'{roles}: every permission /admin-user needs, and `api-bypass-rate-limit`.',
	doctor_app_permissions_ok:
		'The app holds the permissions it needs (networking, server settings).',
	doctor_app_permissions_missing: 'The app lacks its permission(s) {permissions}.',
	doctor_fix_app_permissions:
		'Administration → Apps → Profile Commands: update or reinstall the app and accept its permissions.',
	admin_partial:
		'Partly done for @{username}: {saved} saved, but the server refused to change the active state: {reason}',
	admin_self_deactivate:
		'Nothing was sent: you cannot deactivate yourself; you would lock yourself out. Ask another admin.',
	admin_self_admin_role:
		'Nothing was sent: you cannot remove your own admin role; you could lose access to the administration. Ask another admin.',
	admin_self_delete:
		'Nothing was sent: you cannot delete your own account from here. Ask another admin.',
	admin_self_logout:
		'Nothing was sent: signing yourself out everywhere would also end this app’s link. To sign out your other sessions, use `/profile logout-others`.',
	admin_self_reset_2fa:
		'Nothing was sent: resetting your own two-factor authentication would sign you out everywhere, this app’s link included. Use My Account → Security.',
	admin_last_admin:
		'Nothing was sent: @{username} is the last active admin, and nobody could administer the workspace without them. Make another user an active admin first.',
	admin_last_admin_unchecked:
		'Nothing was sent: @{username} is an active admin, and the app cannot check that another active admin would remain: listing the admins needs the server permission {permission}.',
	admin_custom_fields_hidden:
		'Nothing was sent: the server hides custom fields of @{username} from you ({fields}; permission view-full-other-user-info), and saving custom fields replaces the whole set, so they would be erased. Ask someone holding that permission.',
	admin_password_modal_title: 'Set the password of @{username}',
	admin_password_manual: 'Set manually',
	admin_password_mode: 'Password',
	admin_password_random: 'Set randomly and send by email',
	admin_password_require_change: 'Require password change',
	admin_password_welcome: 'Send welcome email',
	admin_password_options: 'Options',
	admin_password_changed:
		'The password of @{username} was changed. They were signed out of all sessions.',
	admin_password_random_set: 'A random password was set for @{username} and sent to their e-mail.',
	admin_password_need_value: 'Type the new password, or choose “Set randomly and send by email”.',
	admin_password_random_typed:
		'You chose a random password: clear this field, or choose “Set manually”.',
	admin_password_not_permitted:
		'Nothing was sent: you do not hold the server permission {permission}, and without it the server silently ignores a new password. Ask an admin to grant it to one of your roles.',
	admin_action_not_permitted:
		'Nothing was sent: you do not hold the server permission {permission}. Ask an admin to grant it to one of your roles.',
	admin_action_refused:
		'The server refused: you do not hold the server permission {permission}. Nothing changed.',
	admin_totp_reset_off:
		'Nothing was sent: two-factor authentication is off on this workspace (`Accounts_TwoFactorAuthentication_Enabled`), and the server does not reset an authenticator then.',
	admin_delete_last_owner:
		'Nothing was deleted: @{username} is the only owner of rooms. New owner (the longest-standing active member): {changeOwner}. Removed (nobody else could own them): {removed}. To delete anyway: `/admin-user delete {username} relinquish`.',
	admin_permission_unknown:
		'Nothing was sent: the server did not say which roles hold {permission}, so the app cannot tell whether the change would be applied.',
	admin_confirm_title: 'Confirm the change',
	admin_confirm_intro: 'Nothing has been sent yet. Confirm to change:',
	admin_confirm_deactivate: '@{username}: deactivated, signed out of every session',
	admin_confirm_password:
		'@{username}: a new password, chosen in the next step; signed out of every session',
	admin_confirm_roles: '@{username}: roles {old} → {new}',
	admin_confirm_fields: '@{username}: also {fields}',
	admin_confirm_delete: '@{username}: deleted for good, with their direct messages.',
	admin_confirm_messages_Delete: 'Their messages are deleted too (`Message_ErasureType`: Delete).',
	admin_confirm_messages_Keep: 'Their messages stay (`Message_ErasureType`: Keep).',
	admin_confirm_messages_Unlink:
		'Their messages stay, shown as from a removed user (`Message_ErasureType`: Unlink).',
	admin_confirm_rooms_ask:
		'If they are the only owner of a room, nothing is deleted yet: the server names those rooms and you are asked again.',
	admin_confirm_rooms_relinquish:
		'Rooms they alone own pass to the longest-standing active member, or are removed when there is none.',
	admin_confirm_relinquish:
		'@{username} is the only owner of rooms; nothing was deleted yet. Confirm to delete them anyway:',
	admin_confirm_rooms_new_owner: 'New owner (the longest-standing active member): {rooms}',
	admin_confirm_rooms_removed: 'Removed (nobody else could own them): {rooms}',
	admin_confirm_reset_totp:
		'@{username}: authenticator (TOTP) removed and signed out everywhere; they can set up two-factor authentication again. The server asks for your own second factor every time.',
	admin_confirm_reset_e2e:
		'@{username}: end-to-end encryption key reset and signed out everywhere; a new key is made at their next sign-in, and encrypted rooms with no member online cannot be restored for them. The server asks for your own second factor every time.',
	admin_confirm_logout:
		'@{username}: signed out of every session and device; their personal access tokens (an app link of theirs too) stop working.',
	admin_confirm_hint:
		'The users are read again when you confirm. An app setting turns this confirmation off for automation.',
	admin_confirm_button: 'Confirm',
	admin_confirm_offer: 'This change waits for your confirmation: nothing was sent.',
	admin_confirm_open: 'Review and confirm',
	admin_proof_label: "Your own second factor (not @{username}'s), if the server asks for it",
	admin_proof_hint:
		'Your authenticator code, the code the server e-mailed you, or your own password.',
	admin_proof_needed_totp:
		'The server asks for your second factor: enter the code from your authenticator app here and save again.',
	admin_proof_needed_email: 'The server e-mailed you a code: enter it here and save again.',
	admin_proof_needed_password:
		'The server asks you to confirm with your own password: type it here and save again.',
	admin_audit: '@{admin} changed @{username}: {fields}',
} as const;
