import type { FeedReport } from '@wijkwijzer/cli/validate';
import type { FeedLists } from './feed-lists.js';
import type { UiLang } from './i18n.js';
import type { FieldValue } from './option-fields.js';
import type { ThemePreset } from './theme.js';

export type View = 'configure' | 'check';
export type DataSource = 'sample' | 'url';
export type WidgetLang = '' | 'nl' | 'en';

export type ListsState =
  | { status: 'loading'; feedUrl: string }
  | { status: 'ready'; feedUrl: string; lists: FeedLists }
  | { status: 'failed'; feedUrl: string };

export type CheckState =
  | { status: 'idle' }
  /** The typed address is not an http(s) URL. */
  | { status: 'invalid' }
  | { status: 'running'; url: string }
  | { status: 'done'; url: string; report: FeedReport };

/** Everything the page shows; the views are pure functions of it. */
export interface PlaygroundState {
  uiLang: UiLang;
  view: View;
  tag: string;
  /** Form values per widget, so switching widgets keeps what was set. */
  values: Record<string, Record<string, FieldValue>>;
  source: DataSource;
  /** The typed feed address; applied (and checked) when the field is left. */
  feedUrlInput: string;
  widgetLang: WidgetLang;
  preset: ThemePreset;
  custom: Record<string, string>;
  cdnBase: string;
  lists?: ListsState;
  copy: 'idle' | 'copied' | 'failed';
  previewEvents: string[];
  cspViolations: string[];
  checkSource: DataSource;
  checkUrlInput: string;
  check: CheckState;
}

/** What the page starts from: the given choices, everything else at rest. */
export function initialState(
  start: Pick<PlaygroundState, 'uiLang' | 'view' | 'tag' | 'values' | 'cdnBase'>,
): PlaygroundState {
  return {
    ...start,
    source: 'sample',
    feedUrlInput: '',
    widgetLang: '',
    preset: 'default',
    custom: {},
    copy: 'idle',
    previewEvents: [],
    cspViolations: [],
    checkSource: 'sample',
    checkUrlInput: '',
    check: { status: 'idle' },
  };
}

/**
 * A minimal store: one state object, replaced on every change, and one listener
 * that renders. Renders are batched into a microtask so a burst of changes
 * (typing, a feed list arriving) renders once.
 */
export class Store<T> {
  private pending = false;
  private current: T;
  private readonly onChange: (state: T) => void;

  constructor(initial: T, onChange: (state: T) => void) {
    this.current = initial;
    this.onChange = onChange;
  }

  get state(): T {
    return this.current;
  }

  update(patch: Partial<T> | ((state: T) => Partial<T>)): void {
    const changes = typeof patch === 'function' ? patch(this.current) : patch;
    this.current = { ...this.current, ...changes };
    if (this.pending) return;
    this.pending = true;
    queueMicrotask(() => {
      this.pending = false;
      this.onChange(this.current);
    });
  }
}
