import { bothLists, entryCandidate, notControlled } from './candidates';
import { YES_NO, isComplete, relevantAnswers, type Answers, type Candidate, type Questionnaire } from './questionnaire';

/**
 * "Intrusion software" tools: 4A005 (systems, equipment and components), 4D004 (software), 4D001.a
 * (software for developing or producing them) and 4E001.a / .c (technology), with the definition of "intrusion software" in 15 CFR 772.1 (and
 * Annex I's definitions), the update-and-upgrade note to 4D004, and the note excluding
 * "vulnerability disclosure" and "cyber incident response" from 4E001.a and .c.
 */

const VD_CIR = { kind: 'note', entryCode: '4E001', contains: ['vulnerability disclosure'] } as const;
/** License Exception ACE as the ECCNs name it ("Yes, except to Country Group E:1 or E:2"), with the limits § 740.22 adds. */
export const ACE =
  'License Exception ACE (§ 740.22, authorized cybersecurity exports) may be available, with these limits: never to Country Group E:1 or E:2; § 740.22(b)(2) restricts it for "government end users" in Country Groups D:1, D:2, D:3, D:4 or D:5 and, for the items it names, for other end users in D:1 or D:5, except for the purposes it allows (such as vulnerability disclosure, cyber incident response and digital artifacts for investigations); § 740.22(c) bars it when the exporter knows or has reason to know the item will be used to affect the confidentiality, integrity or availability of information or information systems without the authorization of their owner, operator or administrator. For Russia and Belarus, § 746.8(c) limits the license exceptions available to those it lists: check it before relying on ACE there.';

export const intrusionSoftwareQuestionnaire: Questionnaire = {
  id: 'intrusion-software',
  title: 'Intrusion software tools (4A005, 4D004, 4D001.a, 4E001)',
  summary:
    'Equipment, software and technology for generating, commanding and controlling, or delivering "intrusion software", and the exclusions for software updates, vulnerability disclosure and cyber incident response.',
  citation: '15 CFR 774 Supp. No. 1, ECCNs 4A005, 4D001.a, 4D004, 4E001; "intrusion software", 15 CFR 772.1; 15 CFR 740.22 and 746.8(c)',
  questions: [
    {
      id: 'form',
      text: 'Is the item a commodity (a system, equipment or component), software, or technology?',
      help: 'Technology is information for developing, producing or using an item: source designs, exploit-development know-how, manuals.',
      citation: '15 CFR 774 Supp. No. 1, Cat. 4 product groups A, D and E',
      options: [
        { value: 'commodity', label: 'Commodity (a system, equipment or component)' },
        { value: 'software', label: 'Software' },
        { value: 'technology', label: 'Technology' },
      ],
    },
    {
      id: 'tech-subject',
      text: 'What is the technology for?',
      help: '4E001.c covers technology for the development of "intrusion software" itself; 4E001.a covers technology for the development, production or use of 4A005 equipment or 4D001.a / 4D004 software (among other Category 4 items).',
      citation: 'ECCN 4E001.a and 4E001.c',
      options: [
        { value: 'intrusion', label: 'Developing "intrusion software" (4E001.c)' },
        { value: 'tools', label: 'Developing, producing or using 4A005 equipment or 4D001.a / 4D004 software (4E001.a)' },
        { value: 'other', label: 'Neither' },
      ],
      showIf: [{ question: 'form', in: ['technology'] }],
    },
    {
      id: 'vd-cir',
      text: 'Is the technology released only for "vulnerability disclosure" or "cyber incident response"?',
      help: '"Vulnerability disclosure": identifying, reporting or communicating a vulnerability to, or analysing it with, those responsible for remediating it, in order to resolve it. "Cyber incident response": exchanging information needed on a cybersecurity incident with those responsible for remediating it (15 CFR 772.1).',
      citation: 'Note 1 to ECCN 4E001 ("4E001.a and .c do not apply to vulnerability disclosure or cyber incident response"); 15 CFR 772.1',
      options: YES_NO,
      showIf: [{ question: 'tech-subject', in: ['intrusion', 'tools'] }],
    },
    {
      id: 'software-kind',
      text: 'Is the software a tool that handles "intrusion software", software for developing or producing such tools, or the "intrusion software" itself?',
      help: '4D004 is software for the generation, command and control, or delivery of "intrusion software"; the payload, exploit or implant that runs on the target is "intrusion software" and is not itself 4D004. Software specially designed or modified for the development or production of 4A005 equipment or 4D004 software is 4D001.a.',
      citation: 'ECCN 4D004 (heading); ECCN 4D001.a; "intrusion software", 15 CFR 772.1',
      options: [
        { value: 'tool', label: 'A tool that generates, commands and controls, or delivers software to target devices' },
        { value: 'development', label: 'Software for developing or producing such tools: 4A005 equipment or 4D004 software (4D001.a)' },
        { value: 'payload', label: 'The "intrusion software" itself (the exploit, implant or payload)' },
      ],
      showIf: [{ question: 'form', in: ['software'] }],
    },
    {
      id: 'development-target',
      text: 'Is it for developing or producing 4A005 equipment, or 4D004 software?',
      help: 'The US 4D001.a names 4A005 and the 4D entries; the EU 4D001.a names 4A001 to 4A004, 4A507 and 4D, not 4A005.',
      citation: 'ECCN 4D001.a (15 CFR 774 Supp. No. 1; Annex I to Regulation (EU) 2021/821)',
      options: [
        { value: '4A005', label: '4A005 equipment' },
        { value: '4D004', label: '4D004 software' },
      ],
      showIf: [{ question: 'software-kind', in: ['development'] }],
    },
    {
      id: 'purpose',
      text: 'Is the item specially designed or modified to generate, command and control, or deliver software (a payload, implant or exploit) to be run on computers or network-capable devices (including mobile phones and smart meters)?',
      help: 'Exploit frameworks, implant builders and their command-and-control servers are the usual examples. A vulnerability scanner that only reports findings does not deliver software.',
      citation: 'ECCN 4A005 and 4D004 (headings)',
      options: YES_NO,
      showIf: [{ anyOf: [{ question: 'form', in: ['commodity'] }, { question: 'software-kind', in: ['tool'] }] }],
    },
    {
      id: 'evades',
      text: "Is that software specially designed or modified to avoid detection by 'monitoring tools' (antivirus, endpoint security, intrusion detection, firewalls) or to defeat 'protective countermeasures' (data execution prevention, address space layout randomisation, sandboxing)?",
      help: 'This and the next question are the definition of "intrusion software".',
      citation: '"Intrusion software", 15 CFR 772.1, and its Technical Notes',
      options: YES_NO,
      showIf: [{ question: 'purpose', in: ['yes'] }],
    },
    {
      id: 'performs',
      text: 'Does that software extract data or information from the computer or device, modify system or user data, or modify the standard execution path of a program or process so that externally provided instructions run?',
      help: 'Paragraphs (a) and (b) of the definition.',
      citation: '"Intrusion software", 15 CFR 772.1, paragraphs (a) and (b)',
      options: YES_NO,
      showIf: [{ question: 'evades', in: ['yes'] }],
    },
    {
      id: 'excluded',
      text: 'Is that software only a hypervisor, a debugger or software reverse engineering (SRE) tool, digital rights management (DRM) software, or software designed to be installed by manufacturers, administrators or users for asset tracking or recovery?',
      help: 'The definition of "intrusion software" leaves these out.',
      citation: '"Intrusion software", 15 CFR 772.1, Note 1',
      options: YES_NO,
      showIf: [{ question: 'performs', in: ['yes'] }],
    },
    {
      id: 'update-only',
      text: 'Is the software specially designed and limited to provide software updates or upgrades that operate only with the authorization of the owner or administrator of the system receiving them, and after which the updated software is neither 4D004 software nor "intrusion software"?',
      help: 'For example an enterprise patch-distribution tool.',
      citation: 'Note to ECCN 4D004',
      options: YES_NO,
      showIf: [{ question: 'form', in: ['software'] }, { question: 'excluded', in: ['no'] }],
    },
  ],
  evaluate: evaluateIntrusion,
};

function evaluateIntrusion(raw: Answers): Candidate[] {
  const q = intrusionSoftwareQuestionnaire;
  if (!isComplete(q, raw)) return [];
  const a = relevantAnswers(q, raw);

  if (a.form === 'technology') {
    if (a['tech-subject'] === 'other') {
      return notControlled(
        'The technology is neither for developing "intrusion software" nor for 4A005 or 4D004 items, so 4E001.a and .c do not apply on these answers. It is EAR99 unless another ECCN (e.g. another paragraph of 4E001, or 5E002) describes it.',
        'The technology is neither for developing "intrusion software" nor for 4A005 or 4D004 items; 4E001.a and .c do not apply on these answers. Check the other entries before concluding it is not listed.',
      );
    }
    if (a['vd-cir'] === 'yes') {
      return notControlled(
        'Note 1 to 4E001: 4E001.a and .c do not apply to "vulnerability disclosure" or "cyber incident response" (definitions in § 772.1). The release is EAR99 unless another ECCN describes it.',
        'Note 1 to 4E001: 4E001.a and 4E001.c do not control "vulnerability disclosure" or "cyber incident response".',
        [VD_CIR],
      );
    }
    return a['tech-subject'] === 'intrusion'
      ? bothLists('4E001', '4E001.c', `"Technology" for the "development" of "intrusion software" (4E001.c), not released for vulnerability disclosure or incident response only. ${ACE}`, '"Technology" for the "development" of "intrusion software" (4E001.c).', { supporting: [VD_CIR] })
      : bothLists('4E001', '4E001.a', `"Technology" for the "development", "production" or "use" of 4A005 equipment or 4D004 software (4E001.a). ${ACE}`, '"Technology" for the "development", "production" or "use" of equipment or software specified in 4A or 4D, including 4A005 and 4D004 (4E001.a).', {
          supporting: [VD_CIR],
        });
  }

  if (a['software-kind'] === 'payload') {
    return notControlled(
      '"Intrusion software" itself is not 4D004: 4D004 is software specially designed or modified for its generation, command and control, or delivery (4D004 heading), and 4E001.c is technology for developing it. The payload is EAR99 unless another ECCN describes it (e.g. 5D002 for its own encryption; 5D002.c.3.b does not apply to "intrusion software").',
      '"Intrusion software" itself is not 4D004, which covers software for its generation, command and control, or delivery. Check the other entries (e.g. 5D002 for its own encryption) before concluding it is not listed.',
    );
  }
  if (a['software-kind'] === 'development') {
    const target = a['development-target']!;
    const us = entryCandidate(
      'us-ear',
      '4D001',
      '4D001.a',
      `"Software" specially designed or modified for the development or production of ${target === '4A005' ? '4A005 equipment' : '4D004 software'} (4D001.a). ${ACE}`,
    );
    const eu =
      target === '4D004'
        ? entryCandidate('eu', '4D001', '4D001.a', '"Software" specially designed or modified for the development or production of software specified in 4D, here 4D004 (4D001.a).')
        : ({
            jurisdiction: 'eu',
            kind: 'not-listed',
            entryCode: null,
            paragraphCode: null,
            reason: 'The EU 4D001.a names equipment of 4A001 to 4A004 and 4A507 and software of 4D, not 4A005 equipment, so it does not describe software for developing or producing 4A005 equipment. Check the other entries before concluding it is not listed.',
            authorization: null,
            supporting: [],
          } satisfies Candidate);
    return [us, eu];
  }

  const entry = a.form === 'software' ? '4D004' : '4A005';
  const notIntrusion = (why: string) =>
    notControlled(
      `${why} so ${entry} does not apply. The item is EAR99 unless another ECCN describes it (a forensic tool that circumvents authentication may be 5A004.b / 5D002.c.3.b; encryption is judged under Category 5 Part 2).`,
      `${why} so ${entry} does not apply. Check the other entries (e.g. 5A004.b, 5D002) before concluding it is not listed.`,
    );
  if (a.purpose === 'no') return notIntrusion('The item is not specially designed or modified to generate, command and control, or deliver software to computers or network-capable devices,');
  if (a.evades === 'no') return notIntrusion('The software it handles neither avoids monitoring tools nor defeats protective countermeasures, so it is not "intrusion software" (§ 772.1),');
  if (a.performs === 'no') return notIntrusion('The software it handles neither extracts or modifies data nor modifies an execution path to run external instructions, so it is not "intrusion software" (§ 772.1),');
  if (a.excluded === 'yes') return notIntrusion('The software it handles is a hypervisor, debugger, SRE tool, DRM or asset tracking or recovery software, which the definition of "intrusion software" leaves out (§ 772.1, Note 1),');
  if (a['update-only'] === 'yes') {
    return notControlled(
      'The software is specially designed and limited to provide authorised updates or upgrades that leave no 4D004 software or "intrusion software" behind (Note to 4D004). It is EAR99 unless another ECCN describes it.',
      'The Note to 4D004 excludes software specially designed and limited to provide authorised updates or upgrades that leave no 4D004 software or "intrusion software" behind.',
      [{ kind: 'note', entryCode: '4D004', contains: ['updates or upgrades'] }],
    );
  }
  const what = a.form === 'software' ? '"Software"' : 'A system, equipment or component';
  return bothLists(
    entry,
    null,
    `${what} specially designed or modified for the generation, command and control, or delivery of "intrusion software" (${entry}, whose heading is its whole list of items; the "intrusion software" it handles is not itself ${entry}). The exclusions for vulnerability disclosure and cyber incident response cover 4E001.a and .c technology, not ${entry} itself. ${ACE}`,
    `${what} specially designed or modified for the generation, command and control, or delivery of "intrusion software" (${entry}).`,
  );
}
