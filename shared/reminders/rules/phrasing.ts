import type { DraftPart } from '../email-document.ts';
import { greetingName, joinNames, type Person } from '../people.ts';
import type { RuleContext } from './rule-context.ts';

/** " (Data Engineer)" or "" — the application's role as a subject suffix. */
export function roleSuffix(ctx: RuleContext): string {
  return ctx.role ? ` (${ctx.role})` : '';
}

/** "the Data Engineer role" / "the role". */
export function theRole(ctx: RuleContext): string {
  return ctx.role ? `the ${ctx.role} role` : 'the role';
}

export function names(people: readonly Person[]): string {
  return joinNames(people.map((p) => p.name));
}

/** "Dear Ana," for Ana Lima; a slot to fill when nobody is known. */
export function greeting(person: Person | null, word = 'Dear'): DraftPart {
  return { kind: 'lines', lines: [`${word} ${person ? greetingName(person) : '[name]'},`] };
}

/** The user's signature lines, or slots for the contact details a follow-up should carry. */
export function signatureLines(ctx: RuleContext): string[] {
  const lines = ctx.settings.signature
    .split(/\r?\n/)
    .map((line) => line.trimEnd())
    .filter((line, index, all) => line !== '' || (index > 0 && index < all.length - 1));
  return lines.length > 0 ? lines : ['[your full name]', '[phone] · [email] · [LinkedIn profile]'];
}

export function signOff(ctx: RuleContext, word: string): DraftPart {
  return { kind: 'lines', lines: [word, ...signatureLines(ctx)] };
}

/** Just the name line of the signature (for short notes and cards). */
export function signatureName(ctx: RuleContext): string {
  return signatureLines(ctx)[0] ?? '[your name]';
}
