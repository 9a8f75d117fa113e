/**
 * UI text in English and Simplified Chinese, by the browser's language. Each feature keeps its
 * own message table next to its components; this picks the language and fills placeholders.
 */
export type Locale = 'en' | 'zh';

export type Messages<K extends string> = { en: Record<K, string>; zh: Partial<Record<K, string>> };

export function currentLocale(lang = globalThis.navigator?.language ?? 'en'): Locale {
  return lang.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export function makeT<K extends string>(messages: Messages<K>, locale: Locale = currentLocale()) {
  return (key: K, vars?: Record<string, string | number>): string => {
    const text = messages[locale][key] ?? messages.en[key];
    return vars ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : text;
  };
}
