/**
 * `getUploadFormData` (apps/meteor/app/api/server/lib/getUploadFormData.ts, busboy): one file, from the named
 * field, plus the text fields. Parsed here with the platform's own multipart reader (undici's Response.formData).
 */
import { MeteorError } from './meteorError';

export interface UploadFormData {
	fileBuffer: Buffer;
	filename: string;
	fields: Record<string, string>;
}

export async function getUploadFormData(
	contentType: string | undefined,
	rawBody: Buffer,
	options: { field: string },
): Promise<UploadFormData> {
	if (!/^multipart\/form-data\b/i.test(contentType ?? '')) {
		// busboy's constructor refuses anything else.
		throw new Error(`Unsupported content type: ${contentType ?? ''}`);
	}
	const form = await new Response(rawBody, {
		headers: { 'content-type': contentType ?? '' },
	}).formData();
	const fields: Record<string, string> = {};
	const parts: Array<[string, FormDataEntryValue]> = [];
	form.forEach((value, name) => parts.push([name, value]));
	let upload: UploadFormData | undefined;
	for (const [name, value] of parts) {
		if (typeof value === 'string') {
			fields[name] = value;
			continue;
		}
		if (name !== options.field) {
			throw new MeteorError('invalid-field');
		}
		if (upload) {
			throw new Error('Just 1 file is allowed');
		}
		upload = { fileBuffer: Buffer.from(await value.arrayBuffer()), filename: value.name, fields };
	}
	if (!upload) {
		throw new MeteorError('No file uploaded');
	}
	return upload;
}
