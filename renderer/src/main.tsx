import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { CrashNotice } from './components/CrashNotice';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <CrashNotice>
      <App />
    </CrashNotice>
  </StrictMode>,
);
