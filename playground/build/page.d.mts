export const pageSource: string;
export const pageOutput: string;
export function buildPage(options?: { minify?: boolean }): Promise<{ ms: number; bytes: number }>;
