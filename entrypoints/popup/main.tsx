import { createRoot } from 'react-dom/client';
import '@/components/theme.css';
import '@/components/headlines/headlines.css';
import './popup.css';
import { Popup } from './Popup';

performance.mark('lede:popup-start'); // npm run bench: script start → list populated
document.documentElement.lang = navigator.language;
createRoot(document.getElementById('root')!).render(<Popup />);
