/** The non-secret state each kind of pending modal keeps in persistence. Types only. */
import type { ProfileSnapshot } from '../../lib/profile';
import type { AdminConfirmPayload } from '../../modals/AdminConfirmModal';
import type { LinkAccountModalPayload } from '../../modals/LinkAccountModal';
import type { PasswordView } from '../../modals/PasswordModal';
import type { AdminSecondFactorPayload } from '../admin/adminUpdate';
import type { AccountSecondFactorPayload } from '../own/account';
import type { OwnChangePayload } from '../own/ownChange';

/** The own edit form: what it showed when it opened. */
export interface EditPayload {
	snapshot: ProfileSnapshot;
	customFieldNames: string[];
}

/** An admin form about one user: what the admin saw when it opened, and the proof method once the server named it. */
export interface AdminFormPayload {
	snapshot: ProfileSnapshot;
	customFieldNames: string[];
	proofMethod?: 'totp' | 'email' | 'password';
}

/** The create-user form keeps nothing typed (a password never), only the proof method once the server named it. */
export interface AdminCreatePayload {
	proofMethod?: 'totp' | 'email' | 'password';
}

/** Each kind of modal (lib/ids.ts ViewKind) and what its pending interaction keeps. */
export interface PayloadOf {
	'link': LinkAccountModalPayload;
	'own-2fa': OwnChangePayload;
	'own-password': PasswordView;
	'own-edit': EditPayload;
	'admin-2fa': AdminSecondFactorPayload;
	'admin-password': AdminFormPayload;
	'admin-edit': AdminFormPayload;
	'account-2fa': AccountSecondFactorPayload;
	'admin-confirm': AdminConfirmPayload;
	'admin-create': AdminCreatePayload;
}
