import type { Messages } from '../i18n';
import { en } from './en';

// TODO(translation) placeholder until translated.
export const ptBR: Messages = { ...en };
