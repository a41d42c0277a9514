/** bcryptjs 2.4.3 ships no type declarations; only the promise API used by the reference server is declared. */
declare module 'bcryptjs' {
	export function hash(data: string, rounds: number): Promise<string>;
	export function compare(data: string, encrypted: string): Promise<boolean>;
	export function hashSync(data: string, rounds: number): string;
}
