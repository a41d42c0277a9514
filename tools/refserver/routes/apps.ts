/**
 * The private-app upload routes `rc-apps deploy` calls, from Rocket.Chat's
 * apps/meteor/ee/server/apps/communication/rest.ts (`addManagementRoutes`):
 * - `POST /api/apps`: install (multipart: file field `app`, text field `permissions`);
 * - `GET /api/apps/:id`: the installed app, or 404 "No App found by the id of: <id>";
 * - `POST /api/apps/:id`: update from an upload (the zip's own id decides which app; `:id` is not read).
 * All three: `authRequired`, `permissionsRequired: ['manage-apps']` (admin by default). Installing from a URL or
 * the Marketplace is not modeled. The zip goes to the attached Apps-Engine (`server.setAppInstaller`).
 */
import { createHash } from 'crypto';

import type { AppInstaller, AppInstallOutcome, AppInstallRequest } from '../appInstaller';
import { getUploadFormData } from '../multipart';
import { failure, success, type JsonBody, type RouteResult } from '../results';
import { callerOf, type RouteContext, type RouteDefinition } from '../route';
import type { ServerState } from '../state';

const MANAGE_APPS = ['manage-apps'];

function installerOf(state: ServerState): AppInstaller {
	if (!state.appInstaller) {
		throw new Error('reference server: no Apps-Engine attached (server.setAppInstaller)');
	}
	return state.appInstaller;
}

/** rest.ts: `JSON.parse(formData?.permissions || '')`, kept only when it is a non-empty array-like. */
function permissionsGrantedOf(
	fields: Record<string, string>,
): AppInstallRequest['permissionsGranted'] {
	try {
		const permissions = JSON.parse(fields.permissions || '');
		return permissions.length ? permissions : undefined;
	} catch {
		return undefined;
	}
}

async function readUpload(context: RouteContext): Promise<AppInstallRequest> {
	const upload = await getUploadFormData(context.headers['content-type'], context.rawBody, {
		field: 'app',
	});
	return {
		zip: upload.fileBuffer,
		user: callerOf(context),
		permissionsGranted: permissionsGrantedOf(upload.fields),
	};
}

function answer(
	outcome: AppInstallOutcome,
	failureFields: (fields: JsonBody) => JsonBody,
): RouteResult {
	if ('failure' in outcome) {
		return failure(failureFields(outcome.failure));
	}
	return success({
		app: outcome.app,
		implemented: outcome.implemented,
		licenseValidation: outcome.licenseValidation,
	});
}

function record(
	context: RouteContext,
	route: 'install' | 'update',
	zip: Buffer,
	result: RouteResult,
): RouteResult {
	const user = callerOf(context);
	context.state.appUploads.push({
		route,
		userId: user._id,
		username: user.username,
		sha256: createHash('sha256').update(zip).digest('hex'),
		bytes: zip.length,
		statusCode: result.statusCode,
	});
	return result;
}

export const appsRoute: RouteDefinition = {
	name: 'apps',
	methods: ['POST'],
	authRequired: true,
	permissionsRequired: MANAGE_APPS,
	async action(context) {
		const upload = await readUpload(context);
		// canEnableApp: without a license (7.0+ Community) a private app installs but is not enabled.
		const outcome = await installerOf(context.state).install({
			...upload,
			enable: context.state.workspaceLicensed,
		});
		return record(
			context,
			'install',
			upload.zip,
			answer(outcome, (fields) => fields),
		);
	},
};

export const appByIdRoute: RouteDefinition = {
	name: 'apps/:id',
	methods: ['GET', 'POST'],
	authRequired: true,
	permissionsRequired: MANAGE_APPS,
	async action(context) {
		const installer = installerOf(context.state);
		if (context.method === 'GET') {
			const app = await installer.find(context.urlParams.id);
			if (!app) {
				return {
					statusCode: 404,
					body: { success: false, error: `No App found by the id of: ${context.urlParams.id}` },
				};
			}
			return success({ app });
		}
		const upload = await readUpload(context);
		// "exempt apps": a Community workspace may not update a private app (Cannot_Update_Exempt_App).
		if (!context.state.workspaceLicensed) {
			return record(context, 'update', upload.zip, failure({ error: 'Cannot_Update_Exempt_App' }));
		}
		const outcome = await installer.update(upload);
		// The update route's failures carry no `error` field, only status and messages.
		const withoutError = ({ error: _error, ...rest }: JsonBody) => rest;
		return record(context, 'update', upload.zip, answer(outcome, withoutError));
	},
};
