/** The non-secret state each kind of pending modal keeps in persistence. Types only. */
import type { ProfileSnapshot } from '../lib/profile';
import type { SecondFactorView } from '../modals/SecondFactorModal';

export interface EditPayload {
	snapshot: ProfileSnapshot;
	customFieldNames: string[];
	/** Set when the form was submitted with an e-mail change and now asks for the second factor. */
	secondFactor?: SecondFactorView;
}

/** An admin form about one user: what the admin saw when it opened, and the proof method once the server named it. */
export interface AdminFormPayload {
	snapshot: ProfileSnapshot;
	customFieldNames: string[];
	proofMethod?: 'totp' | 'email' | 'password';
}
