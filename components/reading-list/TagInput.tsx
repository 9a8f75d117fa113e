import { useId, useState } from 'react';
import { makeT } from '@/lib/i18n';
import { listMessages } from './messages';
import './reading-list.css';

const t = makeT(listMessages);

export function splitTags(input: string): string[] {
  return input
    .split(/[,，、;]/)
    .map((s) => s.replace(/\s+/g, ' ').trim().toLowerCase())
    .filter(Boolean);
}

/**
 * Tags as removable chips plus a text box that suggests existing tags (a native datalist, so the
 * browser's own accessible autocomplete). Enter or a comma adds; Backspace in an empty box removes
 * the last tag.
 */
export function TagInput({
  tags,
  onChange,
  suggestions,
  label,
  autoFocus,
}: {
  tags: readonly string[];
  onChange: (tags: string[]) => void;
  suggestions: readonly string[];
  label: string;
  autoFocus?: boolean;
}) {
  const [draft, setDraft] = useState('');
  const listId = useId();
  const commit = (text: string) => {
    const add = splitTags(text).filter((x) => !tags.includes(x));
    if (add.length) onChange([...tags, ...add]);
    setDraft('');
  };
  const remaining = suggestions.filter((s) => !tags.includes(s));
  return (
    <div className="tag-input">
      {tags.length > 0 && (
        <ul className="tags" aria-label={label}>
          {tags.map((tag) => (
            <li key={tag} className="tag">
              {tag}
              <button type="button" className="tag-remove" aria-label={t('removeTag', { tag })} onClick={() => onChange(tags.filter((x) => x !== tag))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        type="text"
        aria-label={t('addTag')}
        placeholder={t('addTag')}
        list={listId}
        value={draft}
        autoFocus={autoFocus}
        onChange={(e) => {
          const v = e.target.value;
          if (/[,，、;]/.test(v)) commit(v);
          else setDraft(v);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && draft.trim()) {
            e.preventDefault();
            commit(draft);
          } else if (e.key === 'Backspace' && !draft && tags.length) {
            onChange(tags.slice(0, -1));
          }
        }}
        onBlur={() => draft.trim() && commit(draft)}
      />
      <datalist id={listId}>
        {remaining.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
    </div>
  );
}
