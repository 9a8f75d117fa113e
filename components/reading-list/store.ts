/** UI state of the reading list (zustand): what is shown, not what is stored. */
import { create } from 'zustand';
import type { ListSort, ListView, DeletedArticle } from '@/lib/db/articles';

export interface PendingUndo {
  deleted: DeletedArticle;
  /** When the offer to undo lapses (epoch ms). */
  until: number;
}

export interface ReadingListState {
  view: ListView;
  sort: ListSort;
  tag: string | null;
  query: string;
  /** The article whose tags are being edited. */
  editingTags: number | null;
  undo: PendingUndo | null;
  setView(view: ListView): void;
  setSort(sort: ListSort): void;
  setTag(tag: string | null): void;
  setQuery(query: string): void;
  setEditingTags(id: number | null): void;
  setUndo(undo: PendingUndo | null): void;
  reset(): void;
}

const initial = { view: 'unread' as ListView, sort: 'newest' as ListSort, tag: null, query: '', editingTags: null, undo: null };

export const useReadingList = create<ReadingListState>()((set) => ({
  ...initial,
  setView: (view) => set({ view }),
  setSort: (sort) => set({ sort }),
  setTag: (tag) => set({ tag }),
  setQuery: (query) => set({ query }),
  setEditingTags: (editingTags) => set({ editingTags }),
  setUndo: (undo) => set({ undo }),
  reset: () => set(initial),
}));
