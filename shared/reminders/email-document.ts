/**
 * The content of one email as plain strings, before layout. Both the text and the HTML layout read
 * it, and only the HTML layout escapes, in one place, so no builder can forget to.
 */
export type Block =
  | { readonly kind: 'paragraph'; readonly text: string; readonly strong?: boolean }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | { readonly kind: 'timeline'; readonly entries: readonly TimelineEntry[]; readonly omitted: number }
  | { readonly kind: 'draft'; readonly draft: Draft }
  | { readonly kind: 'code'; readonly label: string; readonly code: string }
  | { readonly kind: 'link'; readonly label: string; readonly href: string };

export interface TimelineEntry {
  /** Date and time in the user's zone. */
  readonly when: string;
  /** What the email was ("Interview invitation", "Application received"…). */
  readonly what: string;
  readonly subject: string;
  /** Extra fact worth seeing (the interview time it gave). */
  readonly detail: string | null;
}

/** One draft line group: a paragraph of lines, or bullets the user fills in. */
export type DraftPart = { readonly kind: 'lines'; readonly lines: readonly string[] } | { readonly kind: 'bullets'; readonly items: readonly string[] };

export interface Draft {
  /** Section heading ("Draft: thank-you email"). */
  readonly title: string;
  /** How to use it ("Send one to each person; change the details"). */
  readonly note: string | null;
  readonly to: string | null;
  readonly subject: string | null;
  readonly parts: readonly DraftPart[];
}

export interface Section {
  readonly heading: string;
  readonly blocks: readonly Block[];
}

export interface EmailDocument {
  /** The Subject, already one safe line. */
  readonly subject: string;
  /** First line in the inbox preview. */
  readonly preheader: string;
  /** Which application, shown under the heading ("Acme — Data Engineer"). */
  readonly context: string | null;
  readonly sections: readonly Section[];
  readonly footer: readonly string[];
}
