export interface SourceFile {
	path: string;
	mtimeMs: number;
}

export function appPackagePath(): string;
export function newestAppSource(): SourceFile | undefined;
export function staleReason(zip?: string): string | undefined;
export function ensureFreshPackage(options?: { log?: (line: string) => void; quiet?: boolean }): {
	zip: string;
	packaged: boolean;
};
