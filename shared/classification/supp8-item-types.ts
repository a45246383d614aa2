/**
 * The item type descriptors of the encryption self-classification report, Supplement No. 8 to
 * Part 742, paragraph (a)(6), as the regulation prints them (lower case). The report's ITEM TYPE
 * column takes exactly one of these. Confirm against the current eCFR text when BIS amends the
 * supplement.
 */
export const SUPP8_ITEM_TYPES = [
  'access point',
  'cellular',
  'computer',
  'computer forensics',
  'cryptographic accelerator',
  'data backup and recovery',
  'database',
  'disk/drive encryption',
  'distributed computing',
  'e-mail communications',
  'fax communications',
  'file encryption',
  'firewall',
  'gateway',
  'intrusion detection',
  'key exchange',
  'key management',
  'key storage',
  'link encryption',
  'local area networking (LAN)',
  'metropolitan area networking (MAN)',
  'mobility and mobile applications n.e.s.',
  'modem',
  'multimedia n.e.s.',
  'network convergence or infrastructure n.e.s.',
  'network forensics',
  'network intelligence',
  'network or systems management (OAM/OAM&P)',
  'network security monitoring',
  'network vulnerability and penetration testing',
  'operating system',
  'optical networking',
  'radio communications',
  'router',
  'satellite communications',
  'short-range wireless n.e.s.',
  'storage area networking (SAN)',
  '3G/4G/LTE/WiMAX',
  'trusted computing',
  'videoconferencing',
  'virtual private networking (VPN)',
  'voice communications n.e.s.',
  'voice over Internet protocol (VoIP)',
  'wide area networking (WAN)',
  'wireless local area networking (WLAN)',
  'wireless personal area networking (WPAN)',
  'commodities n.e.s.',
  'components n.e.s.',
  'software n.e.s.',
  'test equipment n.e.s.',
  'technology n.e.s.',
] as const;
export type Supp8ItemType = (typeof SUPP8_ITEM_TYPES)[number];

export function isSupp8ItemType(v: string): v is Supp8ItemType {
  return (SUPP8_ITEM_TYPES as readonly string[]).includes(v);
}
