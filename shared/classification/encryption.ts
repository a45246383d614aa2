import { bothLists, entryCandidate, notControlled } from './candidates';
import { YES_NO, isComplete, relevantAnswers, type Answers, type Candidate, type Questionnaire } from './questionnaire';

/**
 * Category 5 Part 2, "information security" (15 CFR 774 Supp. No. 1; Annex I to Regulation (EU)
 * 2021/821): cryptanalytic items (5A004), 'cryptography for data confidentiality' with a
 * 'described security algorithm' (5A002.a, Technical Notes 1 and 2), the primary-function split
 * of 5A002.a.1–a.4, the decontrols of Note 2 to 5A002.a, the Cryptography Note (Note 3) releasing
 * mass-market items (US 5A992.c / 5D992.c), and License Exception ENC (§ 740.17(b)(1)–(b)(3)).
 */

const CAT5P2 = '15 CFR 774 Supp. No. 1, Cat. 5 Part 2';

const DECONTROL_OPTIONS = [
  { value: 'none', label: 'None of these', help: 'The item is none of the items Note 2 to 5A002.a lists.' },
  { value: 'a', label: 'a. Smart cards, electronically readable personal documents and their readers/writers, restricted as the note says' },
  { value: 'b', label: "b. Cryptographic equipment specially designed and limited for banking use or 'money transactions'" },
  { value: 'c', label: 'c. Civil mobile radiotelephones not able to send encrypted data directly to another radiotelephone (only to the radio access network)' },
  { value: 'd', label: 'd. Cordless telephones without end-to-end encryption and with an unboosted range under 400 m' },
  { value: 'e', label: 'e. Civil mobile radiotelephones or client wireless devices with only published or commercial cryptography, customised for a civil industry application' },
  { value: 'f', label: "f. Items whose information security is limited to wireless 'personal area network' functionality with only published or commercial cryptography" },
  { value: 'g', label: 'g. Civil mobile radio access network (RAN) equipment of 0.1 W (20 dBm) or less supporting 16 or fewer concurrent users' },
  { value: 'h', label: 'h. Routers, switches, gateways or relays whose information security is limited to "OAM" with only published or commercial cryptography' },
  { value: 'i', label: 'i. General purpose computing equipment or servers whose cryptography is published or commercial and integral to a mass-market CPU, a non-5D002 operating system, or limited to OAM' },
  { value: 'j', label: "j. Items specially designed for a 'connected civil industry application' (e.g. smart meters, connected vehicles' non-arbitrary data), as the note limits them" },
] as const;

export const encryptionQuestionnaire: Questionnaire = {
  id: 'encryption',
  title: 'Information security (Category 5 Part 2)',
  summary:
    'Encryption in hardware and software: cryptanalytic items (5A004), encryption for data confidentiality (5A002 / 5D002), the decontrol notes, and mass-market items released by the Cryptography Note (5A992.c / 5D992.c), with the EU equivalents.',
  citation: `${CAT5P2}; Annex I to Regulation (EU) 2021/821, Cat. 5 Part 2; 15 CFR 740.17`,
  questions: [
    {
      id: 'form',
      text: 'Is the item a commodity (hardware, equipment, a component) or software?',
      help: 'Technology for encryption items (5E002 / 5E992) is not covered by this questionnaire; classify it by hand.',
      citation: `${CAT5P2}, product groups A and D`,
      options: [
        { value: 'commodity', label: 'Commodity (hardware, equipment or a component)' },
        { value: 'software', label: 'Software' },
      ],
    },
    {
      id: 'cryptanalysis',
      text: 'Is it designed or modified to perform cryptanalytic functions — to defeat cryptographic mechanisms in order to derive keys, passwords, clear text or other confidential variables?',
      help: 'This includes doing so by reverse engineering. Password crackers and key-recovery tools are the usual examples.',
      citation: 'ECCN 5A004.a and its Technical Note; ECCN 5D002.c.3.a',
      options: YES_NO,
    },
    {
      id: 'extraction',
      text: "Is it designed to extract raw data from a computer or communications device (binary data read from its storage without the device's operating system or file system), and to circumvent the device's authentication or authorisation controls to do so?",
      help: 'Not covered: debuggers and hypervisors, items limited to logical data extraction, chip-off or JTAG extraction, tools limited to jail-breaking or rooting, and equipment specially designed for developing or producing the device.',
      citation: 'ECCN 5A004.b, its Technical Note and Notes 1 and 2; ECCN 5D002.c.3.b',
      options: YES_NO,
      showIf: [{ question: 'cryptanalysis', in: ['no'] }],
    },
    {
      id: 'crypto',
      text: 'Does the item use or perform cryptography, itself or in a chip, library or component it incorporates?',
      help: '"Information security" items or functions are considered against Category 5 Part 2 even when they are components, software or functions of other items.',
      citation: `${CAT5P2}; EU Annex I, General "Information Security" Note`,
      options: YES_NO,
      showIf: [{ question: 'extraction', in: ['no'] }],
    },
    {
      id: 'confidentiality',
      text: 'Is the cryptography used for data confidentiality — for anything other than authentication, digital signature, data integrity, non-repudiation, digital rights management or copy protection, encryption for entertainment, mass commercial broadcasts or medical records management, or key management for those?',
      help: "Encrypting files, disks, messages or network traffic so that others cannot read them is data confidentiality. Signing code or checking a password hash is not.",
      citation: "ECCN 5A002.a, Technical Note 1 ('cryptography for data confidentiality')",
      options: YES_NO,
      showIf: [{ question: 'crypto', in: ['yes'] }],
    },
    {
      id: 'algorithm',
      text: "Does that cryptography use a 'described security algorithm'?",
      help: 'A symmetric algorithm with a key longer than 56 bits (AES, 3DES, ChaCha20); an asymmetric algorithm based on factoring integers over 512 bits (RSA), discrete logarithms in a finite field over 512 bits (Diffie-Hellman) or in another group over 112 bits (elliptic curves such as P-256, X25519); or a post-quantum algorithm based on lattices, supersingular isogenies or random codes (e.g. Kyber / ML-KEM, McEliece).',
      citation: "ECCN 5A002.a, Technical Note 2 ('described security algorithm')",
      options: YES_NO,
      showIf: [{ question: 'confidentiality', in: ['yes'] }],
    },
    {
      id: 'activation',
      text: "Is that cryptographic capability usable, already activated, or able to be activated by any means other than secure 'cryptographic activation'?",
      help: "An item whose encryption stays locked until a vendor-issued cryptographic licence key unlocks it is not caught by 5A002.a until then; the activation token itself is 5A002.b / 5D002.b.",
      citation: 'ECCN 5A002.a; "cryptographic activation", 15 CFR 772.1',
      options: YES_NO,
      showIf: [{ question: 'algorithm', in: ['yes'] }],
    },
    {
      id: 'function',
      text: "What is the item's primary function?",
      help: 'The primary function is the obvious, main purpose of the item; the encryption is judged against it.',
      citation: 'ECCN 5A002.a.1 to a.4',
      options: [
        { value: 'infosec', label: 'Information security (e.g. a VPN, an encrypting drive, a hardware security module)', help: '5A002.a.1' },
        { value: 'comms', label: 'Digital communication or networking (e.g. a router, a switch, a messaging system)', help: '5A002.a.2' },
        { value: 'computing', label: 'Computing, or information storage or processing (e.g. a server, a laptop, a database)', help: '5A002.a.3' },
        { value: 'other', label: 'Something else; the encryption supports a non-primary function (e.g. a game, a vehicle, a medical device)', help: '5A002.a.4' },
      ],
      showIf: [{ question: 'activation', in: ['yes'] }],
    },
    {
      id: 'incorporated',
      text: 'Is that encryption performed by incorporated equipment or software that, as a standalone item, would be specified by 5A002, 5A003, 5A004, 5B002 or 5D002?',
      help: 'For example an embedded encrypting network module. If the item does its own encryption with nothing that would be controlled on its own, answer no.',
      citation: 'ECCN 5A002.a.4.a and a.4.b',
      options: YES_NO,
      showIf: [{ question: 'function', in: ['other'] }],
    },
    {
      id: 'decontrol',
      text: 'Is the item one of those that Note 2 to 5A002.a excludes?',
      help: 'Read the full text of the note in the list before answering; each exclusion has conditions.',
      citation: 'ECCN 5A002, Note 2 ("5A002.a does not control any of the following items")',
      options: DECONTROL_OPTIONS,
      showIf: [{ question: 'form', in: ['commodity'] }, { anyOf: [{ question: 'function', in: ['infosec', 'comms', 'computing'] }, { question: 'incorporated', in: ['yes'] }] }],
    },
    {
      id: 'software-decontrol',
      text: 'Is the software limited to "Operations, Administration or Maintenance" (OAM) with only published or commercial cryptographic standards, or does it only provide the functions of equipment that Note 2 to 5A002.a excludes?',
      help: 'For example the management software of a router whose only encryption protects its administration interface.',
      citation: 'Note to ECCN 5D002.c.1; ECCN 5A002, Note 2',
      options: [
        { value: 'none', label: 'Neither' },
        { value: 'oam', label: 'Limited to OAM with only published or commercial cryptographic standards' },
        { value: 'note2', label: 'Only provides the functions of equipment excluded by Note 2 to 5A002.a' },
      ],
      showIf: [{ question: 'form', in: ['software'] }, { anyOf: [{ question: 'function', in: ['infosec', 'comms', 'computing'] }, { question: 'incorporated', in: ['yes'] }] }],
    },
    {
      id: 'mass-market',
      text: 'Does the item meet all of paragraph a. of the Cryptography Note: generally available to the public by being sold, without restriction, from stock at retail selling points (over the counter, mail order, electronic or telephone transactions); cryptographic functionality that the user cannot easily change; designed for installation by the user without further substantial support by the supplier; and details available to the authorities on request?',
      help: 'The Note to the Cryptography Note adds: the item is of potential interest to a wide range of individuals and businesses, and its price and main functionality can be known before purchase without consulting the supplier.',
      citation: `${CAT5P2}, Note 3 (Cryptography Note), paragraph a. and the Note to the Cryptography Note; 15 CFR 740.17(b)(1)`,
      options: YES_NO,
      showIf: [{ anyOf: [{ question: 'decontrol', in: ['none'] }, { question: 'software-decontrol', in: ['none'] }] }],
    },
    {
      id: 'mass-market-component',
      text: "Is it a hardware component or 'executable software' of an existing item that meets paragraph a. of the Cryptography Note, designed for that item, where information security is not its primary function, it neither changes nor adds cryptographic functionality, and its feature set is fixed (not designed or modified to customer specification)?",
      help: "'Executable software' is software in executable form from an existing hardware component excluded by the Cryptography Note; not a complete binary image of an end item's software.",
      citation: `${CAT5P2}, Note 3 (Cryptography Note), paragraph b. and its Technical Note`,
      options: YES_NO,
      showIf: [{ question: 'mass-market', in: ['no'] }],
    },
    {
      id: 'software-role',
      text: 'Does the software itself perform the encryption, or is it software for the development, production or use of 5A002 equipment?',
      help: '5D002.c.1 is software that has the characteristics of, or performs or simulates the functions of, 5A002.a equipment; 5D002.a.1 is software specially designed or modified for developing, producing or using it.',
      citation: 'ECCN 5D002.a.1 and 5D002.c.1',
      options: [
        { value: 'performs', label: 'It performs the encryption (5D002.c.1)' },
        { value: 'supports', label: 'It is for developing, producing or using 5A002 equipment (5D002.a.1)' },
      ],
      showIf: [{ question: 'form', in: ['software'] }, { question: 'mass-market-component', in: ['no'] }],
    },
    {
      id: 'enc-paragraph',
      text: 'Is the item described in § 740.17(b)(2) or (b)(3)?',
      help: '(b)(2) includes network infrastructure items, encryption source code that is not publicly available, items customised for government end users, cryptography the user can easily change, quantum cryptography, penetration tools, and public safety radio. (b)(3) includes chips, chipsets, electronic assemblies, cryptographic libraries, modules and development kits, and non-standard cryptography. Neither: the item may be self-classified under (b)(1).',
      citation: '15 CFR 740.17(b)(1), (b)(2) and (b)(3)',
      options: [
        { value: 'b1', label: 'Neither: self-classification under § 740.17(b)(1)' },
        { value: 'b2', label: 'Described in § 740.17(b)(2)' },
        { value: 'b3', label: 'Described in § 740.17(b)(3)' },
      ],
      showIf: [{ question: 'mass-market-component', in: ['no'] }],
    },
  ],
  evaluate: evaluateEncryption,
};

const OUTSIDE = (why: string) =>
  notControlled(
    `${why} The item is not controlled in Category 5 Part 2, so it is EAR99 unless another ECCN describes it (for example 5A991, 5D991, 4A994 or 4D994 for telecommunications or computer items).`,
    `${why} The item is in no entry of Category 5 Part 2 of Annex I; check the other categories before concluding it is not listed.`,
  );

function evaluateEncryption(raw: Answers): Candidate[] {
  const q = encryptionQuestionnaire;
  if (!isComplete(q, raw)) return [];
  const a = relevantAnswers(q, raw);
  const software = a.form === 'software';

  if (a.cryptanalysis === 'yes') {
    return software
      ? bothLists('5D002', '5D002.c.3.a', 'Software performing or simulating the cryptanalytic functions of 5A004.a equipment (5D002.c.3.a).', 'Software performing or simulating the functions of equipment specified in 5A004.a (5D002.c.3.a).')
      : bothLists('5A004', '5A004.a', "Designed or modified to perform 'cryptanalytic functions' (5A004.a).", "Designed or modified to perform 'cryptanalytic functions' (5A004.a).");
  }
  if (a.extraction === 'yes') {
    return software
      ? bothLists('5D002', '5D002.c.3.b', "Software performing the functions of 5A004.b equipment: raw data extraction circumventing the device's authentication (5D002.c.3.b; the paragraph does not apply to \"intrusion software\").", 'Software performing the functions of equipment specified in 5A004.b (5D002.c.3.b).')
      : bothLists('5A004', '5A004.b', "Designed to extract raw data from a computing or communications device while circumventing its authentication or authorisation controls (5A004.b.1 and b.2).", 'Designed to extract raw data while circumventing authentication or authorisation controls (5A004.b).');
  }
  if (a.crypto === 'no') return OUTSIDE('The item uses no cryptography and is not a cryptanalytic or forensic extraction item.');
  if (a.confidentiality === 'no') return OUTSIDE("Its cryptography is not 'cryptography for data confidentiality' (5A002.a, Technical Note 1): it is limited to authentication, signatures, integrity or the other listed functions.");
  if (a.algorithm === 'no') return OUTSIDE("Its cryptography for data confidentiality does not use a 'described security algorithm' (5A002.a, Technical Note 2).");
  if (a.activation === 'no') return OUTSIDE("Its cryptographic capability is neither usable nor activatable other than by secure 'cryptographic activation' (5A002.a); the activation token itself would be 5A002.b / 5D002.b.");
  if (a.incorporated === 'no') return OUTSIDE("The encryption supports a non-primary function and is not performed by incorporated equipment or software that would itself be specified by 5A002, 5A003, 5A004, 5B002 or 5D002 (5A002.a.4).");
  if (a.decontrol && a.decontrol !== 'none') {
    return OUTSIDE(`Note 2 to 5A002.a, paragraph ${a.decontrol}., excludes the item from 5A002.a.`);
  }
  if (a['software-decontrol'] === 'oam') return OUTSIDE('The software is limited to OAM with only published or commercial cryptographic standards (Note to 5D002.c.1).');
  if (a['software-decontrol'] === 'note2') return OUTSIDE('The software only provides the functions of equipment that Note 2 to 5A002.a excludes.');

  if (a['mass-market'] === 'yes' || a['mass-market-component'] === 'yes') {
    const paragraph = a['mass-market'] === 'yes' ? 'a.' : 'b.';
    const usCode = software ? '5D992' : '5A992';
    return [
      entryCandidate(
        'us-ear',
        usCode,
        `${usCode}.c`,
        `Paragraph ${paragraph} of the Cryptography Note (Note 3 to Category 5 Part 2) releases the item from 5A002 / 5D002; after self-classification under § 740.17(b)(1) it is a mass-market encryption ${software ? 'software' : 'commodity'} in ${usCode}.c (authorization type MMKT). Check § 740.17(b)(1) and (e)(3) for whether it belongs in the annual self-classification report.`,
        { authorization: 'MMKT', supporting: [{ kind: 'crypto-note' }] },
      ),
      {
        jurisdiction: 'eu',
        kind: 'not-listed',
        entryCode: null,
        paragraphCode: null,
        reason: `Paragraph ${paragraph} of the Cryptography Note (Note 3 to Category 5 Part 2 of Annex I) releases the item from 5A002 and 5D002; it is in no other entry of Category 5 Part 2.`,
        authorization: null,
        supporting: [{ kind: 'crypto-note' }],
      },
    ];
  }

  const enc = a['enc-paragraph'];
  const usAuthorization = enc === 'b1' ? 'ENC' : null;
  const encNote =
    enc === 'b1'
      ? 'It may be exported under License Exception ENC after self-classification under § 740.17(b)(1) (authorization type ENC, listed in the annual self-classification report).'
      : `Being described in § 740.17(${enc === 'b2' ? 'b)(2' : 'b)(3'}), it needs a classification request to BIS before License Exception ENC can be used (§ 740.17(d)).`;
  if (software) {
    const paragraph = a['software-role'] === 'supports' ? '5D002.a.1' : '5D002.c.1';
    const what = paragraph === '5D002.c.1' ? 'Software performing the functions of 5A002.a equipment' : 'Software specially designed or modified for the development, production or use of 5A002 equipment';
    return bothLists(paragraph.slice(0, 5), paragraph, `${what} (${paragraph}), not released by the Cryptography Note. ${encNote}`, `${what} (${paragraph}), not released by the Cryptography Note (Note 3).`, {
      usAuthorization,
    });
  }
  const sub = ({ infosec: 'a.1', comms: 'a.2', computing: 'a.3', other: 'a.4' } as const)[a.function as 'infosec' | 'comms' | 'computing' | 'other'];
  const why = {
    'a.1': 'Information security is a primary function',
    'a.2': 'A digital communication or networking item',
    'a.3': 'A computing, information storage or processing item',
    'a.4': 'The encryption supports a non-primary function and is performed by incorporated items that would themselves be controlled',
  }[sub];
  return bothLists(
    '5A002',
    `5A002.${sub}`,
    `${why}, using cryptography for data confidentiality with a described security algorithm (5A002.${sub}), not excluded by Note 2 and not released by the Cryptography Note. ${encNote}`,
    `${why}, using cryptography for data confidentiality with a described security algorithm (5A002.${sub}), not excluded by Note 2 and not released by the Cryptography Note.`,
    { usAuthorization },
  );
}
