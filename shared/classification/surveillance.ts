import { bothLists, entryCandidate, notControlled } from './candidates';
import { ACE } from './intrusion-software';
import { YES_NO, isComplete, relevantAnswers, type Answers, type Candidate, type Questionnaire } from './questionnaire';

/**
 * IP network communications surveillance: 5A001.j (equipment), the equipment for developing or
 * producing it (5B001.a), the software for it (5D001.a) or providing its functions (5D001.c) and the
 * technology for it (5E001.a), with the note excluding items specially designed for marketing,
 * network QoS or QoE and License Exception ACE (§ 740.22). Interception products are pointed to
 * 5A001.f.1 and to 5A980 / 5D980 / 5E980 (SL, a license to all destinations, § 742.13). For the EU, Article 5 of Regulation (EU) 2021/821
 * can still require an authorisation for cyber-surveillance items that are not listed.
 */

const J_NOTE = { kind: 'note', entryCode: '5A001', contains: ['5A001.j does not', '5A001.j. does not'] } as const;
const ARTICLE_5 =
  'Article 5 of Regulation (EU) 2021/821 can still require an authorisation for a cyber-surveillance item that is not listed, when the exporter is informed, or aware, that it is or may be intended for use in connection with internal repression or serious violations of human rights.';

export const surveillanceQuestionnaire: Questionnaire = {
  id: 'surveillance',
  title: 'IP network communications surveillance (5A001.j) and interception',
  summary:
    'Carrier-class IP network surveillance systems that analyse, extract and index traffic and search it by "hard selectors", their production equipment, software and technology, the exclusions for marketing, QoS and QoE, and interception equipment (5A001.f.1, 5A980).',
  citation: '15 CFR 774 Supp. No. 1, ECCNs 5A001.f.1 and .j, 5B001.a, 5D001.a and .c, 5E001.a, 5A980, 5D980, 5E980; 15 CFR 740.22 and 742.13; Annex I to Regulation (EU) 2021/821; Article 5 of that Regulation',
  questions: [
    {
      id: 'form',
      text: 'Is the item a system or equipment (or a component of one), software, or technology?',
      help: 'Software that provides the functions of 5A001.j equipment is 5D001.c; technology for developing, producing or using it is 5E001.a.',
      citation: '15 CFR 774 Supp. No. 1, Cat. 5 Part 1, product groups A, D and E',
      options: [
        { value: 'commodity', label: 'A system, equipment or a specially designed component' },
        { value: 'software', label: 'Software' },
        { value: 'technology', label: 'Technology' },
      ],
    },
    {
      id: 'interception',
      text: 'Is the item (or the equipment the software or technology is for) interception equipment?',
      help: '5A001.f.1 is mobile telecommunications interception equipment designed for the extraction of voice or data transmitted over the air interface. 5A980 is any other device primarily useful for the surreptitious interception of wire, oral or electronic communications. Both are controlled for SL: a license is required for all destinations (§ 742.13).',
      citation: 'ECCN 5A001.f.1 and its note; ECCNs 5A980, 5D980 and 5E980; 15 CFR 742.13',
      options: [
        { value: 'none', label: 'Neither' },
        { value: 'f1', label: 'Mobile telecommunications interception of voice or data over the air interface (5A001.f.1)' },
        { value: '5a980', label: 'Another device primarily useful for the surreptitious interception of wire, oral or electronic communications (5A980)' },
      ],
    },
    {
      id: 'equipment-role',
      text: 'Is it the surveillance system (or a component of it), or equipment specially designed for developing or producing such systems?',
      help: '5B001.a covers equipment, and its specially designed components and accessories, specially designed for the development or production of equipment, functions or features of 5A001.',
      citation: 'ECCN 5A001.j; ECCN 5B001.a',
      options: [
        { value: 'system', label: 'The surveillance system, equipment or a specially designed component (5A001.j)' },
        { value: 'production', label: 'Equipment for developing or producing it (5B001.a)' },
      ],
      showIf: [{ question: 'form', in: ['commodity'] }, { question: 'interception', in: ['none'] }],
    },
    {
      id: 'software-role',
      text: 'Does the software provide the functions of the surveillance system, or is it for the development, production or use of such systems?',
      help: '5D001.c is specific software specially designed or modified to provide characteristics, functions or features of 5A001 equipment; 5D001.a is software specially designed or modified for its development, production or use.',
      citation: 'ECCN 5D001.a and 5D001.c',
      options: [
        { value: 'functions', label: 'It provides the functions (5D001.c)' },
        { value: 'development', label: 'It is for developing, producing or using the system (5D001.a)' },
      ],
      showIf: [{ question: 'form', in: ['software'] }],
    },
    {
      id: 'carrier',
      text: 'Does it perform, on a carrier class IP network (for example a national grade IP backbone), all of: analysis at the application layer (OSI layer 7); extraction of selected metadata and application content (voice, video, messages, attachments); and indexing of the extracted data?',
      help: 'An enterprise network monitor that works inside one organisation is not on a carrier class network.',
      citation: 'ECCN 5A001.j.1.a to j.1.c',
      options: YES_NO,
      showIf: [{ question: 'interception', in: ['none'] }],
    },
    {
      id: 'selectors',
      text: 'Is it specially designed to carry out both: searches on the basis of "hard selectors" and mapping of the relational network of an individual or of a group of people?',
      help: '"Hard selectors" are data or sets of data related to an individual, e.g. surname, given name, e-mail, street address, phone number or group affiliations (15 CFR 772.1).',
      citation: 'ECCN 5A001.j.2.a and j.2.b; "hard selectors", 15 CFR 772.1',
      options: YES_NO,
      showIf: [{ question: 'carrier', in: ['yes'] }],
    },
    {
      id: 'excluded',
      text: 'Is it specially designed for marketing purposes, network Quality of Service (QoS) or Quality of Experience (QoE)?',
      help: 'The note to 5A001.j excludes items specially designed for these purposes; being usable for them is not enough.',
      citation: 'Note to ECCN 5A001.j',
      options: YES_NO,
      showIf: [{ question: 'selectors', in: ['yes'] }],
    },
  ],
  evaluate: evaluateSurveillance,
};

function evaluateSurveillance(raw: Answers): Candidate[] {
  const q = surveillanceQuestionnaire;
  if (!isComplete(q, raw)) return [];
  const a = relevantAnswers(q, raw);
  if (a.interception !== 'none') return evaluateInterception(a.form!, a['software-role'], a.interception!);

  const outside = (why: string, supporting = false) =>
    notControlled(
      `${why} so 5A001.j does not describe it. It is EAR99 unless another ECCN applies (for example 5D001.e, software for law-enforcement monitoring through a handover interface, or another paragraph of 5A001).`,
      `${why} so 5A001.j does not describe it; check the other entries (e.g. 5D001.e) before concluding it is not listed. ${ARTICLE_5}`,
      supporting ? [J_NOTE] : [],
    );
  if (a.carrier === 'no') return outside('It does not analyse, extract and index traffic on a carrier class IP network (5A001.j.1),');
  if (a.selectors === 'no') return outside('It is not specially designed to search by "hard selectors" and map relational networks (5A001.j.2),');
  if (a.excluded === 'yes') return outside('The note to 5A001.j excludes items specially designed for marketing, QoS or QoE,', true);

  const opts = { supporting: [J_NOTE] };
  const ace = `${ACE} § 740.22 covers 5A001.j, 5B001.a, 5D001.a, 5D001.c and 5E001.a only as far as they are for 5A001.j.`;
  if (a.form === 'software') {
    return a['software-role'] === 'development'
      ? bothLists('5D001', '5D001.a', `"Software" specially designed or modified for the development, production or use of 5A001.j equipment (5D001.a), not excluded by the note to 5A001.j. ${ace}`, '"Software" specially designed or modified for the development, production or use of equipment specified in 5A001.j (5D001.a).', opts)
      : bothLists('5D001', '5D001.c', `Specific software specially designed or modified to provide the functions of 5A001.j equipment (5D001.c), not excluded by the note to 5A001.j. ${ace}`, 'Software specially designed or modified to provide the functions of equipment specified in 5A001.j (5D001.c).', opts);
  }
  if (a.form === 'technology') {
    return bothLists('5E001', '5E001.a', `Technology according to the General Technology Note for the development, production or use of 5A001.j equipment or its 5D001 software (5E001.a). ${ace}`, 'Technology for the development, production or use of equipment specified in 5A001.j or its software (5E001.a).', opts);
  }
  if (a['equipment-role'] === 'production') {
    return bothLists('5B001', '5B001.a', `Equipment specially designed for the development or production of 5A001.j equipment, functions or features (5B001.a); LVS and GBS are not available for 5B001.a for 5A001.j. ${ace}`, 'Equipment specially designed for the development or production of equipment, functions or features specified in 5A001.j (5B001.a).', opts);
  }
  return bothLists(
    '5A001',
    '5A001.j',
    `An IP network communications surveillance system performing 5A001.j.1 on a carrier class IP network and specially designed for 5A001.j.2, not excluded by the note to 5A001.j. ${ace}`,
    'An Internet Protocol network communications surveillance system with the characteristics of 5A001.j.1 and j.2, not excluded by the note to 5A001.j.',
    opts,
  );
}

const F_NOTE = { kind: 'note', entryCode: '5A001', contains: ['5A001.f.1 and 5A001.f.2 do not', '5A001.f.1. and 5A001.f.2. do not'] } as const;
const SL = 'Controlled for SL (surreptitious listening): a license is required for all destinations (§ 742.13), and License Exception ACE does not cover it.';

/** Interception products: 5A001.f.1 (mobile air interface) and, for other surreptitious interception devices, the US-only 5A980 family. */
function evaluateInterception(form: string, software: string | undefined, kind: string): Candidate[] {
  if (kind === 'f1') {
    if (form === 'software') {
      return software === 'development'
        ? bothLists('5D001', '5D001.a', `"Software" for the development, production or use of 5A001.f.1 interception equipment (5D001.a). ${SL}`, '"Software" for the development, production or use of equipment specified in 5A001.f.1 (5D001.a).', { supporting: [F_NOTE] })
        : bothLists('5D001', '5D001.c', `Specific software providing the functions of 5A001.f.1 interception equipment (5D001.c). ${SL}`, 'Software providing the functions of equipment specified in 5A001.f.1 (5D001.c).', { supporting: [F_NOTE] });
    }
    if (form === 'technology') {
      return bothLists('5E001', '5E001.a', `Technology for the development, production or use of 5A001.f.1 interception equipment (5E001.a). ${SL}`, 'Technology for the development, production or use of equipment specified in 5A001.f.1 (5E001.a).', { supporting: [F_NOTE] });
    }
    return bothLists('5A001', '5A001.f.1', `Mobile telecommunications interception equipment designed for the extraction of voice or data transmitted over the air interface (5A001.f.1); check the note to 5A001.f.1 and f.2 for the items it leaves out. ${SL}`, 'Interception equipment designed for the extraction of voice or data transmitted over the air interface (5A001.f.1).', {
      supporting: [F_NOTE],
    });
  }
  const us =
    form === 'software'
      ? entryCandidate('us-ear', '5D980', '5D980.b', `"Software" primarily useful for the development, production or use of 5A980 equipment (5D980.b). ${SL}`)
      : form === 'technology'
        ? entryCandidate('us-ear', '5E980', null, `"Technology" primarily useful for the development, production or use of 5A980 equipment or 5D980 software (5E980). ${SL}`)
        : entryCandidate('us-ear', '5A980', null, `A device primarily useful for the surreptitious interception of wire, oral or electronic communications, other than 5A001.f.1 (5A980). ${SL}`);
  return [
    us,
    {
      jurisdiction: 'eu',
      kind: 'not-listed',
      entryCode: null,
      paragraphCode: null,
      reason: `5A980, 5D980 and 5E980 are US-only entries with no Annex I equivalent; check 5A001.f and the other entries before concluding it is not listed. ${ARTICLE_5}`,
      authorization: null,
      supporting: [],
    },
  ];
}
