import { createRoot } from 'react-dom/client';
import '@/components/theme.css';
import { SidePanel } from './SidePanel';

document.documentElement.lang = navigator.language;
createRoot(document.getElementById('root')!).render(<SidePanel />);
