/**
 * Splits a slash command's argument string the way the Rocket.Chat server does before the app sees it
 * (apps/meteor/lib/utils/parseParameters.ts): whitespace separates arguments, single or double quotes
 * group words (the quotes are dropped), two adjacent quoted groups become two arguments and `\"` turns
 * into `"`.
 */
export function parseParameters(parameters: string): string[] {
	if (!parameters.trim()) {
		return [];
	}
	const quotedGroups = parameters.match(/((["'])(?:(?=(\\?))\3.)*?\2)/gs);
	if (!quotedGroups) {
		return splitOnWhitespace(parameters);
	}
	// Quoted groups are protected with private-use characters while the line is split, then restored.
	let line = parameters;
	for (const group of quotedGroups) {
		const protectedGroup = group
			.replace(/(^['"])/g, '\u0086')
			.replace(/['"]$/g, '\u0087')
			.replace(/ /g, '\u2008')
			.replace(/\n/gm, '\u008B')
			.replace(/\r/gm, '\u008C')
			.replace(/\t/g, '\u008A');
		line = line.replace(group, protectedGroup);
	}
	line = line.replace(/\u0087\u0086/g, '\u0087 \u0086');
	return splitOnWhitespace(line).map((item) =>
		item
			.replace(/\u2008/g, ' ')
			.replace(/\u008B/g, '\n')
			.replace(/\u008C/g, '\r')
			.replace(/\u008A/g, '\t')
			.replace(/[\u0086\u0087]/g, '')
			.replace(/\\"/g, '"'),
	);
}

function splitOnWhitespace(line: string): string[] {
	return line
		.replace(/\n\r/gm, '\n')
		.split(/[ \n\r\t]/)
		.filter(Boolean);
}
