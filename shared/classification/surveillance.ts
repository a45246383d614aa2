import { bothLists, notControlled } from './candidates';
import { YES_NO, isComplete, relevantAnswers, type Answers, type Candidate, type Questionnaire } from './questionnaire';

/**
 * IP network communications surveillance: 5A001.j (equipment), the software providing its
 * functions (5D001.c) and the technology for it (5E001.a), with the note excluding items specially
 * designed for marketing, network QoS or QoE. For the EU, Article 5 of Regulation (EU) 2021/821
 * can still require an authorisation for cyber-surveillance items that are not listed.
 */

const J_NOTE = { kind: 'note', entryCode: '5A001', contains: ['5A001.j does not', '5A001.j. does not'] } as const;
const ARTICLE_5 =
  'Article 5 of Regulation (EU) 2021/821 can still require an authorisation for a cyber-surveillance item that is not listed, when the exporter is informed, or aware, that it is or may be intended for use in connection with internal repression or serious violations of human rights.';

export const surveillanceQuestionnaire: Questionnaire = {
  id: 'surveillance',
  title: 'IP network communications surveillance (5A001.j)',
  summary: 'Carrier-class IP network surveillance systems that analyse, extract and index traffic and search it by "hard selectors", and the exclusions for marketing, QoS and QoE.',
  citation: '15 CFR 774 Supp. No. 1, ECCN 5A001.j, 5D001.c, 5E001.a; Annex I to Regulation (EU) 2021/821; Article 5 of that Regulation',
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
      id: 'carrier',
      text: 'Does it perform, on a carrier class IP network (for example a national grade IP backbone), all of: analysis at the application layer (OSI layer 7); extraction of selected metadata and application content (voice, video, messages, attachments); and indexing of the extracted data?',
      help: 'An enterprise network monitor that works inside one organisation is not on a carrier class network.',
      citation: 'ECCN 5A001.j.1.a to j.1.c',
      options: YES_NO,
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
  if (a.form === 'software') {
    return bothLists('5D001', '5D001.c', 'Specific software specially designed or modified to provide the functions of 5A001.j equipment (5D001.c), not excluded by the note to 5A001.j.', 'Software specially designed or modified to provide the functions of equipment specified in 5A001.j (5D001.c).', opts);
  }
  if (a.form === 'technology') {
    return bothLists('5E001', '5E001.a', 'Technology according to the General Technology Note for the development, production or use of 5A001.j equipment or its 5D001 software (5E001.a).', 'Technology for the development, production or use of equipment specified in 5A001.j or its software (5E001.a).', opts);
  }
  return bothLists(
    '5A001',
    '5A001.j',
    'An IP network communications surveillance system performing 5A001.j.1 on a carrier class IP network and specially designed for 5A001.j.2, not excluded by the note to 5A001.j.',
    'An Internet Protocol network communications surveillance system with the characteristics of 5A001.j.1 and j.2, not excluded by the note to 5A001.j.',
    opts,
  );
}
