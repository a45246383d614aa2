import { bothLists, entryCandidate, notControlled, notSubjectToEar } from './candidates';
import { YES_NO, isComplete, relevantAnswers, type Answers, type Candidate, type Questionnaire } from './questionnaire';

/**
 * Category 5 Part 2, "information security" (15 CFR 774 Supp. No. 1; Annex I to Regulation (EU)
 * 2021/821): published encryption source code (not subject to the EAR, §§ 734.3(b)(3), 734.7,
 * 742.15(b)), cryptanalytic and forensic items (5A004, after the 4A005 carve-out of 5A004.b), the
 * other 5A002 paragraphs (.b to .e), 5A003, 5B002, 5D002.a/.b/.c and 5E002, 'cryptography for data
 * confidentiality' with a 'described security algorithm' (5A002.a, Technical Notes 1 and 2), the
 * primary-function split of 5A002.a.1–a.4, the decontrols of Note 2 to 5A002.a, the Cryptography
 * Note (Note 3) releasing mass-market items (US 5A992.c / 5D992.c) and License Exception ENC
 * (§ 740.17(b)(1)–(b)(3), with its classification requests and reporting).
 */

const CAT5P2 = '15 CFR 774 Supp. No. 1, Cat. 5 Part 2';

const DECONTROL_OPTIONS = [
  { value: 'none', label: 'None of these', help: 'The item is none of the items Note 2 to 5A002.a lists.' },
  { value: 'a', label: 'a. Smart cards, electronically readable personal documents and their readers/writers, restricted as the note says' },
  { value: 'b', label: "b. Cryptographic equipment specially designed and limited for banking use or 'money transactions'" },
  {
    value: 'c',
    label:
      'c. Portable or mobile radiotelephones for civil use that can neither transmit encrypted data directly to another radiotelephone or equipment (other than radio access network (RAN) equipment) nor pass encrypted data through RAN equipment (e.g. an RNC or BSC)',
  },
  { value: 'd', label: 'd. Cordless telephones without end-to-end encryption and with an unboosted range under 400 m' },
  {
    value: 'e',
    label:
      'e. Portable or mobile radiotelephones and similar client wireless devices for civil use, implementing only published or commercial cryptographic standards (anti-piracy functions may be unpublished), that also meet paragraphs a.2 to a.4 of the Cryptography Note and are customised for a specific civil industry application with features that do not affect the cryptographic functionality of the original device',
  },
  { value: 'f', label: "f. Items whose information security is limited to wireless 'personal area network' functionality with only published or commercial cryptography" },
  {
    value: 'g',
    label:
      'g. Mobile telecommunications radio access network (RAN) equipment designed for civil use that also meets paragraphs a.2 to a.4 of the Cryptography Note, with an RF output power of 0.1 W (20 dBm) or less, supporting 16 or fewer concurrent users',
  },
  { value: 'h', label: 'h. Routers, switches, gateways or relays whose information security is limited to "OAM" with only published or commercial cryptography' },
  { value: 'i', label: 'i. General purpose computing equipment or servers whose cryptography is published or commercial and integral to a mass-market CPU, a non-5D002 operating system, or limited to OAM' },
  { value: 'j', label: "j. Items specially designed for a 'connected civil industry application' (e.g. smart meters, connected vehicles' non-arbitrary data), as the note limits them" },
] as const;

export const encryptionQuestionnaire: Questionnaire = {
  id: 'encryption',
  title: 'Information security (Category 5 Part 2)',
  summary:
    'Encryption in hardware, software and technology: published encryption source code, cryptanalytic and forensic items (5A004), the paragraphs of 5A002, 5A003, 5B002, 5D002 and 5E002, the decontrol notes, mass-market items released by the Cryptography Note (5A992.c / 5D992.c) and License Exception ENC, with the EU equivalents.',
  citation: `${CAT5P2}; Annex I to Regulation (EU) 2021/821, Cat. 5 Part 2; 15 CFR 740.17`,
  questions: [
    {
      id: 'form',
      text: 'Is the item a commodity (hardware, equipment, a component), software, or technology?',
      help: 'Technology is information for the development, production or use of an item: designs, source documentation, know-how.',
      citation: `${CAT5P2}, product groups A, B, D and E`,
      options: [
        { value: 'commodity', label: 'Commodity (hardware, equipment or a component)' },
        { value: 'software', label: 'Software' },
        { value: 'technology', label: 'Technology' },
      ],
    },
    {
      id: 'published',
      text: 'Is the software encryption source code that is published — publicly available without restriction on its further dissemination, e.g. on a public repository — or object code compiled from such published source code?',
      help: 'Published software is not subject to the EAR (§ 734.3(b)(3), § 734.7); for encryption source code and its object code this holds once § 742.15(b) is met. Code shared only with customers under a licence agreement is not published.',
      citation: '15 CFR 734.3(b)(3), 734.7 and 742.15(b); EU Annex I, General Software Note, entry b. ("in the public domain")',
      options: YES_NO,
      showIf: [{ question: 'form', in: ['software'] }],
    },
    {
      id: 'published-nonstandard',
      text: 'Does the published code implement "non-standard cryptography" — proprietary or unpublished cryptographic functionality, such as algorithms or protocols not adopted or approved by a recognised standards body (IEEE, IETF, ISO, ITU, ETSI, 3GPP, TIA, GSMA) and not otherwise published?',
      help: 'Only published encryption source code implementing non-standard cryptography has to be notified to BIS and the ENC Encryption Request Coordinator (the Internet address of the code) by the time it is made publicly available.',
      citation: '15 CFR 742.15(b); "non-standard cryptography", 15 CFR 772.1',
      options: YES_NO,
      showIf: [{ question: 'published', in: ['yes'] }],
    },
    {
      id: 'tech-subject',
      text: 'What is the technology for?',
      help: '5E002.a is technology for the development, production or use of 5A002, 5A003, 5A004 or 5B002 equipment or 5D002.a / .c software; it does not apply to technology for the forensic items of 5A004.b, 5D002.a.3.b or 5D002.c.3.b. 5E002.b is technology having the characteristics of a cryptographic activation token. Technology for the use of mass-market items is 5E992.b.',
      citation: 'ECCN 5E002.a and its Note, 5E002.b; ECCN 5E992.b',
      options: [
        { value: 'controlled', label: 'Developing, producing or using 5A002, 5A003, 5A004.a or 5B002 equipment, or 5D002.a / .c software (5E002.a)' },
        { value: 'forensic', label: 'Only forensic extraction items of 5A004.b, 5D002.a.3.b or 5D002.c.3.b' },
        { value: 'token', label: "It has the characteristics of a 'cryptographic activation token' (5E002.b)" },
        { value: 'mass-market', label: 'Using mass-market items of 5A992.c or 5D992.c (5E992.b)' },
        { value: 'other', label: 'None of these' },
      ],
      showIf: [{ question: 'form', in: ['technology'] }],
    },
    {
      id: 'cryptanalysis',
      text: 'Is it designed or modified to perform cryptanalytic functions — to defeat cryptographic mechanisms in order to derive keys, passwords, clear text or other confidential variables?',
      help: 'This includes doing so by reverse engineering. Password crackers and key-recovery tools are the usual examples.',
      citation: 'ECCN 5A004.a and its Technical Note; ECCN 5D002.c.3.a',
      options: YES_NO,
      showIf: [{ anyOf: [{ question: 'form', in: ['commodity'] }, { question: 'published', in: ['no'] }] }],
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
      id: 'intrusion-platform',
      text: 'Is the item specially designed or modified for the generation, command and control, or delivery of "intrusion software" (the items of 4A005)?',
      help: '5A004.b covers only items not specified by 4A005 or 5A004.a: a tool that implants or delivers "intrusion software" to extract data is judged under 4A005 first.',
      citation: 'ECCN 5A004.b ("Items, not specified by ECCNs 4A005 or 5A004.a"); ECCN 4A005',
      options: YES_NO,
      showIf: [{ question: 'form', in: ['commodity'] }, { question: 'extraction', in: ['yes'] }],
    },
    {
      id: 'intrusion-software',
      text: 'Is the software "intrusion software" itself, or specially designed or modified for the generation, command and control, or delivery of "intrusion software" (4D004)?',
      help: '5D002.c.3.b does not apply to "intrusion software"; software for generating, commanding or delivering it is 4D004.',
      citation: 'Note to ECCN 5D002.c.3.b; ECCN 4D004; "intrusion software", 15 CFR 772.1',
      options: [
        { value: 'no', label: 'Neither' },
        { value: 'intrusion', label: 'It is "intrusion software" itself (an exploit or implant run on the target)' },
        { value: '4d004', label: 'It generates, commands and controls, or delivers "intrusion software" (4D004)' },
      ],
      showIf: [{ question: 'form', in: ['software'] }, { question: 'extraction', in: ['yes'] }],
    },
    {
      id: 'other-commodity',
      text: 'Is the commodity any of these other Category 5 Part 2 items?',
      help: 'These paragraphs do not depend on cryptography for data confidentiality; answer "none" to go on to 5A002.a.',
      citation: 'ECCN 5A002.b to .e; ECCN 5A003.a and .b; ECCN 5B002.a and .b',
      options: [
        { value: 'none', label: 'None of these' },
        { value: '5A002.b', label: "A 'cryptographic activation token': converts by cryptographic activation an item into a 5A002.a / 5D002.c.1 item, or enables 5A002.a functionality (5A002.b)" },
        { value: '5A002.c', label: 'Designed or modified to use or perform "quantum cryptography" (quantum key distribution, QKD) (5A002.c)' },
        { value: '5A002.d', label: 'Uses cryptographic techniques to generate channelising, scrambling or network identification codes for ultra-wideband systems with a bandwidth over 500 MHz or a fractional bandwidth of 20% or more (5A002.d)' },
        { value: '5A002.e', label: 'Uses cryptographic techniques to generate the spreading code of a spread spectrum system, or the hopping code of a frequency hopping system (5A002.e)' },
        { value: '5A003.a', label: 'A communications cable system designed or modified to detect surreptitious intrusion, at the physical layer (5A003.a)' },
        { value: '5A003.b', label: 'Specially designed or modified to reduce compromising emanations beyond what health, safety or EMI standards require (5A003.b)' },
        { value: '5B002.a', label: 'Equipment specially designed for the development or production of 5A002, 5A003, 5A004 or 5B002.b equipment (5B002.a)' },
        { value: '5B002.b', label: 'Measuring equipment specially designed to evaluate and validate the information security functions of 5A002, 5A003 or 5A004 equipment or 5D002.a / .c software (5B002.b)' },
      ],
      showIf: [{ question: 'form', in: ['commodity'] }, { question: 'extraction', in: ['no'] }],
    },
    {
      id: 'other-software',
      text: 'Is the software any of these other 5D002 items?',
      help: 'Answer "none" to go on to the software that performs, or supports, 5A002.a encryption.',
      citation: 'ECCN 5D002.a.1 to a.3, 5D002.b, 5D002.c.1 (for 5A002.c to .e) and 5D002.c.2',
      options: [
        { value: 'none', label: 'None of these' },
        { value: '5D002.b', label: "Software with the characteristics of a 'cryptographic activation token' (5D002.b)" },
        { value: '5D002.c.1', label: 'Software performing or simulating the functions of 5A002.c (quantum cryptography), .d or .e equipment (5D002.c.1)' },
        { value: '5D002.c.2', label: 'Software performing or simulating the functions of 5A003 equipment (5D002.c.2)' },
        { value: '5D002.a.2', label: 'Software for the development, production or use of 5A003 equipment or 5D002.c.2 software (5D002.a.2)' },
        { value: '5D002.a.3.a', label: 'Software for the development, production or use of 5A004.a cryptanalytic equipment or 5D002.c.3.a software (5D002.a.3.a)' },
        { value: '5D002.a.3.b', label: 'Software for the development, production or use of 5A004.b forensic equipment or 5D002.c.3.b software (5D002.a.3.b)' },
      ],
      showIf: [{ question: 'form', in: ['software'] }, { question: 'extraction', in: ['no'] }],
    },
    {
      id: 'crypto',
      text: 'Does the item use or perform cryptography, itself or in a chip, library or component it incorporates?',
      help: '"Information security" items or functions are considered against Category 5 Part 2 even when they are components, software or functions of other items.',
      citation: `${CAT5P2}; EU Annex I, General "Information Security" Note`,
      options: YES_NO,
      showIf: [{ anyOf: [{ question: 'other-commodity', in: ['none'] }, { question: 'other-software', in: ['none'] }] }],
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
      id: 'mm-enc-paragraph',
      text: 'Is the mass-market item also described in § 740.17(b)(2) or (b)(3), or does it implement "non-standard cryptography"?',
      help: 'Only items described in neither paragraph may be self-classified as mass market under § 740.17(b)(1). (b)(3)(i) covers chips, chipsets, electronic assemblies, field programmable logic devices, cryptographic libraries, modules, development kits and toolkits; (b)(3)(ii) non-standard cryptography; (b)(3)(iii) advanced network vulnerability analysis and digital forensics items; (b)(3)(iv) cryptographic activation. (b)(2) covers network infrastructure, encryption source code that is not publicly available, items customised for government end users or whose cryptography the customer specified or the user can easily change, quantum cryptography, penetration capabilities, public safety radio and 5A002.d / .e items.',
      citation: '15 CFR 740.17(b)(1), (b)(2) and (b)(3); "non-standard cryptography", 15 CFR 772.1; Cat. 5 Part 2, N.B. to Note 3',
      options: [
        { value: 'b1', label: 'Neither: self-classification under § 740.17(b)(1)' },
        { value: 'b2', label: 'Described in § 740.17(b)(2)' },
        { value: 'b3', label: 'Described in § 740.17(b)(3)(i) or (iv): a chip, chipset, library, module, development kit, or cryptographic activation' },
        { value: 'nonstandard', label: 'It implements non-standard cryptography (§ 740.17(b)(3)(ii))' },
        { value: 'b3-iii', label: 'Advanced network vulnerability analysis or digital forensics item (§ 740.17(b)(3)(iii))' },
      ],
      showIf: [{ anyOf: [{ question: 'mass-market', in: ['yes'] }, { question: 'mass-market-component', in: ['yes'] }] }],
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
      showIf: [{ question: 'form', in: ['software'] }, { anyOf: [{ question: 'mass-market-component', in: ['no'] }, { question: 'mm-enc-paragraph', in: ['b3-iii'] }] }],
    },
    {
      id: 'enc-paragraph',
      text: 'Is the item described in § 740.17(b)(2) or (b)(3)?',
      help: '(b)(2) includes network infrastructure items, encryption source code that is not publicly available, items customised for government end users, cryptography the customer specified or the user can easily change, quantum cryptography, penetration tools, and public safety radio. (b)(3) includes chips, chipsets, electronic assemblies, cryptographic libraries, modules and development kits ((b)(3)(i)), non-standard cryptography ((b)(3)(ii)), advanced network vulnerability analysis and digital forensics items ((b)(3)(iii)) and cryptographic activation ((b)(3)(iv)). Neither: the item may be self-classified under (b)(1).',
      citation: '15 CFR 740.17(b)(1), (b)(2) and (b)(3)',
      options: [
        { value: 'b1', label: 'Neither: self-classification under § 740.17(b)(1)' },
        { value: 'b2', label: 'Described in § 740.17(b)(2)' },
        { value: 'b3', label: 'Described in § 740.17(b)(3)(i), (ii) or (iv)' },
        { value: 'b3-iii', label: 'Described in § 740.17(b)(3)(iii)' },
      ],
      showIf: [{ question: 'mass-market-component', in: ['no'] }],
    },
  ],
  evaluate: evaluateEncryption,
};

const OUTSIDE = (why: string) =>
  notControlled(
    `${why} The item is not controlled in Category 5 Part 2, so it is EAR99 (§ 734.3(c)) unless another ECCN describes it (for example 5A991, 5D991, 4A994 or 4D994 for telecommunications or computer items).`,
    `${why} The item is in no entry of Category 5 Part 2 of Annex I; check the other categories before concluding it is not listed.`,
  );

/** What § 740.17 asks of an item described in its paragraph (b)(1), (b)(2) or (b)(3) before License Exception ENC is used. */
const ENC_NOTE: Record<string, string> = {
  b1: 'It may be exported under License Exception ENC after self-classification under § 740.17(b)(1) (authorization type ENC, listed in the annual self-classification report, § 740.17(e)(3)).',
  b2: 'Being described in § 740.17(b)(2), it needs a classification request to BIS before License Exception ENC is used (§ 740.17(d)). Once the request is submitted, ENC authorizes exports to the countries of Supplement No. 3 to Part 740; elsewhere only after the 30-day wait, and § 740.17(b)(2) limits ENC for "government end users" outside those countries. Exports under (b)(2) are reported semi-annually (§ 740.17(e)(1)).',
  b3: 'Being described in § 740.17(b)(3)(i), (ii) or (iv), it needs a classification request to BIS before License Exception ENC is used (§ 740.17(d)); no semi-annual sales report is due for it.',
  'b3-iii': 'Being described in § 740.17(b)(3)(iii), it needs a classification request to BIS before License Exception ENC is used (§ 740.17(d)), and exports of it are reported semi-annually (§ 740.17(e)(1)).',
};

/** 5A002.b to .e, 5A003 and 5B002: the paragraphs that do not turn on cryptography for data confidentiality. */
const OTHER_COMMODITY: Record<string, { what: string; us: string }> = {
  '5A002.b': { what: "A 'cryptographic activation token' (5A002.b)", us: "Cryptographic activation is described in § 740.17(b)(3)(iv): a classification request to BIS is needed before License Exception ENC is used (§ 740.17(d))." },
  '5A002.c': { what: 'Designed or modified to use or perform "quantum cryptography", i.e. quantum key distribution (5A002.c)', us: ENC_NOTE.b2! },
  '5A002.d': { what: 'Using cryptographic techniques to generate channelising, scrambling or network identification codes for ultra-wideband systems (5A002.d)', us: ENC_NOTE.b2! },
  '5A002.e': { what: 'Using cryptographic techniques to generate the spreading or hopping code of a spread spectrum system (5A002.e)', us: ENC_NOTE.b2! },
  '5A003.a': { what: 'A communications cable system designed or modified to detect surreptitious intrusion at the physical layer (5A003.a, non-cryptographic information security)', us: '5A003 is controlled for NS and AT; its License Exceptions section names LVS ($500 for components) and no ENC.' },
  '5A003.b': { what: 'Specially designed or modified to reduce compromising emanations of information-bearing signals (5A003.b, non-cryptographic information security)', us: '5A003 is controlled for NS and AT; its License Exceptions section names LVS ($500 for components) and no ENC.' },
  '5B002.a': { what: 'Equipment specially designed for the development or production of 5A002, 5A003, 5A004 or 5B002.b equipment (5B002.a)', us: 'License Exception ENC is available for certain EI-controlled 5B002 equipment: check § 740.17(b) for the paragraph the item falls in.' },
  '5B002.b': { what: 'Measuring equipment specially designed to evaluate and validate information security functions (5B002.b)', us: 'License Exception ENC is available for certain EI-controlled 5B002 equipment: check § 740.17(b) for the paragraph the item falls in.' },
};

const OTHER_SOFTWARE: Record<string, { what: string; us: string }> = {
  '5D002.b': { what: "Software having the characteristics of a 'cryptographic activation token' (5D002.b)", us: OTHER_COMMODITY['5A002.b']!.us },
  '5D002.c.1': { what: 'Software performing or simulating the functions of 5A002.c, .d or .e equipment (5D002.c.1)', us: ENC_NOTE.b2! },
  '5D002.c.2': { what: 'Software performing or simulating the functions of 5A003 equipment (5D002.c.2)', us: 'Check § 740.17 for whether License Exception ENC covers it.' },
  '5D002.a.2': { what: 'Software specially designed or modified for the development, production or use of 5A003 equipment or 5D002.c.2 software (5D002.a.2)', us: 'Check § 740.17 for whether License Exception ENC covers it.' },
  '5D002.a.3.a': { what: 'Software specially designed or modified for the development, production or use of 5A004.a cryptanalytic equipment or 5D002.c.3.a software (5D002.a.3.a)', us: 'Cryptanalytic items are described in § 740.17(b)(2): a classification request is needed before License Exception ENC is used (§ 740.17(d)).' },
  '5D002.a.3.b': { what: 'Software specially designed or modified for the development, production or use of 5A004.b forensic equipment or 5D002.c.3.b software (5D002.a.3.b)', us: 'Check § 740.17 for whether License Exception ENC covers it.' },
};

const CRYPTANALYTIC_ENC =
  'Cryptanalytic items are described in § 740.17(b)(2): License Exception ENC only after a classification request (§ 740.17(d)), and once it is submitted only to non-"government end users" in the countries of Supplement No. 3 to Part 740 until the 30-day wait ends.';

function evaluateEncryption(raw: Answers): Candidate[] {
  const q = encryptionQuestionnaire;
  if (!isComplete(q, raw)) return [];
  const a = relevantAnswers(q, raw);
  const software = a.form === 'software';

  if (a.form === 'technology') return evaluateTechnology(a['tech-subject']!);

  if (a.published === 'yes') {
    const notify =
      a['published-nonstandard'] === 'yes'
        ? 'Because it implements "non-standard cryptography", it leaves the EAR only once BIS and the ENC Encryption Request Coordinator have been notified of the Internet address of the code (§ 742.15(b)); notify again if the address changes.'
        : 'As it implements no "non-standard cryptography", no notification to BIS is due (§ 742.15(b)).';
    return notSubjectToEar(
      `Published encryption source code, and the object code compiled from it, is not subject to the EAR (§ 734.3(b)(3), § 734.7, § 742.15(b)). ${notify}`,
      'Software "in the public domain" is released by entry b. of the General Software Note of Annex I, including Category 5 Part 2 software.',
    );
  }

  if (a.cryptanalysis === 'yes') {
    return software
      ? bothLists('5D002', '5D002.c.3.a', `Software performing or simulating the cryptanalytic functions of 5A004.a equipment (5D002.c.3.a). ${CRYPTANALYTIC_ENC}`, 'Software performing or simulating the functions of equipment specified in 5A004.a (5D002.c.3.a).')
      : bothLists('5A004', '5A004.a', `Designed or modified to perform 'cryptanalytic functions' (5A004.a). ${CRYPTANALYTIC_ENC}`, "Designed or modified to perform 'cryptanalytic functions' (5A004.a).");
  }
  if (a['intrusion-platform'] === 'yes' || a['intrusion-software'] === '4d004') {
    const entry = software ? '4D004' : '4A005';
    return bothLists(
      entry,
      null,
      `5A004.b and 5D002.c.3.b do not cover items for "intrusion software": the item is ${entry} (specially designed or modified for the generation, command and control, or delivery of "intrusion software"). Confirm it with the intrusion software questionnaire, which checks the definition of "intrusion software" (§ 772.1) and License Exception ACE (§ 740.22).`,
      `5A004.b covers only items not specified in 4A005, and 5D002.c.3.b does not apply to "intrusion software": the item is ${entry}. Confirm it with the intrusion software questionnaire.`,
    );
  }
  if (a['intrusion-software'] === 'intrusion') {
    return notControlled(
      '5D002.c.3.b does not apply to "intrusion software", and "intrusion software" itself is not 4D004 (4D004 is software for its generation, command and control, or delivery). It is EAR99 unless another ECCN describes it, e.g. 5D002 for its own encryption.',
      '5D002.c.3.b does not apply to "intrusion software", and "intrusion software" itself is not 4D004. Check the other entries, e.g. 5D002 for its own encryption, before concluding it is not listed.',
    );
  }
  if (a.extraction === 'yes') {
    return software
      ? bothLists('5D002', '5D002.c.3.b', "Software performing the functions of 5A004.b equipment: raw data extraction circumventing the device's authentication (5D002.c.3.b).", 'Software performing the functions of equipment specified in 5A004.b (5D002.c.3.b).')
      : bothLists('5A004', '5A004.b', "Not specified by 4A005 or 5A004.a, and designed to extract raw data from a computing or communications device while circumventing its authentication or authorisation controls (5A004.b.1 and b.2).", 'Not specified in 4A005 or 5A004.a, and designed to extract raw data while circumventing authentication or authorisation controls (5A004.b).');
  }
  const other = a['other-commodity'] !== undefined && a['other-commodity'] !== 'none' ? OTHER_COMMODITY[a['other-commodity']] : a['other-software'] !== undefined && a['other-software'] !== 'none' ? OTHER_SOFTWARE[a['other-software']] : undefined;
  if (other) {
    const paragraph = (a['other-commodity'] ?? a['other-software'])!;
    return bothLists(paragraph.slice(0, 5), paragraph, `${other.what}. ${other.us}`, `${other.what}.`);
  }
  if (a.crypto === 'no') return OUTSIDE('The item uses no cryptography and is none of the other Category 5 Part 2 items asked about.');
  if (a.confidentiality === 'no') return OUTSIDE("Its cryptography is not 'cryptography for data confidentiality' (5A002.a, Technical Note 1): it is limited to authentication, signatures, integrity or the other listed functions.");
  if (a.algorithm === 'no') return OUTSIDE("Its cryptography for data confidentiality does not use a 'described security algorithm' (5A002.a, Technical Note 2).");
  if (a.activation === 'no') return OUTSIDE("Its cryptographic capability is neither usable nor activatable other than by secure 'cryptographic activation' (5A002.a); the activation token itself would be 5A002.b / 5D002.b.");
  if (a.incorporated === 'no') return OUTSIDE("The encryption supports a non-primary function and is not performed by incorporated equipment or software that would itself be specified by 5A002, 5A003, 5A004, 5B002 or 5D002 (5A002.a.4).");
  if (a.decontrol && a.decontrol !== 'none') {
    return OUTSIDE(`Note 2 to 5A002.a, paragraph ${a.decontrol}., excludes the item from 5A002.a.`);
  }
  if (a['software-decontrol'] === 'oam') return OUTSIDE('The software is limited to OAM with only published or commercial cryptographic standards (Note to 5D002.c.1).');
  if (a['software-decontrol'] === 'note2') return OUTSIDE('The software only provides the functions of equipment that Note 2 to 5A002.a excludes.');

  const mm = a['mm-enc-paragraph'];
  if (mm !== undefined && mm !== 'b3-iii') return massMarket(a['mass-market'] === 'yes' ? 'a.' : 'b.', software, mm);

  // (b)(3)(iii) items are not eligible for mass-market treatment: they stay in 5A002 / 5D002.
  const enc = mm === 'b3-iii' ? 'b3-iii' : a['enc-paragraph']!;
  const usAuthorization = enc === 'b1' ? 'ENC' : null;
  const encNote = `${mm === 'b3-iii' ? 'Items described in § 740.17(b)(3)(iii) are not eligible for mass-market treatment, so the Cryptography Note does not release it. ' : ''}${ENC_NOTE[enc]}`;
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

/** Released by the Cryptography Note: 5A992.c / 5D992.c, self-classified (MMKT) only when § 740.17(b)(2) and (b)(3) describe none of it. */
function massMarket(paragraph: 'a.' | 'b.', software: boolean, mm: string): Candidate[] {
  const usCode = software ? '5D992' : '5A992';
  const released = `Paragraph ${paragraph} of the Cryptography Note (Note 3 to Category 5 Part 2) releases the item from 5A002 / 5D002`;
  const us =
    mm === 'b1'
      ? `${released}; after self-classification under § 740.17(b)(1) it is a mass-market encryption ${software ? 'software' : 'commodity'} in ${usCode}.c (authorization type MMKT). Check § 740.17(b)(1) and (e)(3) for whether it belongs in the annual self-classification report.`
      : `${released}, but being ${
          mm === 'nonstandard' ? 'an item implementing "non-standard cryptography" (§ 740.17(b)(3)(ii))' : mm === 'b2' ? 'described in § 740.17(b)(2)' : 'described in § 740.17(b)(3)(i) or (iv)'
        } it cannot take the mass-market route by self-classification: it is ${usCode}.c only once a classification request to BIS (§ 740.17(d)) confirms it; until then treat it as 5A002 / 5D002. No MMKT self-classification is recorded.`;
  return [
    entryCandidate('us-ear', usCode, `${usCode}.c`, us, { authorization: mm === 'b1' ? 'MMKT' : null, supporting: [{ kind: 'crypto-note' }] }),
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

function evaluateTechnology(subject: string): Candidate[] {
  switch (subject) {
    case 'controlled':
      return bothLists(
        '5E002',
        '5E002.a',
        `"Technology" according to the General Technology Note for the development, production or use of 5A002, 5A003, 5A004 or 5B002 equipment or 5D002.a / .c software (5E002.a); § 740.17(b)(2) lists 5E002 technology. ${ENC_NOTE.b2}`,
        '"Technology" according to the General Technology Note for the development, production or use of equipment specified in 5A002, 5A003, 5A004 or 5B002 or software specified in 5D002.a or .c (5E002.a).',
      );
    case 'token':
      return bothLists('5E002', '5E002.b', "\"Technology\" having the characteristics of a 'cryptographic activation token' (5E002.b).", "\"Technology\" having the characteristics of a 'cryptographic activation token' specified in 5A002.b (5E002.b).");
    case 'mass-market':
      return [
        entryCandidate('us-ear', '5E992', '5E992.b', '"Technology", n.e.s., for the use of mass-market commodities of 5A992 or software of 5D992 (5E992.b).'),
        { jurisdiction: 'eu', kind: 'not-listed', entryCode: null, paragraphCode: null, reason: 'Technology for the use of items released by the Cryptography Note is in no entry of Category 5 Part 2 of Annex I (5E002 covers technology for 5A002, 5A003, 5A004, 5B002 and 5D002 items).', authorization: null, supporting: [] },
      ];
    case 'forensic':
      return notControlled(
        'The Note to 5E002.a: 5E002.a does not apply to technology for items of 5A004.b, 5D002.a.3.b or 5D002.c.3.b. The technology is EAR99 unless another ECCN describes it.',
        'The Note to 5E002.a: it does not control technology for items specified in 5A004.b, 5D002.a.3.b or 5D002.c.3.b. Check the other entries before concluding it is not listed.',
      );
    default:
      return OUTSIDE('The technology is not for Category 5 Part 2 items, nor for the use of mass-market items.');
  }
}
