import { readFileSync } from 'fs';
import { inflateRawSync } from 'zlib';

export interface ZipEntry {
	name: string;
	read(): Buffer;
}

/** Lists a zip's entries from its central directory (enough to inspect the app package; no dependency). */
export function readZip(path: string): ZipEntry[] {
	const zip = readFileSync(path);
	const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
	if (end < 0) {
		throw new Error(`${path} is not a zip file`);
	}
	const count = zip.readUInt16LE(end + 10);
	let offset = zip.readUInt32LE(end + 16);
	const entries: ZipEntry[] = [];
	for (let index = 0; index < count; index++) {
		const method = zip.readUInt16LE(offset + 10);
		const compressedSize = zip.readUInt32LE(offset + 20);
		const nameLength = zip.readUInt16LE(offset + 28);
		const extraLength = zip.readUInt16LE(offset + 30);
		const commentLength = zip.readUInt16LE(offset + 32);
		const localHeader = zip.readUInt32LE(offset + 42);
		const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
		entries.push({
			name,
			read: () => {
				const dataStart =
					localHeader +
					30 +
					zip.readUInt16LE(localHeader + 26) +
					zip.readUInt16LE(localHeader + 28);
				const data = zip.subarray(dataStart, dataStart + compressedSize);
				return method === 8 ? inflateRawSync(data) : Buffer.from(data);
			},
		});
		offset += 46 + nameLength + extraLength + commentLength;
	}
	return entries;
}
