import { plainPasswordMatches } from '../../tools/refserver';

/** More hashes than the seeded users ever go through; past it the cache starts afresh. */
const MAX_RESULTS = 200;

/**
 * Whether a seeded password still signs its user in, checked against the reference server's stored hash the way
 * its login does (bcrypt over SHA-256). bcrypt is slow on purpose, so each (password, hash) pair is checked once,
 * off the state path: until the answer is in, `works` says undefined and `onResult` announces the answer.
 */
export class SeededPasswordCheck {
	private readonly results = new Map<string, boolean>();
	private readonly pending = new Set<string>();

	constructor(private readonly onResult: () => void) {}

	works(plain: string, hash: string): boolean | undefined {
		const key = `${hash}\n${plain}`;
		const known = this.results.get(key);
		if (known !== undefined || this.pending.has(key)) {
			return known;
		}
		this.pending.add(key);
		plainPasswordMatches(plain, hash)
			.catch(() => false)
			.then((matches) => {
				this.pending.delete(key);
				if (this.results.size >= MAX_RESULTS) {
					this.results.clear();
				}
				this.results.set(key, matches);
				this.onResult();
			});
		return undefined;
	}
}
