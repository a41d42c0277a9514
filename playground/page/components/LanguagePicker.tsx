import { PAGE_LANGUAGES } from '../../shared/api';

interface Props {
	/** The acting user's Rocket.Chat language preference; undefined: the workspace default. */
	language?: string;
	disabled: boolean;
	onChange: (language: string) => Promise<void>;
}

/** The acting user's language, as My Account → Preferences sets it: the app's replies and modals follow it. */
export function LanguagePicker({ language, disabled, onChange }: Props) {
	const current = language ?? '';
	const known = PAGE_LANGUAGES.some((option) => option.code === current);
	return (
		<label className='language-picker'>
			<span className='muted'>Language</span>
			<select
				data-testid='language'
				value={current}
				disabled={disabled}
				onChange={(event) => void onChange(event.target.value)}
			>
				{PAGE_LANGUAGES.map((option) => (
					<option key={option.code} value={option.code}>
						{option.name}
					</option>
				))}
				{!known && <option value={current}>{current}</option>}
			</select>
		</label>
	);
}
