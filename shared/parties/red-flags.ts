/**
 * The BIS "Know Your Customer" red flags, 15 CFR Part 732, Supplement No. 3, paragraph (b): the
 * published indicators that an export may be headed for an inappropriate end use, end user or
 * destination. Each becomes a yes / no / unknown question on a party's due-diligence checklist.
 *
 * Paragraph (a)(1) says the list is not all-inclusive, so a last question records any other abnormal
 * circumstance. The later numbered red flags on advanced computing and semiconductor manufacturing
 * items concern those items rather than the party, and belong with item and application checks.
 */
export interface RedFlag {
  /** Stable id stored with each answer; never rename one that has shipped. */
  id: string;
  /** The question, phrased so that "yes" means the red flag is present. */
  question: string;
  /** A short label for tables and audit entries. */
  label: string;
  citation: string;
}

export const RED_FLAGS_SOURCE = 'Supp. No. 3 to 15 CFR Part 732 ("Know Your Customer" Guidance and Red Flags)';

const cite = (n: number) => `Supp. No. 3 to Part 732, red flag ${n}`;

export const RED_FLAGS: readonly RedFlag[] = [
  {
    id: 'similar-to-listed-party',
    label: 'Name or address like a denied party',
    question: 'Is the customer, or its address, similar to a party on the BIS Denied Persons List?',
    citation: cite(1),
  },
  {
    id: 'reluctant-end-use',
    label: 'Reluctant to give end-use information',
    question: 'Is the customer or purchasing agent reluctant to give information about the end use of the item?',
    citation: cite(2),
  },
  {
    id: 'outside-line-of-business',
    label: "Does not fit the buyer's business",
    question: "Do the product's capabilities fail to fit the buyer's line of business (for example, sophisticated computers ordered by a small bakery)?",
    citation: cite(3),
  },
  {
    id: 'beyond-technical-level',
    label: "Beyond the destination's technical level",
    question:
      'Is the item incompatible with the technical level of the country it is shipped to (for example, semiconductor manufacturing equipment for a country with no electronics industry)?',
    citation: cite(4),
  },
  {
    id: 'cash-for-expensive-item',
    label: 'Cash for an expensive item',
    question: 'Is the customer willing to pay cash for a very expensive item when the terms of sale would normally call for financing?',
    citation: cite(5),
  },
  {
    id: 'little-business-background',
    label: 'Little or no business background',
    question: 'Does the customer have little or no business background?',
    citation: cite(6),
  },
  {
    id: 'unfamiliar-with-product',
    label: 'Unfamiliar with the product',
    question: "Is the customer unfamiliar with the product's performance characteristics but still wants the product?",
    citation: cite(7),
  },
  {
    id: 'declines-services',
    label: 'Declines installation, training or maintenance',
    question: 'Has the customer declined routine installation, training or maintenance services?',
    citation: cite(8),
  },
  {
    id: 'vague-delivery',
    label: 'Vague delivery dates or out-of-the-way destination',
    question: 'Are delivery dates vague, or are deliveries planned for out-of-the-way destinations?',
    citation: cite(9),
  },
  {
    id: 'forwarder-final-destination',
    label: 'Freight forwarder as final destination',
    question: "Is a freight forwarding firm listed as the product's final destination?",
    citation: cite(10),
  },
  {
    id: 'abnormal-route',
    label: 'Abnormal shipping route',
    question: 'Is the shipping route abnormal for the product and destination?',
    citation: cite(11),
  },
  {
    id: 'packaging-inconsistent',
    label: 'Packaging inconsistent with shipment',
    question: 'Is the packaging inconsistent with the stated method of shipment or destination?',
    citation: cite(12),
  },
  {
    id: 'evasive-about-destination',
    label: 'Evasive about domestic use, export or reexport',
    question: 'When questioned, is the buyer evasive, especially about whether the product is for domestic use, for export or for reexport?',
    citation: cite(13),
  },
  {
    id: 'other-abnormal-circumstance',
    label: 'Other abnormal circumstance',
    question:
      'Is there any other abnormal circumstance suggesting the export may be destined for an inappropriate end use, end user or destination?',
    citation: 'Supp. No. 3 to Part 732, paragraph (a)(1)',
  },
];

export const RED_FLAG_IDS = RED_FLAGS.map((f) => f.id) as [string, ...string[]];

export function redFlag(id: string): RedFlag | undefined {
  return RED_FLAGS.find((f) => f.id === id);
}
