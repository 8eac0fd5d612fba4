import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../shared/analyze.ts';
import { classify } from '../../shared/classify/index.ts';
import type { EventKind } from '../../shared/domain/kinds.ts';
import { buildMessage, type MessageParts } from './build-message.ts';

interface Case {
  readonly name: string;
  readonly kind: EventKind;
  readonly parts: MessageParts;
}

const cases: Case[] = [
  {
    name: 'a German receipt saying the application has arrived',
    kind: 'confirmation',
    parts: {
      from: 'Personal <karriere@brennwerk.example>',
      subject: 'Ihre Bewerbung als Lagerlogistiker',
      text: 'Guten Tag Frau Weber,\n\nIhre Bewerbung ist heute bei uns eingegangen. Wir melden uns innerhalb von zwei Wochen.\n\nFreundliche Grüße\nBrennwerk AG',
    },
  },
  {
    name: 'a German invitation to a job interview',
    kind: 'interview',
    parts: {
      from: 'Jana Koch <j.koch@holzbau-nord.example>',
      subject: 'Ihre Bewerbung – Bauleiter',
      text: 'Hallo Herr Brandt,\n\nwir würden Sie gern zu einem persönlichen Gespräch in unser Büro in Kiel einladen. Passt Ihnen der 14. März um 9 Uhr?\n\nViele Grüße\nJana Koch',
    },
  },
  {
    name: 'a German decline that will not consider the application further',
    kind: 'rejection',
    parts: {
      from: 'recruiting@ostwind-energie.example',
      subject: 'Ihre Bewerbung',
      text: 'Sehr geehrter Herr Brandt,\n\nvielen Dank für Ihre Bewerbung. Nach sorgfältiger Prüfung können wir Ihre Unterlagen leider nicht weiter berücksichtigen.\n\nMit freundlichen Grüßen',
    },
  },
  {
    name: 'a German decline that mentions the interview it will not offer',
    kind: 'rejection',
    parts: {
      subject: 'Rückmeldung zu Ihrer Bewerbung',
      text: 'Wir haben uns Ihre Unterlagen angesehen, können Sie aber nicht zu einem Vorstellungsgespräch einladen.',
    },
  },
  {
    name: 'a French acknowledgement of the application',
    kind: 'confirmation',
    parts: {
      from: 'Recrutement <rh@maison-vernet.example>',
      subject: 'Votre candidature',
      text: 'Bonjour,\n\nNous avons bien reçu votre candidature pour le poste de comptable et nous l\'étudions avec attention.\n\nCordialement,\nService RH',
    },
  },
  {
    name: 'a French invitation to an interview',
    kind: 'interview',
    parts: {
      from: 'Claire Dumas <c.dumas@atelier-lune.example>',
      subject: 'Suite à votre candidature',
      text: 'Bonjour Paul,\n\nNous souhaitons vous inviter à un entretien dans nos locaux de Lyon mardi prochain à 15h.\n\nBien à vous,\nClaire',
    },
  },
  {
    name: 'a French decline that regrets not moving ahead',
    kind: 'rejection',
    parts: {
      subject: 'Votre candidature',
      text: 'Bonjour Paul,\n\nNous sommes au regret de vous informer que nous ne pouvons pas donner suite à votre candidature.\n\nCordialement',
    },
  },
  {
    name: 'a Spanish receipt for a submitted application',
    kind: 'confirmation',
    parts: {
      from: 'Talento <empleo@costa-verde.example>',
      subject: 'Tu candidatura',
      text: 'Hola Lucía,\n\nHemos recibido tu candidatura para el puesto de diseñadora. Nuestro equipo la revisará pronto.\n\nSaludos',
    },
  },
  {
    name: 'a Spanish request to schedule an interview',
    kind: 'interview',
    parts: {
      from: 'Marta Ruiz <marta@solaria-tech.example>',
      subject: 'Siguiente paso',
      text: 'Hola Lucía,\n\nNos gustaría agendar una entrevista por videollamada contigo esta semana. ¿Qué día te viene mejor?\n\nUn saludo,\nMarta',
    },
  },
  {
    name: 'a Spanish decline after review',
    kind: 'rejection',
    parts: {
      subject: 'Proceso de selección',
      text: 'Hola Lucía,\n\nLamentamos informarte que en esta ocasión no has sido seleccionada para el puesto. Te deseamos mucho éxito.',
    },
  },
];

describe('classify in German, French and Spanish', () => {
  it.each(cases)('reads $name as $kind', ({ parts, kind }) => {
    const result = classify(buildMessage(parts));
    expect(result.kind, `signals: ${result.signals.join(', ')}`).toBe(kind);
  });

  it('reads the forwarded German Outlook invitation fixture as an interview', async () => {
    const raw = readFileSync(new URL('../fixtures/eml/outlook-desktop-forward-german-interview.eml', import.meta.url));
    const analysis = await analyzeMessage(raw, { timeZone: 'Europe/Berlin' });
    expect(analysis.kind).toBe('interview');
  });

  it('does not count an English invitation twice through the multilingual families', () => {
    const result = classify(buildMessage({ text: 'We would like to invite you to an interview next week.' }));
    expect(result.signals.filter((tag) => tag.endsWith('-intl'))).toEqual([]);
  });
});
