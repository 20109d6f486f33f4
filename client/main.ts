/** Bootstrap: styles, then the screen the URL asks for. */
import './styles/app.css';
import { route } from './router';

route(document.getElementById('app') as HTMLElement);
window.addEventListener('hashchange', () => route(document.getElementById('app') as HTMLElement));
