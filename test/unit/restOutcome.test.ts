import {
	classifyResponse,
	classifyThrown,
	plainResponse,
	RawResponse,
	retryAfterSeconds,
} from '../../lib/restOutcome';

const JSON_HEADERS = { 'content-type': 'application/json' };

/** A response as the Apps-Engine HTTP accessor returns it: raw content, and `data` when the body is JSON. */
function json(
	statusCode: number,
	body: unknown,
	headers: Record<string, string> = {},
): RawResponse {
	return {
		statusCode,
		headers: { ...JSON_HEADERS, ...headers },
		content: JSON.stringify(body),
		data: body,
	};
}

/** The same response when the accessor did not parse it (content only). */
function contentOnly(statusCode: number, body: unknown): RawResponse {
	return { statusCode, headers: JSON_HEADERS, content: JSON.stringify(body) };
}

// Real bodies, as docs/server-rules.md describes them.
const BODY_401_V7 = {
	success: false,
	error: 'You must be logged in to do this.',
	status: 'error',
	message: 'You must be logged in to do this.',
};
const BODY_401_V9 = { success: false, error: 'You must be logged in to do this.' };
const BODY_401_V6 = { status: 'error', message: 'You must be logged in to do this.' };
const BODY_403_PERMISSION = {
	success: false,
	error: 'User does not have the permissions required for this action [error-unauthorized]',
};
const BODY_403_FORBIDDEN = { success: false, error: 'unauthorized' };
const BODY_LOGIN_WRONG_PASSWORD = {
	success: false,
	error: 'Unauthorized',
	status: 'error',
	message: 'Unauthorized',
};
const BODY_LOGIN_WRONG_PASSWORD_VARIANT = {
	success: false,
	error: 401,
	status: 'error',
	message: 'Incorrect login or password',
};
const BODY_TOTP_REQUIRED_PASSWORD = {
	success: false,
	error: 'TOTP Required [totp-required]',
	errorType: 'totp-required',
	details: { method: 'password', codeGenerated: false, availableMethods: [] },
};
const BODY_TOTP_REQUIRED_TOTP = {
	success: false,
	error: 'TOTP Required [totp-required]',
	errorType: 'totp-required',
	details: { method: 'totp', codeGenerated: false, availableMethods: ['totp', 'email'] },
};
const BODY_TOTP_REQUIRED_EMAIL = {
	success: false,
	error: 'TOTP Required [totp-required]',
	errorType: 'totp-required',
	details: {
		method: 'email',
		codeGenerated: true,
		emailOrUsername: 'alice',
		availableMethods: ['email'],
	},
};
const BODY_TOTP_REQUIRED_EMAIL_NOT_GENERATED = {
	success: false,
	error: 'TOTP Required [totp-required]',
	errorType: 'totp-required',
	details: {
		method: 'email',
		codeGenerated: false,
		codeExpires: '2026-01-01T10:00:00.000Z',
		emailOrUsername: 'alice',
		availableMethods: ['email'],
	},
};
const BODY_TOTP_INVALID = {
	success: false,
	error: 'TOTP Invalid [totp-invalid]',
	errorType: 'totp-invalid',
	details: { method: 'totp', codeGenerated: false, availableMethods: ['totp'] },
};
const BODY_TOTP_MAX = {
	success: false,
	error: 'TOTP Maximun Failed Attempts Reached [totp-max-attempts]',
	errorType: 'totp-max-attempts',
	details: { method: 'email', codeGenerated: false, availableMethods: ['email'] },
};
const BODY_LOGIN_TOTP_REQUIRED = {
	success: false,
	error: 'totp-required',
	status: 'error',
	details: {
		method: 'email',
		codeGenerated: true,
		emailOrUsername: 'alice',
		availableMethods: ['email'],
	},
	message: 'TOTP Required',
};
const BODY_INVALID_PARAMS_V7 = {
	success: false,
	error: 'must NOT have additional properties [invalid-params]',
	errorType: 'invalid-params',
};
const BODY_INVALID_PARAMS_VN = {
	success: false,
	errorType: 'invalid-params',
	error: 'must NOT have additional properties',
};
const RATE_LIMIT_MESSAGE =
	'Error, too many requests. Please slow down. You must wait 42 seconds before trying this endpoint again. [error-too-many-requests]';
const BODY_429 = { success: false, error: RATE_LIMIT_MESSAGE };
const BODY_IDENTITY = {
	success: false,
	error: 'Could not save user identity [error-could-not-save-identity]',
	errorType: 'error-could-not-save-identity',
	details: { method: 'saveUserProfile' },
};
const BODY_POLICY = {
	success: false,
	error:
		'The password does not meet the minimum length password policy. [error-password-policy-not-met]',
	errorType: 'error-password-policy-not-met',
	details: [
		{
			error: 'error-password-policy-not-met-minLength',
			message: 'The password does not meet the minimum length password policy.',
		},
	],
};
const BODY_NAME_INVALID = { success: false, error: 'Name contains invalid characters' };
const BODY_500 = { success: false, error: 'Internal server error' };

describe('retryAfterSeconds', () => {
	const NOW = 1_700_000_000_000;

	test('reads "wait N seconds" from the REST limiter message', () => {
		expect(retryAfterSeconds(RATE_LIMIT_MESSAGE, {}, NOW)).toBe(42);
	});

	test('reads the function-level limiter message', () => {
		expect(
			retryAfterSeconds(
				'Error, too many requests. Please slow down. You must wait 7 seconds before trying again. [error-too-many-requests]',
				{},
				NOW,
			),
		).toBe(7);
	});

	test('"wait 1 second" (singular) and case-insensitive', () => {
		expect(retryAfterSeconds('You must WAIT 1 second', {}, NOW)).toBe(1);
	});

	test('"wait 0 seconds" still waits at least one second', () => {
		expect(retryAfterSeconds('You must wait 0 seconds', {}, NOW)).toBe(1);
	});

	test('the message wins over the header', () => {
		expect(
			retryAfterSeconds(RATE_LIMIT_MESSAGE, { 'X-RateLimit-Reset': String(NOW + 10_000) }, NOW),
		).toBe(42);
	});

	test('else X-RateLimit-Reset (epoch ms), rounded up', () => {
		expect(retryAfterSeconds('slow down', { 'X-RateLimit-Reset': String(NOW + 12_300) }, NOW)).toBe(
			13,
		);
	});

	test('the header name is case-insensitive', () => {
		expect(retryAfterSeconds('', { 'x-ratelimit-reset': String(NOW + 5_000) }, NOW)).toBe(5);
		expect(retryAfterSeconds('', { 'X-RATELIMIT-RESET': String(NOW + 5_000) }, NOW)).toBe(5);
	});

	test('a reset a few ms away still waits one second', () => {
		expect(retryAfterSeconds('', { 'X-RateLimit-Reset': String(NOW + 1) }, NOW)).toBe(1);
	});

	test.each([
		['no header', {}],
		['a reset in the past', { 'X-RateLimit-Reset': String(NOW - 1000) }],
		['a reset now', { 'X-RateLimit-Reset': String(NOW) }],
		['a reset that is not a number', { 'X-RateLimit-Reset': 'soon' }],
		['an empty header', { 'X-RateLimit-Reset': '' }],
	])('else a minute (%s)', (_label, headers) => {
		expect(retryAfterSeconds('slow down', headers, NOW)).toBe(60);
	});

	test('headers and now are optional', () => {
		expect(retryAfterSeconds('nothing useful')).toBe(60);
	});
});

describe('classifyResponse: success', () => {
	test('200 with success:true', () => {
		const body = { user: { _id: 'u1' }, success: true };
		expect(classifyResponse(json(200, body))).toEqual({ ok: true, status: 200, body });
	});

	test('200 body from content when the accessor did not parse it', () => {
		const body = { user: { _id: 'u1' }, success: true };
		expect(classifyResponse(contentOnly(200, body))).toEqual({ ok: true, status: 200, body });
	});

	test("the text is parsed when there is one (the engine's parsed `data` is read only without it)", () => {
		expect(classifyResponse({ statusCode: 200, data: { a: 1 }, content: '{"a":2}' })).toMatchObject(
			{ ok: true, body: { a: 2 } },
		);
		expect(classifyResponse({ statusCode: 200, data: { a: 1 } })).toMatchObject({
			ok: true,
			body: { a: 1 },
		});
	});

	test('plainResponse copies the answer once: headers under lower-case names, data only without text', () => {
		expect(
			plainResponse({
				statusCode: 429,
				headers: { 'X-RateLimit-Reset': '1700000000000', 'Date': 'Mon' },
				content: '{"success":false}',
				data: { success: false },
			}),
		).toEqual({
			statusCode: 429,
			headers: { 'x-ratelimit-reset': '1700000000000', 'date': 'Mon' },
			content: '{"success":false}',
		});
		expect(plainResponse({ statusCode: 200, data: { a: 1 } })).toEqual({
			statusCode: 200,
			headers: {},
			content: undefined,
			data: { a: 1 },
		});
	});

	test('/me answers without a success flag on old servers, still a success', () => {
		expect(classifyResponse(json(200, { _id: 'u1', username: 'alice' }))).toMatchObject({
			ok: true,
		});
	});

	test('V6 logout body', () => {
		expect(
			classifyResponse(
				json(200, { status: 'success', data: { message: "You've been logged out!" } }),
			),
		).toMatchObject({ ok: true, status: 200 });
	});

	test('a 2xx with success:false is a rejection', () => {
		expect(classifyResponse(json(200, { success: false, error: 'nope' }))).toEqual({
			ok: false,
			failure: {
				kind: 'rejected',
				status: 200,
				error: 'nope',
				errorType: undefined,
				details: undefined,
			},
		});
	});
});

describe('classifyResponse: empty bodies', () => {
	test('logout: 200 with an empty body is a success when allowed', () => {
		expect(classifyResponse({ statusCode: 200, content: '' }, { emptyIsSuccess: true })).toEqual({
			ok: true,
			status: 200,
			body: {},
		});
		expect(classifyResponse({ statusCode: 204, content: '  ' }, { emptyIsSuccess: true })).toEqual({
			ok: true,
			status: 204,
			body: {},
		});
		expect(classifyResponse({ statusCode: 200 }, { emptyIsSuccess: true })).toEqual({
			ok: true,
			status: 200,
			body: {},
		});
	});

	test('an empty body is not JSON unless allowed', () => {
		expect(classifyResponse({ statusCode: 200, content: '' })).toEqual({
			ok: false,
			failure: { kind: 'not-json', status: 200 },
		});
	});

	test('an empty error body is not JSON even when empty success is allowed', () => {
		expect(classifyResponse({ statusCode: 400, content: '' }, { emptyIsSuccess: true })).toEqual({
			ok: false,
			failure: { kind: 'not-json', status: 400 },
		});
	});

	test('a non-empty non-JSON body is not a success even when empty success is allowed', () => {
		expect(
			classifyResponse({ statusCode: 200, content: '<html>' }, { emptyIsSuccess: true }),
		).toEqual({ ok: false, failure: { kind: 'not-json', status: 200 } });
	});
});

describe('classifyResponse: not JSON', () => {
	test.each([
		['an HTML page', '<!doctype html><title>Login</title>'],
		['truncated JSON', '{"success": tr'],
		['a JSON string', '"ok"'],
		['a JSON number', '42'],
		['JSON null', 'null'],
		['JSON true', 'true'],
	])('%s', (_label, content) => {
		expect(classifyResponse({ statusCode: 200, content })).toEqual({
			ok: false,
			failure: { kind: 'not-json', status: 200 },
		});
	});

	test('a proxy 404 page', () => {
		expect(classifyResponse({ statusCode: 404, content: 'Not Found' })).toEqual({
			ok: false,
			failure: { kind: 'not-json', status: 404 },
		});
	});

	test('data that is not an object falls back to content', () => {
		expect(classifyResponse({ statusCode: 200, data: 'text', content: 'text' })).toEqual({
			ok: false,
			failure: { kind: 'not-json', status: 200 },
		});
	});
});

describe('classifyResponse: 5xx', () => {
	test.each([500, 502, 503, 504])('%i is a server error, JSON or not', (status) => {
		expect(classifyResponse(json(status, BODY_500))).toEqual({
			ok: false,
			failure: { kind: 'server-error', status },
		});
		expect(classifyResponse({ statusCode: status, content: '<html>Bad gateway</html>' })).toEqual({
			ok: false,
			failure: { kind: 'server-error', status },
		});
		expect(classifyResponse({ statusCode: status })).toEqual({
			ok: false,
			failure: { kind: 'server-error', status },
		});
	});
});

describe('classifyResponse: 401', () => {
	test.each([
		['V7/8.x body', BODY_401_V7],
		['9.0 body', BODY_401_V9],
		['V6 body', BODY_401_V6],
		['login, wrong password', BODY_LOGIN_WRONG_PASSWORD],
		['login, wrong password (variant with a numeric error)', BODY_LOGIN_WRONG_PASSWORD_VARIANT],
	])('%s → unauthorized', (_label, body) => {
		expect(classifyResponse(json(401, body))).toEqual({
			ok: false,
			failure: { kind: 'unauthorized' },
		});
		expect(classifyResponse(contentOnly(401, body))).toEqual({
			ok: false,
			failure: { kind: 'unauthorized' },
		});
	});
});

describe('classifyResponse: a route’s own 401 (API.v1.unauthorized())', () => {
	test('users.delete without delete-user, users.logout of another without logout-other-user: a refusal, the link is fine', () => {
		expect(classifyResponse(json(401, { success: false, error: 'unauthorized' }))).toEqual({
			ok: false,
			failure: { kind: 'forbidden', error: 'unauthorized' },
		});
	});

	test('a lost login still reads as unauthorized, even worded "unauthorized", when it carries status: error', () => {
		expect(
			classifyResponse(
				json(401, { success: false, error: 'unauthorized', status: 'error', message: 'x' }),
			),
		).toEqual({ ok: false, failure: { kind: 'unauthorized' } });
	});
});

describe('classifyResponse: 403', () => {
	test('permission failure keeps the server text', () => {
		expect(classifyResponse(json(403, BODY_403_PERMISSION))).toEqual({
			ok: false,
			failure: { kind: 'forbidden', error: BODY_403_PERMISSION.error },
		});
	});

	test('forbidden() body', () => {
		expect(classifyResponse(json(403, BODY_403_FORBIDDEN))).toEqual({
			ok: false,
			failure: { kind: 'forbidden', error: 'unauthorized' },
		});
	});

	test('a body with only a message', () => {
		expect(classifyResponse(json(403, { message: 'Forbidden' }))).toEqual({
			ok: false,
			failure: { kind: 'forbidden', error: 'Forbidden' },
		});
	});

	test('a body without any text', () => {
		expect(classifyResponse(json(403, { success: false }))).toEqual({
			ok: false,
			failure: { kind: 'forbidden', error: '' },
		});
	});
});

describe('classifyResponse: 429', () => {
	test('seconds from the message', () => {
		expect(classifyResponse(json(429, BODY_429))).toEqual({
			ok: false,
			failure: { kind: 'rate-limited', retryAfterSeconds: 42 },
		});
	});

	test('seconds from X-RateLimit-Reset when the message has none', () => {
		const now = 1_700_000_000_000;
		const spy = jest.spyOn(Date, 'now').mockReturnValue(now);
		try {
			expect(
				classifyResponse(
					json(
						429,
						{ success: false, error: 'slow down' },
						{
							'X-RateLimit-Limit': '10',
							'X-RateLimit-Remaining': '0',
							'X-RateLimit-Reset': String(now + 30_000),
						},
					),
				),
			).toEqual({
				ok: false,
				failure: { kind: 'rate-limited', retryAfterSeconds: 30, retryAt: 1_700_000_030_000 },
			});
		} finally {
			spy.mockRestore();
		}
	});

	test('a minute when nothing says', () => {
		expect(classifyResponse(json(429, { success: false }))).toEqual({
			ok: false,
			failure: { kind: 'rate-limited', retryAfterSeconds: 60 },
		});
	});
});

describe('classifyResponse: second factor', () => {
	test('totp-required, password method (password-only user)', () => {
		expect(classifyResponse(json(400, BODY_TOTP_REQUIRED_PASSWORD))).toEqual({
			ok: false,
			failure: {
				kind: 'two-factor',
				errorType: 'totp-required',
				details: {
					method: 'password',
					codeGenerated: false,
					emailOrUsername: undefined,
					availableMethods: [],
				},
			},
		});
	});

	test('totp-required, TOTP method', () => {
		expect(classifyResponse(json(400, BODY_TOTP_REQUIRED_TOTP))).toEqual({
			ok: false,
			failure: {
				kind: 'two-factor',
				errorType: 'totp-required',
				details: {
					method: 'totp',
					codeGenerated: false,
					emailOrUsername: undefined,
					availableMethods: ['totp', 'email'],
				},
			},
		});
	});

	test('totp-required, e-mail method with a code just sent', () => {
		expect(classifyResponse(json(400, BODY_TOTP_REQUIRED_EMAIL))).toEqual({
			ok: false,
			failure: {
				kind: 'two-factor',
				errorType: 'totp-required',
				details: {
					method: 'email',
					codeGenerated: true,
					emailOrUsername: 'alice',
					availableMethods: ['email'],
				},
			},
		});
	});

	test('totp-required, e-mail method with an unexpired code', () => {
		expect(classifyResponse(json(400, BODY_TOTP_REQUIRED_EMAIL_NOT_GENERATED))).toMatchObject({
			ok: false,
			failure: {
				kind: 'two-factor',
				errorType: 'totp-required',
				details: { method: 'email', codeGenerated: false, emailOrUsername: 'alice' },
			},
		});
	});

	test('totp-invalid', () => {
		expect(classifyResponse(json(400, BODY_TOTP_INVALID))).toMatchObject({
			ok: false,
			failure: { kind: 'two-factor', errorType: 'totp-invalid', details: { method: 'totp' } },
		});
	});

	test('totp-max-attempts', () => {
		expect(classifyResponse(json(400, BODY_TOTP_MAX))).toMatchObject({
			ok: false,
			failure: {
				kind: 'two-factor',
				errorType: 'totp-max-attempts',
				details: { method: 'email' },
			},
		});
	});

	test('login answers totp-required with a 401 and the code in `error`: still a second factor', () => {
		expect(classifyResponse(json(401, BODY_LOGIN_TOTP_REQUIRED))).toEqual({
			ok: false,
			failure: {
				kind: 'two-factor',
				errorType: 'totp-required',
				details: {
					method: 'email',
					codeGenerated: true,
					emailOrUsername: 'alice',
					availableMethods: ['email'],
				},
			},
		});
	});

	test('login totp-invalid (401)', () => {
		expect(
			classifyResponse(
				json(401, {
					success: false,
					error: 'totp-invalid',
					status: 'error',
					details: { method: 'totp', availableMethods: ['totp'] },
					message: 'TOTP Invalid',
				}),
			),
		).toMatchObject({ failure: { kind: 'two-factor', errorType: 'totp-invalid' } });
	});

	test('old 5.x totp-invalid without availableMethods', () => {
		expect(
			classifyResponse(
				json(400, {
					success: false,
					error: 'TOTP Invalid [totp-invalid]',
					errorType: 'totp-invalid',
					details: { method: 'totp' },
				}),
			),
		).toMatchObject({
			failure: {
				kind: 'two-factor',
				details: { method: 'totp', codeGenerated: false, availableMethods: [] },
			},
		});
	});

	test('missing or strange details default to the password method', () => {
		for (const details of [undefined, null, 'x', { method: 'sms' }]) {
			expect(
				classifyResponse(
					json(400, {
						success: false,
						error: 'TOTP Required [totp-required]',
						errorType: 'totp-required',
						details,
					}),
				),
			).toEqual({
				ok: false,
				failure: {
					kind: 'two-factor',
					errorType: 'totp-required',
					details: {
						method: 'password',
						codeGenerated: false,
						emailOrUsername: undefined,
						availableMethods: [],
					},
				},
			});
		}
	});

	test('non-string available methods are stringified, non-string emailOrUsername dropped', () => {
		expect(
			classifyResponse(
				json(400, {
					success: false,
					errorType: 'totp-required',
					details: { method: 'totp', availableMethods: [1], emailOrUsername: 5 },
				}),
			),
		).toMatchObject({
			failure: { details: { availableMethods: ['1'], emailOrUsername: undefined } },
		});
	});
});

describe('classifyResponse: rejections (400 and others)', () => {
	test('invalid-params (V7, with suffix)', () => {
		expect(classifyResponse(json(400, BODY_INVALID_PARAMS_V7))).toEqual({
			ok: false,
			failure: {
				kind: 'rejected',
				status: 400,
				error: 'must NOT have additional properties [invalid-params]',
				errorType: 'invalid-params',
				details: undefined,
			},
		});
	});

	test('invalid-params (VN, no suffix)', () => {
		expect(classifyResponse(json(400, BODY_INVALID_PARAMS_VN))).toMatchObject({
			failure: {
				kind: 'rejected',
				error: 'must NOT have additional properties',
				errorType: 'invalid-params',
			},
		});
	});

	test('a Meteor error keeps errorType and details', () => {
		expect(classifyResponse(json(400, BODY_IDENTITY))).toEqual({
			ok: false,
			failure: {
				kind: 'rejected',
				status: 400,
				error: BODY_IDENTITY.error,
				errorType: 'error-could-not-save-identity',
				details: { method: 'saveUserProfile' },
			},
		});
	});

	test('password policy details stay an array', () => {
		expect(classifyResponse(json(400, BODY_POLICY))).toMatchObject({
			failure: {
				kind: 'rejected',
				errorType: 'error-password-policy-not-met',
				details: BODY_POLICY.details,
			},
		});
	});

	test('an error without errorType', () => {
		expect(classifyResponse(json(400, BODY_NAME_INVALID))).toEqual({
			ok: false,
			failure: {
				kind: 'rejected',
				status: 400,
				error: 'Name contains invalid characters',
				errorType: undefined,
				details: undefined,
			},
		});
	});

	test('404 JSON body', () => {
		expect(classifyResponse(json(404, { success: false, error: 'Resource not found' }))).toEqual({
			ok: false,
			failure: {
				kind: 'rejected',
				status: 404,
				error: 'Resource not found',
				errorType: undefined,
				details: undefined,
			},
		});
	});

	test('the text falls back to `message`, then to empty', () => {
		expect(classifyResponse(json(400, { success: false, message: 'Oops' }))).toMatchObject({
			failure: { kind: 'rejected', error: 'Oops' },
		});
		expect(classifyResponse(json(400, { success: false, error: 7 }))).toMatchObject({
			failure: { kind: 'rejected', error: '' },
		});
	});

	test('a non-string errorType is dropped', () => {
		expect(
			classifyResponse(json(400, { success: false, error: 'x', errorType: 12 })),
		).toMatchObject({ failure: { kind: 'rejected', errorType: undefined } });
	});

	test('a 3xx JSON answer is a rejection', () => {
		expect(classifyResponse(json(302, { location: '/' }))).toMatchObject({
			ok: false,
			failure: { kind: 'rejected', status: 302 },
		});
	});
});

describe('classifyThrown', () => {
	test.each([
		['ECONNREFUSED', new Error('connect ECONNREFUSED 127.0.0.1:3000')],
		['DNS failure', new Error('getaddrinfo ENOTFOUND chat.example')],
		['socket hang up', new Error('socket hang up')],
		['a thrown string', 'boom'],
		['a thrown object', { code: 'EPIPE' }],
		['undefined', undefined],
	])('%s, quickly → unreachable', (_label, error) => {
		expect(classifyThrown(error, 10, 4000)).toEqual({
			ok: false,
			failure: { kind: 'unreachable' },
		});
	});

	test.each([
		['ETIMEDOUT', new Error('connect ETIMEDOUT 10.0.0.1:443')],
		['ESOCKETTIMEDOUT', new Error('ESOCKETTIMEDOUT')],
		['timeout', new Error('timeout of 4000ms exceeded')],
		['Time out', new Error('Request Time out')],
		['aborted', new Error('The operation was aborted')],
		['AbortError', new Error('AbortError')],
		['a thrown string', 'Timeout'],
	])('%s → timeout, however quickly', (_label, error) => {
		expect(classifyThrown(error, 10, 4000)).toEqual({ ok: false, failure: { kind: 'timeout' } });
	});

	test('any error once the timeout is (nearly) reached → timeout', () => {
		const error = new Error('socket hang up');
		expect(classifyThrown(error, 4000, 4000)).toEqual({ ok: false, failure: { kind: 'timeout' } });
		expect(classifyThrown(error, 3950, 4000)).toEqual({ ok: false, failure: { kind: 'timeout' } });
		expect(classifyThrown(error, 9000, 4000)).toEqual({ ok: false, failure: { kind: 'timeout' } });
		expect(classifyThrown(error, 3949, 4000)).toEqual({
			ok: false,
			failure: { kind: 'unreachable' },
		});
	});
});
