/** Bootstrap: styles, then the screen the URL asks for. */
import './styles/app.css';
import './styles/small.css';
import { route } from './router';

const root = document.getElementById('app') as HTMLElement;
route(root);
window.addEventListener('hashchange', () => route(root));
