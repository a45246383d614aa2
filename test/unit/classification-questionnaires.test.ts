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

const CRYPTO_BASE = { form: 'commodity', cryptanalysis: 'no', extraction: 'no', 'other-commodity': 'none', crypto: 'yes', confidentiality: 'yes', algorithm: 'yes', activation: 'yes' };
const { 'other-commodity': _commodityOnly, ...CRYPTO_CORE } = CRYPTO_BASE;
const SOFTWARE_BASE = { ...CRYPTO_CORE, form: 'software', published: 'no', 'other-software': 'none' };
const NOT_CONTROLLED = ['us-ear ear99', 'eu not-listed'];
const NOT_ENC = { 'mass-market': 'no', 'mass-market-component': 'no' };

const ENCRYPTION_CASES: Case[] = [
  { why: 'a password cracker is cryptanalytic: 5A004.a in both lists', answers: { form: 'commodity', cryptanalysis: 'yes' }, expect: ['us-ear 5A004.a', 'eu 5A004.a'] },
  { why: 'cryptanalytic software is 5D002.c.3.a, not 5A004', answers: { form: 'software', published: 'no', cryptanalysis: 'yes' }, expect: ['us-ear 5D002.c.3.a', 'eu 5D002.c.3.a'] },
  {
    why: 'a phone-forensics box that bypasses the lock screen to image flash, and delivers no intrusion software, is 5A004.b',
    answers: { form: 'commodity', cryptanalysis: 'no', extraction: 'yes', 'intrusion-platform': 'no' },
    expect: ['us-ear 5A004.b', 'eu 5A004.b'],
  },
  {
    why: '5A004.b covers only items "not specified by 4A005": an extraction box that delivers an implant is 4A005',
    answers: { form: 'commodity', cryptanalysis: 'no', extraction: 'yes', 'intrusion-platform': 'yes' },
    expect: ['us-ear 4A005', 'eu 4A005'],
  },
  { why: 'forensic extraction software is 5D002.c.3.b', answers: { form: 'software', published: 'no', cryptanalysis: 'no', extraction: 'yes', 'intrusion-software': 'no' }, expect: ['us-ear 5D002.c.3.b', 'eu 5D002.c.3.b'] },
  {
    why: 'the Note to 5D002.c.3.b: it does not apply to "intrusion software", which is not 4D004 either',
    answers: { form: 'software', published: 'no', cryptanalysis: 'no', extraction: 'yes', 'intrusion-software': 'intrusion' },
    expect: NOT_CONTROLLED,
  },
  {
    why: 'extraction software that delivers "intrusion software" is 4D004, not 5D002.c.3.b',
    answers: { form: 'software', published: 'no', cryptanalysis: 'no', extraction: 'yes', 'intrusion-software': '4d004' },
    expect: ['us-ear 4D004', 'eu 4D004'],
  },
  {
    why: 'published encryption source code is not subject to the EAR (§ 734.3(b)(3)); the EU GSN releases software in the public domain',
    answers: { form: 'software', published: 'yes', 'published-nonstandard': 'no' },
    expect: ['us-ear not-subject', 'eu not-listed'],
  },
  { why: 'a licence-key unlocker is a cryptographic activation token: 5A002.b', answers: { form: 'commodity', cryptanalysis: 'no', extraction: 'no', 'other-commodity': '5A002.b' }, expect: ['us-ear 5A002.b', 'eu 5A002.b'] },
  { why: 'a quantum key distribution link is 5A002.c', answers: { form: 'commodity', cryptanalysis: 'no', extraction: 'no', 'other-commodity': '5A002.c' }, expect: ['us-ear 5A002.c', 'eu 5A002.c'] },
  { why: 'UWB radio generating its scrambling codes cryptographically is 5A002.d', answers: { form: 'commodity', cryptanalysis: 'no', extraction: 'no', 'other-commodity': '5A002.d' }, expect: ['us-ear 5A002.d', 'eu 5A002.d'] },
  { why: 'a frequency hopper with cryptographic hopping codes is 5A002.e', answers: { form: 'commodity', cryptanalysis: 'no', extraction: 'no', 'other-commodity': '5A002.e' }, expect: ['us-ear 5A002.e', 'eu 5A002.e'] },
  { why: 'an intrusion-detecting fibre cable is non-cryptographic information security: 5A003.a', answers: { form: 'commodity', cryptanalysis: 'no', extraction: 'no', 'other-commodity': '5A003.a' }, expect: ['us-ear 5A003.a', 'eu 5A003.a'] },
  { why: 'a TEMPEST-shielded workstation is 5A003.b', answers: { form: 'commodity', cryptanalysis: 'no', extraction: 'no', 'other-commodity': '5A003.b' }, expect: ['us-ear 5A003.b', 'eu 5A003.b'] },
  { why: 'an HSM production tester is 5B002.a', answers: { form: 'commodity', cryptanalysis: 'no', extraction: 'no', 'other-commodity': '5B002.a' }, expect: ['us-ear 5B002.a', 'eu 5B002.a'] },
  { why: 'a crypto-validation test rig is 5B002.b', answers: { form: 'commodity', cryptanalysis: 'no', extraction: 'no', 'other-commodity': '5B002.b' }, expect: ['us-ear 5B002.b', 'eu 5B002.b'] },
  { why: 'licence-key software unlocking encryption is 5D002.b', answers: { form: 'software', published: 'no', cryptanalysis: 'no', extraction: 'no', 'other-software': '5D002.b' }, expect: ['us-ear 5D002.b', 'eu 5D002.b'] },
  { why: 'QKD control software performs 5A002.c functions: 5D002.c.1', answers: { form: 'software', published: 'no', cryptanalysis: 'no', extraction: 'no', 'other-software': '5D002.c.1' }, expect: ['us-ear 5D002.c.1', 'eu 5D002.c.1'] },
  { why: 'software for producing 5A003 equipment is 5D002.a.2', answers: { form: 'software', published: 'no', cryptanalysis: 'no', extraction: 'no', 'other-software': '5D002.a.2' }, expect: ['us-ear 5D002.a.2', 'eu 5D002.a.2'] },
  { why: 'a build toolchain for a password-cracking appliance is 5D002.a.3.a', answers: { form: 'software', published: 'no', cryptanalysis: 'no', extraction: 'no', 'other-software': '5D002.a.3.a' }, expect: ['us-ear 5D002.a.3.a', 'eu 5D002.a.3.a'] },
  { why: 'software for using a 5A004.b forensic box is 5D002.a.3.b', answers: { form: 'software', published: 'no', cryptanalysis: 'no', extraction: 'no', 'other-software': '5D002.a.3.b' }, expect: ['us-ear 5D002.a.3.b', 'eu 5D002.a.3.b'] },
  { why: 'design documentation for a VPN appliance is 5E002.a', answers: { form: 'technology', 'tech-subject': 'controlled' }, expect: ['us-ear 5E002.a', 'eu 5E002.a'] },
  { why: 'technology with the characteristics of an activation token is 5E002.b', answers: { form: 'technology', 'tech-subject': 'token' }, expect: ['us-ear 5E002.b', 'eu 5E002.b'] },
  { why: 'the Note to 5E002.a leaves out technology for 5A004.b forensic items', answers: { form: 'technology', 'tech-subject': 'forensic' }, expect: NOT_CONTROLLED },
  { why: 'technology for using mass-market items is 5E992.b in the US and not listed in the EU', answers: { form: 'technology', 'tech-subject': 'mass-market' }, expect: ['us-ear 5E992.b', 'eu not-listed'] },
  { why: 'no cryptography at all: outside Cat. 5 Part 2', answers: { form: 'commodity', cryptanalysis: 'no', extraction: 'no', 'other-commodity': 'none', crypto: 'no' }, expect: NOT_CONTROLLED },
  { why: 'authentication and code signing only is not cryptography for data confidentiality (Technical Note 1)', answers: { ...CRYPTO_BASE, confidentiality: 'no' }, expect: NOT_CONTROLLED },
  { why: '56-bit DES only: not a described security algorithm (Technical Note 2)', answers: { ...CRYPTO_BASE, algorithm: 'no' }, expect: NOT_CONTROLLED },
  { why: 'encryption locked until secure cryptographic activation is not 5A002.a yet', answers: { ...CRYPTO_BASE, activation: 'no' }, expect: NOT_CONTROLLED },
  {
    why: 'a game whose save files are encrypted by its own code, with no incorporated 5A002-type part, falls out at 5A002.a.4',
    answers: { ...CRYPTO_BASE, function: 'other', incorporated: 'no' },
    expect: NOT_CONTROLLED,
  },
  { why: 'a router whose only encryption protects its management interface is decontrolled by Note 2 h.', answers: { ...CRYPTO_BASE, function: 'comms', decontrol: 'h' }, expect: NOT_CONTROLLED },
  { why: 'a civil phone that only encrypts to the radio access network is decontrolled by Note 2 c.', answers: { ...CRYPTO_BASE, function: 'comms', decontrol: 'c' }, expect: NOT_CONTROLLED },
  {
    why: 'a retail VPN router meeting Note 3 a., described in neither (b)(2) nor (b)(3), is self-classified mass market: 5A992.c with MMKT',
    answers: { ...CRYPTO_BASE, function: 'comms', decontrol: 'none', 'mass-market': 'yes', 'mm-enc-paragraph': 'b1' },
    expect: ['us-ear 5A992.c MMKT', 'eu not-listed'],
  },
  {
    why: 'a retail product with a proprietary cipher (non-standard cryptography, (b)(3)(ii)) needs a classification request: 5A992.c without MMKT self-classification',
    answers: { ...CRYPTO_BASE, function: 'comms', decontrol: 'none', 'mass-market': 'yes', 'mm-enc-paragraph': 'nonstandard' },
    expect: ['us-ear 5A992.c', 'eu not-listed'],
  },
  {
    why: 'a mass-market crypto chip ((b)(3)(i)) cannot be self-classified either',
    answers: { ...CRYPTO_BASE, function: 'computing', decontrol: 'none', 'mass-market': 'yes', 'mm-enc-paragraph': 'b3' },
    expect: ['us-ear 5A992.c', 'eu not-listed'],
  },
  {
    why: '(b)(3)(iii) forensics items are not eligible for mass market: they stay 5A002 and need a classification request',
    answers: { ...CRYPTO_BASE, function: 'infosec', decontrol: 'none', 'mass-market': 'yes', 'mm-enc-paragraph': 'b3-iii' },
    expect: ['us-ear 5A002.a.1', 'eu 5A002.a.1'],
  },
  {
    why: 'mass-market software goes to 5D992.c, not 5A992.c',
    answers: { ...SOFTWARE_BASE, function: 'infosec', 'software-decontrol': 'none', 'mass-market': 'yes', 'mm-enc-paragraph': 'b1' },
    expect: ['us-ear 5D992.c MMKT', 'eu not-listed'],
  },
  {
    why: 'a component designed for an existing mass-market item is released by Note 3 b.',
    answers: { ...CRYPTO_BASE, function: 'computing', decontrol: 'none', 'mass-market': 'no', 'mass-market-component': 'yes', 'mm-enc-paragraph': 'b1' },
    expect: ['us-ear 5A992.c MMKT', 'eu not-listed'],
  },
  { why: 'an enterprise VPN appliance not sold at retail: 5A002.a.1, ENC under (b)(1)', answers: { ...CRYPTO_BASE, function: 'infosec', decontrol: 'none', ...NOT_ENC, 'enc-paragraph': 'b1' }, expect: ['us-ear 5A002.a.1 ENC', 'eu 5A002.a.1'] },
  {
    why: 'network infrastructure is (b)(2): still 5A002.a.2, but no self-classification authorization',
    answers: { ...CRYPTO_BASE, function: 'comms', decontrol: 'none', ...NOT_ENC, 'enc-paragraph': 'b2' },
    expect: ['us-ear 5A002.a.2', 'eu 5A002.a.2'],
  },
  { why: 'a storage server is 5A002.a.3', answers: { ...CRYPTO_BASE, function: 'computing', decontrol: 'none', ...NOT_ENC, 'enc-paragraph': 'b1' }, expect: ['us-ear 5A002.a.3 ENC', 'eu 5A002.a.3'] },
  {
    why: 'a car with an incorporated encrypting telematics module is 5A002.a.4',
    answers: { ...CRYPTO_BASE, function: 'other', incorporated: 'yes', decontrol: 'none', ...NOT_ENC, 'enc-paragraph': 'b3' },
    expect: ['us-ear 5A002.a.4', 'eu 5A002.a.4'],
  },
  {
    why: 'non-mass-market encryption software that performs the encryption is 5D002.c.1',
    answers: { ...SOFTWARE_BASE, function: 'infosec', 'software-decontrol': 'none', ...NOT_ENC, 'software-role': 'performs', 'enc-paragraph': 'b1' },
    expect: ['us-ear 5D002.c.1 ENC', 'eu 5D002.c.1'],
  },
  {
    why: 'software for using 5A002 equipment is 5D002.a.1',
    answers: { ...SOFTWARE_BASE, function: 'comms', 'software-decontrol': 'none', ...NOT_ENC, 'software-role': 'supports', 'enc-paragraph': 'b1' },
    expect: ['us-ear 5D002.a.1 ENC', 'eu 5D002.a.1'],
  },
  { why: 'OAM-only software is excluded by the note to 5D002.c.1', answers: { ...SOFTWARE_BASE, function: 'comms', 'software-decontrol': 'oam' }, expect: NOT_CONTROLLED },
];

const INTRUSION_TOOL = { form: 'software', 'software-kind': 'tool' };
const INTRUSION_CASES: Case[] = [
  {
    why: 'an exploit framework delivering payloads that evade EDR and run attacker code is 4D004',
    answers: { ...INTRUSION_TOOL, purpose: 'yes', evades: 'yes', performs: 'yes', excluded: 'no', 'update-only': 'no' },
    expect: ['us-ear 4D004', 'eu 4D004'],
  },
  { why: 'an implant-delivery appliance is 4A005', answers: { form: 'commodity', purpose: 'yes', evades: 'yes', performs: 'yes', excluded: 'no' }, expect: ['us-ear 4A005', 'eu 4A005'] },
  { why: 'the exploit itself is "intrusion software", which 4D004 does not describe', answers: { form: 'software', 'software-kind': 'payload' }, expect: NOT_CONTROLLED },
  {
    why: 'a build system for an exploit framework (4D004 software) is 4D001.a in both lists',
    answers: { form: 'software', 'software-kind': 'development', 'development-target': '4D004' },
    expect: ['us-ear 4D001.a', 'eu 4D001.a'],
  },
  {
    why: 'software for producing 4A005 equipment is 4D001.a in the US; the EU 4D001.a does not name 4A005',
    answers: { form: 'software', 'software-kind': 'development', 'development-target': '4A005' },
    expect: ['us-ear 4D001.a', 'eu not-listed'],
  },
  { why: 'a vulnerability scanner that delivers no software is not 4D004', answers: { ...INTRUSION_TOOL, purpose: 'no' }, expect: NOT_CONTROLLED },
  { why: 'software that does not evade monitoring tools or defeat countermeasures is not "intrusion software"', answers: { ...INTRUSION_TOOL, purpose: 'yes', evades: 'no' }, expect: NOT_CONTROLLED },
  { why: 'software that neither extracts data nor changes an execution path is not "intrusion software"', answers: { ...INTRUSION_TOOL, purpose: 'yes', evades: 'yes', performs: 'no' }, expect: NOT_CONTROLLED },
  { why: 'a debugger is left out of the definition', answers: { ...INTRUSION_TOOL, purpose: 'yes', evades: 'yes', performs: 'yes', excluded: 'yes' }, expect: NOT_CONTROLLED },
  { why: 'an authorised patch distributor is excluded by the note to 4D004', answers: { ...INTRUSION_TOOL, purpose: 'yes', evades: 'yes', performs: 'yes', excluded: 'no', 'update-only': 'yes' }, expect: NOT_CONTROLLED },
  { why: 'exploit-development know-how is 4E001.c', answers: { form: 'technology', 'tech-subject': 'intrusion', 'vd-cir': 'no' }, expect: ['us-ear 4E001.c', 'eu 4E001.c'] },
  { why: 'technology for producing 4D004 software is 4E001.a', answers: { form: 'technology', 'tech-subject': 'tools', 'vd-cir': 'no' }, expect: ['us-ear 4E001.a', 'eu 4E001.a'] },
  { why: 'a vulnerability report to the vendor is vulnerability disclosure, excluded from 4E001.a and .c', answers: { form: 'technology', 'tech-subject': 'intrusion', 'vd-cir': 'yes' }, expect: NOT_CONTROLLED },
  { why: 'sharing indicators with a CERT is cyber incident response, excluded too', answers: { form: 'technology', 'tech-subject': 'tools', 'vd-cir': 'yes' }, expect: NOT_CONTROLLED },
  { why: 'technology for something else is not 4E001.a or .c', answers: { form: 'technology', 'tech-subject': 'other' }, expect: NOT_CONTROLLED },
];

const J = { interception: 'none', carrier: 'yes', selectors: 'yes', excluded: 'no' };
const SURVEILLANCE_CASES: Case[] = [
  { why: 'a backbone interception system searching by hard selectors is 5A001.j', answers: { form: 'commodity', ...J, 'equipment-role': 'system' }, expect: ['us-ear 5A001.j', 'eu 5A001.j'] },
  { why: 'equipment for producing 5A001.j systems is 5B001.a', answers: { form: 'commodity', ...J, 'equipment-role': 'production' }, expect: ['us-ear 5B001.a', 'eu 5B001.a'] },
  { why: 'its software is 5D001.c', answers: { form: 'software', 'software-role': 'functions', ...J }, expect: ['us-ear 5D001.c', 'eu 5D001.c'] },
  { why: 'software for developing or using 5A001.j equipment is 5D001.a', answers: { form: 'software', 'software-role': 'development', ...J }, expect: ['us-ear 5D001.a', 'eu 5D001.a'] },
  { why: 'the technology for it is 5E001.a', answers: { form: 'technology', ...J }, expect: ['us-ear 5E001.a', 'eu 5E001.a'] },
  { why: 'an IMSI-catcher-style box extracting voice over the air interface is 5A001.f.1', answers: { form: 'commodity', interception: 'f1' }, expect: ['us-ear 5A001.f.1', 'eu 5A001.f.1'] },
  { why: 'software providing 5A001.f.1 functions is 5D001.c', answers: { form: 'software', 'software-role': 'functions', interception: 'f1' }, expect: ['us-ear 5D001.c', 'eu 5D001.c'] },
  { why: 'a covert wiretap device is 5A980 in the US, a US-only entry', answers: { form: 'commodity', interception: '5a980' }, expect: ['us-ear 5A980', 'eu not-listed'] },
  { why: 'software for a 5A980 device is 5D980.b', answers: { form: 'software', 'software-role': 'development', interception: '5a980' }, expect: ['us-ear 5D980.b', 'eu not-listed'] },
  { why: 'technology for a 5A980 device is 5E980', answers: { form: 'technology', interception: '5a980' }, expect: ['us-ear 5E980', 'eu not-listed'] },
  { why: 'an enterprise network monitor is not on a carrier class network', answers: { form: 'commodity', 'equipment-role': 'system', interception: 'none', carrier: 'no' }, expect: NOT_CONTROLLED },
  { why: 'deep packet inspection without hard-selector search and relationship mapping is not j.2', answers: { form: 'commodity', 'equipment-role': 'system', interception: 'none', carrier: 'yes', selectors: 'no' }, expect: NOT_CONTROLLED },
  { why: 'a QoE analytics platform is excluded by the note to 5A001.j', answers: { form: 'commodity', 'equipment-role': 'system', ...J, excluded: 'yes' }, expect: NOT_CONTROLLED },
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
            if (c.kind === 'not-subject') expect(c.jurisdiction).toBe('us-ear');
            // Every outcome names the section it rests on.
            expect(c.reason).toMatch(/[0-9][A-E][0-9]{3}|§|Note|Article|General Software Note|Annex I/);
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
    expect(visibleQuestions(q, { ...SOFTWARE_BASE, function: 'infosec' }).map((x) => x.id)).toContain(
      'software-decontrol',
    );
  });

  it('ignores an answer left over from a path the user went back on', () => {
    // Answered "other" then "yes" to the incorporated question, then went back and chose "infosec".
    const q = encryptionQuestionnaire;
    const answers = { ...CRYPTO_BASE, function: 'infosec', incorporated: 'no', decontrol: 'none', 'mass-market': 'yes', 'mm-enc-paragraph': 'b1' };
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
