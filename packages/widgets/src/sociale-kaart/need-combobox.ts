import type { ReactiveControllerHost } from 'lit';
import type { NeedSuggestion } from '@wijkwijzer/sdk/search';

const SUGGESTION_LIMIT = 6;

export interface NeedComboboxOptions {
  /** The needs that fit the words typed so far; none before the data is loaded. */
  suggest: (query: string, limit: number) => readonly NeedSuggestion[];
  /** The resident typed: search once typing pauses. */
  onType: (query: string) => void;
  /** The resident chose a suggested need. */
  onPick: (suggestion: NeedSuggestion) => void;
}

/**
 * The search box's list of suggested needs, as an ARIA combobox: arrows move through it (wrapping
 * around), Enter picks, Escape and leaving the box close it.
 */
export class NeedCombobox {
  suggestions: readonly NeedSuggestion[] = [];
  /** The highlighted suggestion, -1 for none. */
  active = -1;
  open = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: NeedComboboxOptions,
  ) {}

  readonly onInput = (event: Event): void => {
    const query = (event.target as HTMLInputElement).value;
    this.suggestions = this.options.suggest(query, SUGGESTION_LIMIT);
    this.show(this.suggestions.length > 0, -1);
    this.options.onType(query);
  };

  readonly onKeydown = (event: KeyboardEvent): void => {
    const count = this.open ? this.suggestions.length : 0;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        const total = this.suggestions.length;
        if (total === 0) return;
        event.preventDefault();
        const down = event.key === 'ArrowDown';
        const from = this.open ? this.active : -1;
        // From nothing highlighted, Down goes to the first and Up to the last; then wrap around.
        this.show(true, from < 0 ? (down ? 0 : total - 1) : (from + (down ? 1 : total - 1)) % total);
        return;
      }
      case 'Enter':
        if (count > 0 && this.active >= 0) {
          event.preventDefault();
          this.pick(this.active);
        }
        return;
      case 'Escape':
        if (count > 0) {
          // Close the list only; the browser would also clear a search field.
          event.preventDefault();
          event.stopPropagation();
          this.close();
        }
        return;
      default:
    }
  };

  readonly pick = (index: number): void => {
    const suggestion = this.suggestions[index];
    if (!suggestion) return;
    this.suggestions = [];
    this.close();
    this.options.onPick(suggestion);
  };

  readonly close = (): void => this.show(false, -1);

  private show(open: boolean, active: number): void {
    this.open = open;
    this.active = active;
    this.host.requestUpdate();
  }
}
