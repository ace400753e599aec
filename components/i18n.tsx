import { createContext, useContext, type ReactNode } from 'react';
import { say, translate, type Language, type MessageKey, type Phrase } from '@/lib/i18n';
import { PhraseError } from '@/lib/i18n/phrase';

const LanguageContext = createContext<Language>('vi');

export function LanguageProvider({ language, children }: { language: Language; children: ReactNode }) {
  return <LanguageContext.Provider value={language}>{children}</LanguageContext.Provider>;
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function useT(): Translate {
  const language = useContext(LanguageContext);
  return (key, params) => translate(language, key, params);
}

/** Words a sentence kept as data (a refusal of the plan reader) in the person's language. */
export function useSay(): (phrase: Phrase<MessageKey>) => string {
  const language = useContext(LanguageContext);
  return (phrase) => say(language, phrase);
}

/** An error as the person reads it: its phrase in their language (its dictionary is one of those spread into theirs), else its message. */
export function useSayError(): (error: unknown) => string {
  const say = useSay();
  return (error) => (error instanceof PhraseError ? say(error.phrase as Phrase<MessageKey>) : error instanceof Error ? error.message : String(error));
}

export function useLanguage(): Language {
  return useContext(LanguageContext);
}
