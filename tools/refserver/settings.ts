/** Workspace settings the endpoints read (docs/server-rules.md), with Rocket.Chat's defaults. */
export type SettingValue = string | number | boolean;

/** Setting ids that need quotes, apart so the object below keeps its unquoted keys. */
const HYPHENATED_SETTINGS = {
	// apps/meteor/server/settings/general.ts (REST API): users.listByStatus checks view-outside-room when on.
	'API_Apply_permission_view-outside-room_on_users-list': false,
};

export const DEFAULT_SETTINGS = {
	...HYPHENATED_SETTINGS,
	Site_Url: 'http://localhost:3000',

	API_Enable_Rate_Limiter: true,
	API_Enable_Rate_Limiter_Limit_Calls_Default: 10,
	API_Enable_Rate_Limiter_Limit_Time_Default: 60000,
	// apps/meteor/server/settings/general.ts (REST API): paging of list endpoints (getPaginationItems.ts).
	API_Default_Count: 50,
	API_Upper_Count_Limit: 100,
	API_Allow_Infinite_Count: true,
	// apps/meteor/server/settings/email.ts (Invitation): sendInvitationEmail refuses without a subject.
	Invitation_Subject: 'You have been invited to Rocket.Chat',

	// apps/meteor/server/settings/accounts.ts (section Login_Logs' neighbour: failed-login blocking)
	Block_Multiple_Failed_Logins_Enabled: true,
	Block_Multiple_Failed_Logins_By_User: true,
	Block_Multiple_Failed_Logins_Attempts_Until_Block_by_User: 10,
	Block_Multiple_Failed_Logins_Time_To_Unblock_By_User_In_Minutes: 5,
	Block_Multiple_Failed_Logins_By_Ip: true,
	Block_Multiple_Failed_Logins_Attempts_Until_Block_By_Ip: 50,
	Block_Multiple_Failed_Logins_Time_To_Unblock_By_Ip_In_Minutes: 5,
	Block_Multiple_Failed_Logins_Ip_Whitelist: '',
	Block_Multiple_Failed_Logins_Notify_Failed: false,

	Accounts_EmailVerification: false,
	LDAP_Enable: false,

	Accounts_TwoFactorAuthentication_Enabled: true,
	Accounts_TwoFactorAuthentication_By_TOTP_Enabled: true,
	Accounts_TwoFactorAuthentication_By_Email_Enabled: true,
	Accounts_TwoFactorAuthentication_By_Email_Auto_Opt_In: true,
	Accounts_TwoFactorAuthentication_By_Email_Code_Expiration: 3600,
	Accounts_TwoFactorAuthentication_Max_Invalid_Email_Code_Attempts: 5,
	Accounts_TwoFactorAuthentication_RememberFor: 1800,
	Accounts_TwoFactorAuthentication_Enforce_Password_Fallback: true,
	Accounts_TwoFactorAuthentication_MaxDelta: 1,
	Accounts_twoFactorAuthentication_email_available_for_OAuth_users: true,

	Accounts_AllowUserProfileChange: true,
	Accounts_AllowUsernameChange: true,
	Accounts_AllowRealNameChange: true,
	Accounts_AllowEmailChange: true,
	Accounts_AllowPasswordChange: true,
	Accounts_AllowPasswordChangeForOAuthUsers: true,
	Accounts_AllowUserStatusMessageChange: true,
	Accounts_AllowUserAvatarChange: true,
	Accounts_AllowInvisibleStatusOption: true,
	Accounts_RequireNameForSignUp: true,
	Accounts_SystemBlockedUsernameList: 'admin,administrator,system,user',
	Accounts_BlockedUsernameList: '',
	UTF8_User_Names_Validation: '[0-9a-zA-Z-_.]+',
	Accounts_AllowedDomainsList: '',
	Accounts_BlockedDomainsList: '',
	Accounts_UseDefaultBlockedDomainsList: true,
	Accounts_UseDNSDomainCheck: false,
	Accounts_CustomFields: '',
	Accounts_LoginExpiration: 90,
	// apps/meteor/server/settings/message.ts: what deleting a user does to their messages (Keep, Delete, Unlink).
	Message_ErasureType: 'Delete',

	Accounts_Password_History_Enabled: false,
	Accounts_Password_History_Amount: 5,
	Accounts_Password_Policy_Enabled: false,
	Accounts_Password_Policy_MinLength: 7,
	Accounts_Password_Policy_MaxLength: -1,
	Accounts_Password_Policy_ForbidRepeatingCharacters: true,
	Accounts_Password_Policy_ForbidRepeatingCharactersCount: 3,
	Accounts_Password_Policy_AtLeastOneLowercase: true,
	Accounts_Password_Policy_AtLeastOneUppercase: true,
	Accounts_Password_Policy_AtLeastOneNumber: true,
	Accounts_Password_Policy_AtLeastOneSpecialCharacter: true,
};

export type KnownSettingId = keyof typeof DEFAULT_SETTINGS;

/** Mutable settings map; tests flip switches with `set`, `reset` restores the defaults. */
export class ServerSettings {
	private values = new Map<string, SettingValue>();

	constructor() {
		this.reset();
	}

	get<K extends KnownSettingId>(id: K): typeof DEFAULT_SETTINGS[K];

	get(id: string): SettingValue | undefined;

	get(id: string): SettingValue | undefined {
		return this.values.get(id);
	}

	set(id: KnownSettingId | string, value: SettingValue): void {
		this.values.set(id, value);
	}

	reset(): void {
		this.values = new Map(Object.entries(DEFAULT_SETTINGS));
	}

	snapshot(): Record<string, SettingValue> {
		return Object.fromEntries(this.values);
	}
}
