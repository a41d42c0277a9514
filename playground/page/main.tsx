import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-500.css';
import '@fontsource/inter/latin-600.css';
import '@fontsource/inter/latin-700.css';
import '@rocket.chat/icons/dist/rocketchat.css';
import './styles.css';

import { render } from 'react-dom';

import { App } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { installRenderers } from './uikit/renderers';

installRenderers();
render(
	<ErrorBoundary>
		<App />
	</ErrorBoundary>,
	document.getElementById('root'),
);
