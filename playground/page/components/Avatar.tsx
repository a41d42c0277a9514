const COLORS = [
	'#1d74f5',
	'#f5455c',
	'#2de0a5',
	'#ffd21f',
	'#9f22c7',
	'#f38c39',
	'#10529e',
	'#158d65',
];

/** Initial on a colour picked from the name, like Rocket.Chat's default avatars. */
export function Avatar({ name, size = 32 }: { name: string; size?: number }) {
	const hash = [...name].reduce((sum, char) => sum + char.charCodeAt(0), 0);
	return (
		<span
			className='avatar'
			aria-hidden='true'
			style={{
				width: size,
				height: size,
				background: COLORS[hash % COLORS.length],
				fontSize: size * 0.45,
			}}
		>
			{name.slice(0, 1).toUpperCase()}
		</span>
	);
}
