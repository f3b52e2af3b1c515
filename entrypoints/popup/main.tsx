import { render } from 'preact';
import '../../components/shell.css';
import './style.css';
import { t } from '../../lib/ext/i18n';
import { App } from './App';

document.title = t('extName');

const root = document.getElementById('app');
if (root) render(<App />, root);
