import { createContext, useContext, type ReactNode } from 'react';
import { translate, type Language, type MessageKey } from '@/lib/i18n';

const LanguageContext = createContext<Language>('vi');

export function LanguageProvider({ language, children }: { language: Language; children: ReactNode }) {
  return <LanguageContext.Provider value={language}>{children}</LanguageContext.Provider>;
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function useT(): Translate {
  const language = useContext(LanguageContext);
  return (key, params) => translate(language, key, params);
}

export function useLanguage(): Language {
  return useContext(LanguageContext);
}
