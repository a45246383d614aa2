import { describe, expect, it } from 'vitest';
import { encryptionQuestionnaire } from '../../shared/classification/encryption';
import { intrusionSoftwareQuestionnaire } from '../../shared/classification/intrusion-software';
import { answerProblems, nextQuestion, visibleQuestions, type Answers, type Candidate, type Condition, type Questionnaire } from '../../shared/classification/questionnaire';
import { QUESTIONNAIRES } from '../../shared/classification/questionnaires';
import { surveillanceQuestionnaire } from '../../shared/classification/surveillance';

/** "us-ear 5A992.c MMKT" / "eu not-listed": what a case expects, one string per candidate. */
function outcome(cs: Candidate[]): string[] {
  return cs.map((c) => [c.jurisdiction, c.kind === 'entry' ? (c.paragraphCode ?? c.entryCode) : c.kind, c.authorization].filter(Boolean).join(' '));
}

interface Case {
  why: string;
  answers: Answers;
  expect: string[];
}

const CRYPTO_BASE = { form: 'commodity', cryptanalysis: 'no', extraction: 'no', crypto: 'yes', confidentiality: 'yes', algorithm: 'yes', activation: 'yes' };
const NOT_CONTROLLED = ['us-ear ear99', 'eu not-listed'];

const ENCRYPTION_CASES: Case[] = [
  { why: 'a password cracker is cryptanalytic: 5A004.a in both lists', answers: { form: 'commodity', cryptanalysis: 'yes' }, expect: ['us-ear 5A004.a', 'eu 5A004.a'] },
  { why: 'cryptanalytic software is 5D002.c.3.a, not 5A004', answers: { form: 'software', cryptanalysis: 'yes' }, expect: ['us-ear 5D002.c.3.a', 'eu 5D002.c.3.a'] },
  { why: 'a phone-forensics box that bypasses the lock screen to image flash is 5A004.b', answers: { form: 'commodity', cryptanalysis: 'no', extraction: 'yes' }, expect: ['us-ear 5A004.b', 'eu 5A004.b'] },
  { why: 'forensic extraction software is 5D002.c.3.b', answers: { form: 'software', cryptanalysis: 'no', extraction: 'yes' }, expect: ['us-ear 5D002.c.3.b', 'eu 5D002.c.3.b'] },
  { why: 'no cryptography at all: outside Cat. 5 Part 2', answers: { form: 'commodity', cryptanalysis: 'no', extraction: 'no', crypto: 'no' }, expect: NOT_CONTROLLED },
  {
    why: 'authentication and code signing only is not cryptography for data confidentiality (Technical Note 1)',
    answers: { ...CRYPTO_BASE, confidentiality: 'no' },
    expect: NOT_CONTROLLED,
  },
  { why: '56-bit DES only: not a described security algorithm (Technical Note 2)', answers: { ...CRYPTO_BASE, algorithm: 'no' }, expect: NOT_CONTROLLED },
  { why: 'encryption locked until secure cryptographic activation is not 5A002.a yet', answers: { ...CRYPTO_BASE, activation: 'no' }, expect: NOT_CONTROLLED },
  {
    why: 'a game whose save files are encrypted by its own code, with no incorporated 5A002-type part, falls out at 5A002.a.4',
    answers: { ...CRYPTO_BASE, function: 'other', incorporated: 'no' },
    expect: NOT_CONTROLLED,
  },
  {
    why: 'a router whose only encryption protects its management interface is decontrolled by Note 2 h.',
    answers: { ...CRYPTO_BASE, function: 'comms', decontrol: 'h' },
    expect: NOT_CONTROLLED,
  },
  {
    why: 'a retail VPN router meeting Note 3 a. is mass market: 5A992.c with MMKT; the EU list does not list it',
    answers: { ...CRYPTO_BASE, function: 'comms', decontrol: 'none', 'mass-market': 'yes' },
    expect: ['us-ear 5A992.c MMKT', 'eu not-listed'],
  },
  {
    why: 'mass-market software goes to 5D992.c, not 5A992.c',
    answers: { ...CRYPTO_BASE, form: 'software', function: 'infosec', 'software-decontrol': 'none', 'mass-market': 'yes' },
    expect: ['us-ear 5D992.c MMKT', 'eu not-listed'],
  },
  {
    why: 'a component designed for an existing mass-market item is released by Note 3 b.',
    answers: { ...CRYPTO_BASE, function: 'computing', decontrol: 'none', 'mass-market': 'no', 'mass-market-component': 'yes' },
    expect: ['us-ear 5A992.c MMKT', 'eu not-listed'],
  },
  {
    why: 'an enterprise VPN appliance not sold at retail: 5A002.a.1, ENC under (b)(1)',
    answers: { ...CRYPTO_BASE, function: 'infosec', decontrol: 'none', 'mass-market': 'no', 'mass-market-component': 'no', 'enc-paragraph': 'b1' },
    expect: ['us-ear 5A002.a.1 ENC', 'eu 5A002.a.1'],
  },
  {
    why: 'network infrastructure is (b)(2): still 5A002.a.2, but no self-classification authorization',
    answers: { ...CRYPTO_BASE, function: 'comms', decontrol: 'none', 'mass-market': 'no', 'mass-market-component': 'no', 'enc-paragraph': 'b2' },
    expect: ['us-ear 5A002.a.2', 'eu 5A002.a.2'],
  },
  {
    why: 'a storage server is 5A002.a.3',
    answers: { ...CRYPTO_BASE, function: 'computing', decontrol: 'none', 'mass-market': 'no', 'mass-market-component': 'no', 'enc-paragraph': 'b1' },
    expect: ['us-ear 5A002.a.3 ENC', 'eu 5A002.a.3'],
  },
  {
    why: 'a car with an incorporated encrypting telematics module is 5A002.a.4',
    answers: { ...CRYPTO_BASE, function: 'other', incorporated: 'yes', decontrol: 'none', 'mass-market': 'no', 'mass-market-component': 'no', 'enc-paragraph': 'b3' },
    expect: ['us-ear 5A002.a.4', 'eu 5A002.a.4'],
  },
  {
    why: 'non-mass-market encryption software that performs the encryption is 5D002.c.1',
    answers: { ...CRYPTO_BASE, form: 'software', function: 'infosec', 'software-decontrol': 'none', 'mass-market': 'no', 'mass-market-component': 'no', 'software-role': 'performs', 'enc-paragraph': 'b1' },
    expect: ['us-ear 5D002.c.1 ENC', 'eu 5D002.c.1'],
  },
  {
    why: 'software for using 5A002 equipment is 5D002.a.1',
    answers: { ...CRYPTO_BASE, form: 'software', function: 'comms', 'software-decontrol': 'none', 'mass-market': 'no', 'mass-market-component': 'no', 'software-role': 'supports', 'enc-paragraph': 'b1' },
    expect: ['us-ear 5D002.a.1 ENC', 'eu 5D002.a.1'],
  },
  { why: 'OAM-only software is excluded by the note to 5D002.c.1', answers: { ...CRYPTO_BASE, form: 'software', function: 'comms', 'software-decontrol': 'oam' }, expect: NOT_CONTROLLED },
];

const INTRUSION_CASES: Case[] = [
  {
    why: 'an exploit framework delivering payloads that evade EDR and run attacker code is 4D004',
    answers: { form: 'software', purpose: 'yes', evades: 'yes', performs: 'yes', excluded: 'no', 'update-only': 'no' },
    expect: ['us-ear 4D004', 'eu 4D004'],
  },
  { why: 'an implant-delivery appliance is 4A005', answers: { form: 'commodity', purpose: 'yes', evades: 'yes', performs: 'yes', excluded: 'no' }, expect: ['us-ear 4A005', 'eu 4A005'] },
  { why: 'a vulnerability scanner that delivers no software is not 4D004', answers: { form: 'software', purpose: 'no' }, expect: NOT_CONTROLLED },
  { why: 'software that does not evade monitoring tools or defeat countermeasures is not "intrusion software"', answers: { form: 'software', purpose: 'yes', evades: 'no' }, expect: NOT_CONTROLLED },
  { why: 'software that neither extracts data nor changes an execution path is not "intrusion software"', answers: { form: 'software', purpose: 'yes', evades: 'yes', performs: 'no' }, expect: NOT_CONTROLLED },
  { why: 'a debugger is left out of the definition', answers: { form: 'software', purpose: 'yes', evades: 'yes', performs: 'yes', excluded: 'yes' }, expect: NOT_CONTROLLED },
  { why: 'an authorised patch distributor is excluded by the note to 4D004', answers: { form: 'software', purpose: 'yes', evades: 'yes', performs: 'yes', excluded: 'no', 'update-only': 'yes' }, expect: NOT_CONTROLLED },
  { why: 'exploit-development know-how is 4E001.c', answers: { form: 'technology', 'tech-subject': 'intrusion', 'vd-cir': 'no' }, expect: ['us-ear 4E001.c', 'eu 4E001.c'] },
  { why: 'technology for producing 4D004 software is 4E001.a', answers: { form: 'technology', 'tech-subject': 'tools', 'vd-cir': 'no' }, expect: ['us-ear 4E001.a', 'eu 4E001.a'] },
  { why: 'a vulnerability report to the vendor is vulnerability disclosure, excluded from 4E001.a and .c', answers: { form: 'technology', 'tech-subject': 'intrusion', 'vd-cir': 'yes' }, expect: NOT_CONTROLLED },
  { why: 'sharing indicators with a CERT is cyber incident response, excluded too', answers: { form: 'technology', 'tech-subject': 'tools', 'vd-cir': 'yes' }, expect: NOT_CONTROLLED },
  { why: 'technology for something else is not 4E001.a or .c', answers: { form: 'technology', 'tech-subject': 'other' }, expect: NOT_CONTROLLED },
];

const SURVEILLANCE_CASES: Case[] = [
  { why: 'a backbone interception system searching by hard selectors is 5A001.j', answers: { form: 'commodity', carrier: 'yes', selectors: 'yes', excluded: 'no' }, expect: ['us-ear 5A001.j', 'eu 5A001.j'] },
  { why: 'its software is 5D001.c', answers: { form: 'software', carrier: 'yes', selectors: 'yes', excluded: 'no' }, expect: ['us-ear 5D001.c', 'eu 5D001.c'] },
  { why: 'the technology for it is 5E001.a', answers: { form: 'technology', carrier: 'yes', selectors: 'yes', excluded: 'no' }, expect: ['us-ear 5E001.a', 'eu 5E001.a'] },
  { why: 'an enterprise network monitor is not on a carrier class network', answers: { form: 'commodity', carrier: 'no' }, expect: NOT_CONTROLLED },
  { why: 'deep packet inspection without hard-selector search and relationship mapping is not j.2', answers: { form: 'commodity', carrier: 'yes', selectors: 'no' }, expect: NOT_CONTROLLED },
  { why: 'a QoE analytics platform is excluded by the note to 5A001.j', answers: { form: 'commodity', carrier: 'yes', selectors: 'yes', excluded: 'yes' }, expect: NOT_CONTROLLED },
];

function runCases(q: Questionnaire, cases: Case[]) {
  describe(q.title, () => {
    for (const c of cases) {
      it(c.why, () => {
        expect(answerProblems(q, c.answers)).toEqual([]);
        expect(outcome(q.evaluate(c.answers))).toEqual(c.expect);
      });
    }
  });
}

runCases(encryptionQuestionnaire, ENCRYPTION_CASES);
runCases(intrusionSoftwareQuestionnaire, INTRUSION_CASES);
runCases(surveillanceQuestionnaire, SURVEILLANCE_CASES);

describe('every questionnaire', () => {
  for (const q of QUESTIONNAIRES) {
    it(`${q.id}: every question cites the regulation, has options, and its conditions name earlier questions and real options only`, () => {
      const seen = new Map<string, Set<string>>();
      const check = (c: Condition) => {
        if ('anyOf' in c) return c.anyOf.forEach(check);
        expect(seen.has(c.question), `${c.question} is asked before it is used`).toBe(true);
        for (const v of c.in) expect([...seen.get(c.question)!]).toContain(v);
      };
      for (const x of q.questions) {
        expect(x.citation).toMatch(/CFR|ECCN|Note|§|Annex|Cat\./);
        expect(x.options.length).toBeGreaterThanOrEqual(2);
        (x.showIf ?? []).forEach(check);
        seen.set(x.id, new Set(x.options.map((o) => o.value)));
      }
      expect(new Set(q.questions.map((x) => x.id)).size).toBe(q.questions.length);
    });

    it(`${q.id}: every complete path ends in one candidate per jurisdiction, with a reason`, () => {
      // Walks every combination of answers the questionnaire can be given.
      const walk = (answers: Record<string, string>): number => {
        const next = nextQuestion(q, answers);
        if (!next) {
          const cs = q.evaluate(answers);
          expect(cs.map((c) => c.jurisdiction).sort()).toEqual(['eu', 'us-ear']);
          for (const c of cs) {
            expect(c.reason.length).toBeGreaterThan(20);
            if (c.kind === 'entry') expect(c.entryCode).toMatch(/^[0-9][A-E][0-9]{3}$/);
            if (c.paragraphCode) expect(c.paragraphCode.startsWith(`${c.entryCode}.`)).toBe(true);
            if (c.authorization) expect(c.jurisdiction).toBe('us-ear');
          }
          return 1;
        }
        return next.options.reduce((n, o) => n + walk({ ...answers, [next.id]: o.value }), 0);
      };
      expect(walk({})).toBeGreaterThan(3);
    });
  }
});

describe('answering step by step', () => {
  it('asks only the questions the earlier answers lead to', () => {
    const q = encryptionQuestionnaire;
    expect(nextQuestion(q, {})?.id).toBe('form');
    expect(nextQuestion(q, { form: 'commodity', cryptanalysis: 'yes' })).toBeNull();
    expect(visibleQuestions(q, { form: 'software', cryptanalysis: 'no', extraction: 'no', crypto: 'yes', confidentiality: 'yes', algorithm: 'yes', activation: 'yes', function: 'infosec' }).map((x) => x.id)).toContain(
      'software-decontrol',
    );
  });

  it('ignores an answer left over from a path the user went back on', () => {
    // Answered "other" then "yes" to the incorporated question, then went back and chose "infosec".
    const q = encryptionQuestionnaire;
    const answers = { ...CRYPTO_BASE, function: 'infosec', incorporated: 'no', decontrol: 'none', 'mass-market': 'yes' };
    expect(visibleQuestions(q, answers).map((x) => x.id)).not.toContain('incorporated');
    expect(outcome(q.evaluate(answers))).toEqual(['us-ear 5A992.c MMKT', 'eu not-listed']);
  });

  it('gives no candidates until every question asked is answered', () => {
    expect(encryptionQuestionnaire.evaluate({ form: 'commodity' })).toEqual([]);
  });

  it('names an unknown question, an answer that is not an option, and the first question left open', () => {
    const q = encryptionQuestionnaire;
    expect(answerProblems(q, { colour: 'blue' })).toEqual([{ questionId: 'colour', message: expect.stringContaining('not a question') }]);
    expect(answerProblems(q, { form: 'hardware' })[0]).toMatchObject({ questionId: 'form', message: expect.stringContaining('"hardware" is not an answer') });
    expect(answerProblems(q, { form: 'commodity' })).toEqual([{ questionId: 'cryptanalysis', message: expect.stringContaining('is not answered') }]);
  });
});
