import type { PhraseRule, Reroute } from '../phrase-rule.ts';

/**
 * A few strong phrase families in German, French and Spanish, for users who apply in those
 * languages. Deliberately small: the wording hiring mail uses for a receipt, an invitation and a
 * decline is formulaic, and one clear phrase per kind is enough to tip a mail that the English
 * families leave at "no signal". Bodies are lower-cased and NFKC-composed, so umlauts and accents
 * are matched as written; `\b` only knows ASCII letters, so it is never placed next to one.
 */

/** "Leider können wir Sie nicht zum Gespräch einladen": an invitation word under a negation is a decline. */
const NEGATED: Reroute = { tag: 'rejection:negated-interview', kind: 'rejection', weight: 4 };
const CONDITIONAL: Reroute = { tag: 'confirmation:conditional-interview', kind: 'confirmation', weight: 2 };
const invitation = { whenNegated: NEGATED, whenConditional: CONDITIONAL } as const;
const decision = { whenConditional: 'drop', condition: 'any' } as const;

/**
 * Meetings an invitation can be for, per language: each language's verbs pair only with its own
 * nouns, so an English "invitation to interview" is never counted a second time here.
 */
const MEETING_DE = '(?:gespr|interview)';
const MEETING_FR = '(?:entretien|entrevue|rencontre)';
const MEETING_ES = '(?:entrevista|reuni(?:ó|o)n|videollamada|llamada)';

export const MULTILINGUAL_RULES: readonly PhraseRule[] = [
  {
    tag: 'confirmation:received-intl',
    kind: 'confirmation',
    weight: 4,
    pattern: new RegExp(
      [
        // de: "Ihre Bewerbung ist bei uns eingegangen", "vielen Dank für Ihre Bewerbung"
        '\\b(?:bewerbung|bewerbungsunterlagen|unterlagen)\\b[^.;]{0,60}?\\b(?:erhalten|eingegangen|empfangen)\\b',
        '\\beingang (?:ihrer|deiner) (?:bewerbung|unterlagen)',
        '\\b(?:vielen |herzlichen )?dank f(?:ü|ue)r (?:ihre|deine) bewerbung',
        // fr: "nous avons bien reçu votre candidature", "merci pour votre candidature"
        '\\b(?:avons (?:bien )?re(?:ç|c)u|accusons (?:bonne )?r(?:é|e)ception de) (?:votre|ta) candidature',
        '\\b(?:votre|ta) candidature (?:a (?:bien )?(?:é|e)t(?:é|e)|est bien) (?:re(?:ç|c)ue|enregistr)',
        '\\bmerci (?:pour|de) (?:votre|ta) candidature|\\bmerci d\'avoir postul',
        // es: "hemos recibido tu candidatura", "gracias por tu postulación"
        '\\bhemos recibido (?:tu|su) (?:candidatura|solicitud|postulaci|cv|curr)',
        '\\b(?:tu|su) (?:candidatura|solicitud|postulaci(?:ó|o)n) (?:ha sido|fue) (?:recibida|registrada)',
        '\\bgracias por (?:tu|su) (?:candidatura|postulaci|solicitud)|\\bgracias por postular',
      ].join('|'),
    ),
    where: 'body',
  },
  {
    tag: 'interview:invite-intl',
    kind: 'interview',
    weight: 5,
    pattern: new RegExp(
      [
        // de: "möchten wir Sie zu einem Vorstellungsgespräch einladen", "Einladung zum Gespräch"
        `\\b(?:einladung|einladen|laden)\\b[^.;]{0,60}?${MEETING_DE}`,
        `${MEETING_DE}[^.;]{0,60}?\\b(?:einladen|einzuladen)\\b`,
        // fr: "nous souhaitons vous inviter à un entretien", "convocation à un entretien"
        `\\b(?:inviter|invitation|convier|convoquer|convocation|planifier|organiser|fixer)\\b[^.;]{0,40}?\\b${MEETING_FR}`,
        // es: "nos gustaría invitarte a una entrevista", "agendar una entrevista"
        `\\b(?:invitar(?:te|le|la|lo)?|invitaci(?:ó|o)n|convocar(?:te|le)?|agendar|programar|coordinar)\\b[^.;]{0,40}?\\b${MEETING_ES}`,
      ].join('|'),
    ),
    where: 'body',
    ...invitation,
  },
  {
    tag: 'interview:named-intl',
    kind: 'interview',
    weight: 3,
    pattern:
      /\b(?:vorstellungsgespr|bewerbungsgespr|kennenlerngespr|telefoninterview|videointerview)|\bentretien (?:d'embauche|t(?:é|e)l(?:é|e)phonique|vid(?:é|e)o|individuel|de recrutement)|\bentrevista (?:de trabajo|telef(?:ó|o)nica|virtual|presencial|personal|t(?:é|e)cnica)|\b(?:vos|tus|sus) disponibilidad|\bvos disponibilit/,
    where: 'body',
    ...invitation,
  },
  {
    tag: 'rejection:decline-intl',
    kind: 'rejection',
    weight: 6,
    pattern: new RegExp(
      [
        // de: "leider müssen wir Ihnen mitteilen …", "nicht weiter berücksichtigen", "anderweitig besetzt"
        '\\bleider\\b[^.;]{0,80}?\\b(?:nicht|keine?n?|absagen?|anderen? (?:kandidat|bewerber))',
        '\\bnicht (?:weiter |mehr )?ber(?:ü|ue)cksichtig|\\bnicht in die engere (?:auswahl|wahl)',
        '\\b(?:anderweitig|bereits) (?:besetzt|vergeben)|\\bf(?:ü|ue)r (?:einen|eine) andere[nr]? (?:kandidat|bewerber)',
        // fr: "nous sommes au regret de …", "nous ne pouvons pas donner suite", "candidature non retenue"
        '\\bnous (?:sommes au|avons le) regret\\b|\\bnous regrettons\\b',
        '\\bpas (?:pu )?(?:donner suite|retenir|(?:é|e)t(?:é|e) retenue?)|\\bpas\\b[^.;]{0,40}?\\bsuite favorable\\b|\\bnon retenue?\\b',
        '\\b(?:autres?|un autre) (?:candidat|profil)\\w*[^.;]{0,40}?\\b(?:correspond|retenu|choisi)',
        // es: "lamentamos informarte …", "no has sido seleccionado", "hemos decidido continuar con otros candidatos"
        '\\blamentamos (?:informar|comunicar|decir)|\\blamentablemente\\b[^.;]{0,80}?\\bno\\b',
        '\\bno (?:ha|has|han) sido (?:seleccionad|elegid)|\\bno (?:continuaremos|seguiremos|avanzaremos)\\b',
        '\\bno (?:vamos a|podemos) (?:continuar|avanzar|seguir)\\b|\\b(?:continuar|seguir|avanzar) con otr[oa]s? (?:candidat|perfil)',
      ].join('|'),
    ),
    where: 'body',
    ...decision,
  },
  {
    // pt: "decidimos seguir com outra pessoa", "não seguiremos com a sua candidatura"; es: "… con otra
    // persona". Apart from the rule above so each stays provably linear.
    tag: 'rejection:decline-intl',
    kind: 'rejection',
    weight: 6,
    pattern: /\b(?:seguir|prosseguir|avan(?:ç|c)ar|continuar) (?:com|con) outr[oa]s? (?:candidat|perfil|pessoa)|\b(?:seguir|continuar|avanzar) con otra persona\b|\bn(?:ã|a)o (?:seguiremos|avan(?:ç|c)aremos|prosseguiremos)\b/,
    where: 'body',
    ...decision,
  },
  {
    tag: 'subject:interview-intl',
    kind: 'interview',
    weight: 3,
    pattern: /vorstellungsgespr|bewerbungsgespr|einladung zum|\bentretien\b|\bentrevista\b|\bconvocation\b/,
    where: 'subject',
  },
  {
    tag: 'subject:application-received-intl',
    kind: 'confirmation',
    weight: 3,
    pattern: /eingangsbest(?:ä|ae)tigung|bewerbung eingegangen|candidature (?:re(?:ç|c)ue|enregistr)|accus(?:é|e) de r(?:é|e)ception|candidatura recibida|hemos recibido tu/,
    where: 'subject',
  },
  {
    tag: 'subject:rejection-intl',
    kind: 'rejection',
    weight: 3,
    pattern: /\babsage\b|candidature non retenue|\bno seleccionad/,
    where: 'subject',
  },
];
