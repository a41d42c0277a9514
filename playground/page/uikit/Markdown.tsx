import { Fragment } from 'react';
import type { ReactNode } from 'react';

/**
 * The small part of Rocket.Chat's message markdown the app uses: `code`, *bold*, _italic_, ~strike~ and
 * line breaks. (fuselage-ui-kit 0.31 prints mrkdwn as plain text; Rocket.Chat's client swaps in its own
 * markdown renderer, and so does the playground.)
 */
const INLINE = /(`[^`\n]+`)|(\*[^*\n]+\*)|(?<![\w])(_[^_\n]+_)(?![\w])|(~[^~\n]+~)/g;

export function Markdown({ text }: { text: string }) {
	const lines = text.split('\n');
	return (
		<>
			{lines.map((line, index) => (
				<Fragment key={index}>
					{index > 0 && <br />}
					{renderInline(line)}
				</Fragment>
			))}
		</>
	);
}

function renderInline(line: string): ReactNode[] {
	const nodes: ReactNode[] = [];
	let last = 0;
	for (const match of line.matchAll(INLINE)) {
		const start = match.index ?? 0;
		if (start > last) {
			nodes.push(line.slice(last, start));
		}
		const token = match[0];
		const inner = token.slice(1, -1);
		const key = `${start}`;
		if (match[1]) {
			nodes.push(
				<code key={key} className='md-code'>
					{inner}
				</code>,
			);
		} else if (match[2]) {
			nodes.push(<strong key={key}>{renderInline(inner)}</strong>);
		} else if (match[3]) {
			nodes.push(<em key={key}>{renderInline(inner)}</em>);
		} else {
			nodes.push(<del key={key}>{renderInline(inner)}</del>);
		}
		last = start + token.length;
	}
	if (last < line.length) {
		nodes.push(line.slice(last));
	}
	return nodes;
}
