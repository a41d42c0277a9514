// Stand-in for jsr:@std/io (only `writeAll` is used by the Apps-Engine Deno runtime).
export interface Writer {
	write(data: Uint8Array): Promise<number>;
}

export async function writeAll(writer: Writer, data: Uint8Array): Promise<void> {
	let written = 0;
	while (written < data.byteLength) {
		written += await writer.write(data.subarray(written));
	}
}
