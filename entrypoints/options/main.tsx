import { createRoot } from 'react-dom/client';
import '@/components/theme.css';
import { Options } from './Options';

document.documentElement.lang = navigator.language;
createRoot(document.getElementById('root')!).render(<Options />);
