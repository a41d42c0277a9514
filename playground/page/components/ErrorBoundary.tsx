import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';

interface Props {
	children: ReactNode;
	/** What failed, in the message ("the modal", "a message"). */
	what?: string;
}

/** A render error shows where it happened, with its message, instead of a blank page. */
export class ErrorBoundary extends Component<Props, { error?: Error }> {
	state: { error?: Error } = {};

	static getDerivedStateFromError(error: Error) {
		return { error };
	}

	componentDidCatch(error: Error, info: ErrorInfo): void {
		console.error(error, info.componentStack);
	}

	render() {
		const { error } = this.state;
		if (!error) {
			return this.props.children;
		}
		return (
			<div className='render-error' role='alert'>
				<strong>Could not draw {this.props.what ?? 'the page'}:</strong> {error.message}
				<button
					type='button'
					className='link-button'
					onClick={() => this.setState({ error: undefined })}
				>
					Try again
				</button>
			</div>
		);
	}
}
