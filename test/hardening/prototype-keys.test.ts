import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { companyKey, roleKey } from '../../shared/applications/normalize.ts';
import { parseCommand } from '../../shared/commands/parse-command.ts';
import { EVENT_KINDS } from '../../shared/domain/kinds.ts';
import { parseOverrides } from '../../shared/extract/overrides.ts';
import { PROTOTYPE_KEYS, prototypeKey, prototypeSnapshot, textWithPrototypeKey } from './prototype-keys.ts';

// Words from mail, notes and replies that name a property of Object.prototype must read as plain
// words: never as a function found on the prototype, never as a crash, never as a new key on it.
const CONTEXT = { timeZone: 'Europe/Berlin', reference: new Date('2026-11-30T12:00:00Z') } as const;
const UNITS = ['hours', 'days', 'weeks'];

describe('a note whose tags are prototype names', () => {
  it.each(PROTOTYPE_KEYS.filter((key) => /^[A-Za-z]/.test(key)))('#%s is an unknown tag, not a kind', (key) => {
    const overrides = parseOverrides(`#${key}\n#company Acme`, CONTEXT);
    expect(overrides.kind).toBeNull();
    expect(overrides.company).toBe('Acme');
    expect(overrides.problems).toEqual([expect.stringContaining(`unknown tag #${key.toLowerCase()}`)]);
    // What the store keeps must survive JSON (DynamoDB) unchanged.
    expect(JSON.parse(JSON.stringify(overrides))).toEqual(overrides);
  });

  it('takes prototype names as plain values of #company and #role', () => {
    fc.assert(
      fc.property(prototypeKey, prototypeKey, (company, role) => {
        const overrides = parseOverrides(`#interview\n#company ${company}\n#role ${role}`, CONTEXT);
        expect(overrides.kind).toBe('interview');
        expect(overrides.company).toBe(company);
        expect(overrides.role).toBe(role);
      }),
      { numRuns: 60 },
    );
  });

  it('never answers anything but an event kind or null, whatever the tags', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(textWithPrototypeKey, fc.constantFrom('#interview', '#rejected', '#other')), { maxLength: 6 }), (parts) => {
        const kind = parseOverrides(parts.join('\n'), CONTEXT).kind;
        expect(kind === null || EVENT_KINDS.includes(kind)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

describe('a reply whose words are prototype names', () => {
  it.each(PROTOTYPE_KEYS)('"snooze 3 %s" is not a command', (key) => {
    expect(parseCommand(`snooze 3 ${key}`)).toMatchObject({ kind: 'unknown' });
    expect(parseCommand(`wrong: ${key}`)).toMatchObject({ kind: 'unknown' });
  });

  it('any parsed snooze has one of the three units', () => {
    fc.assert(
      fc.property(textWithPrototypeKey, fc.constantFrom('snooze 2 ', 'snooze for 1 ', 'wrong ', ''), (text, prefix) => {
        const command = parseCommand(`${prefix}${text}`);
        if (command.kind === 'snooze' && command.snooze.kind === 'relative') expect(UNITS).toContain(command.snooze.unit);
        if (command.kind === 'wrong') expect(EVENT_KINDS).toContain(command.as);
      }),
      { numRuns: 100 },
    );
  });
});

describe('company and role keys of prototype names', () => {
  // roleKey('constructor') used to throw a TypeError (abbreviations read from a plain object), so
  // a job titled "Constructor" crashed ingest.
  it('are plain strings for every text carrying a prototype name', () => {
    fc.assert(
      fc.property(textWithPrototypeKey, (text) => {
        const role = roleKey(text);
        const company = companyKey(text);
        expect(role === null || typeof role === 'string').toBe(true);
        expect(company === null || typeof company === 'string').toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

describe('Object.prototype after all of the above', () => {
  it('has the same own properties with the same values as before', () => {
    const before = prototypeSnapshot();
    for (const key of PROTOTYPE_KEYS) {
      parseOverrides(`#${key} x\n#company ${key}\n#role ${key}`, CONTEXT);
      parseCommand(`snooze 3 ${key}`);
      try {
        roleKey(key);
        companyKey(key);
      } catch {
        // A crash is the other test's finding; this one is about pollution.
      }
    }
    expect(prototypeSnapshot()).toEqual(before);
  });
});
