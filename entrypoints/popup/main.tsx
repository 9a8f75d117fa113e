import { createRoot } from 'react-dom/client';
import '@/components/theme.css';
import { Popup } from './Popup';

document.documentElement.lang = navigator.language;
createRoot(document.getElementById('root')!).render(<Popup />);
