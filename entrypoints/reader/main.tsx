import { createRoot } from 'react-dom/client';
import '@/components/theme.css';
import { Reader } from './Reader';

document.documentElement.lang = navigator.language;
createRoot(document.getElementById('root')!).render(<Reader />);
