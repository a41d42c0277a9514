/** Password storage: bcrypt over SHA-256 hex, optional history (…/functions/saveUser/setPasswordUpdater.ts). */
import { bcryptCompare, hashPlainPassword, sha256Hex } from '../crypto';
import type { ServerState } from '../state';
import type { StoredUser } from '../types';

export function compareUserPassword(user: StoredUser, plain: string): Promise<boolean> {
	const hash = user.services.password?.bcrypt;
	return hash ? bcryptCompare(sha256Hex(plain), hash) : Promise.resolve(false);
}

/** True when the password is *not* in the history (or history is disabled). */
export async function isNotInPasswordHistory(
	state: ServerState,
	user: StoredUser,
	plain: string,
): Promise<boolean> {
	if (
		state.settings.get('Accounts_Password_History_Enabled') !== true ||
		!user.services.passwordHistory
	) {
		return true;
	}
	for (const oldHash of user.services.passwordHistory) {
		if (await bcryptCompare(sha256Hex(plain), oldHash)) {
			return false;
		}
	}
	return true;
}

export async function setPassword(
	state: ServerState,
	user: StoredUser,
	plain: string,
): Promise<void> {
	user.services.password = {
		...(user.services.password ?? {}),
		bcrypt: await hashPlainPassword(plain, state.bcryptRounds),
	};
}

export function addPasswordToHistory(
	state: ServerState,
	user: StoredUser,
	oldHash: string | undefined,
): void {
	if (!oldHash) {
		return;
	}
	const amount = Number(state.settings.get('Accounts_Password_History_Amount')) || 5;
	user.services.passwordHistory = [...(user.services.passwordHistory ?? []), oldHash].slice(
		-amount,
	);
}
