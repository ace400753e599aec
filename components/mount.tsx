import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { LanguageProvider } from './i18n';
import { useSettings } from './useSettings';
import './app.css';

function WithLanguage({ render }: { render: () => ReactNode }) {
  const settings = useSettings();
  if (!settings) return null;
  document.documentElement.lang = settings.language;
  return <LanguageProvider language={settings.language}>{render()}</LanguageProvider>;
}

/** Mounts one extension page in the user's language. */
export function mountPage(render: () => ReactNode): void {
  z.config({ jitless: true });
  const root = document.getElementById('root');
  if (!root) throw new Error('missing #root');
  createRoot(root).render(
    <StrictMode>
      <WithLanguage render={render} />
    </StrictMode>,
  );
}
