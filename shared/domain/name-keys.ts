// Name matching an adviser can trust with a caller on the line: a phonetic key per name
// (double metaphone forgives Smyth/Smith, Kowalsky/Kowalski) and the formal names behind
// common British nicknames (Bob -> Robert), so either spelling finds the record.
import { doubleMetaphone } from 'double-metaphone';

/** Nickname -> formal names. Both directions are indexed, so the list need not be complete to help. */
export const NICKNAMES: Record<string, string[]> = {
  bob: ['robert'],
  bobby: ['robert'],
  rob: ['robert'],
  robbie: ['robert'],
  bert: ['robert', 'albert', 'herbert'],
  bill: ['william'],
  billy: ['william'],
  will: ['william'],
  willie: ['william'],
  liam: ['william'],
  jim: ['james'],
  jimmy: ['james'],
  jamie: ['james'],
  jack: ['john'],
  johnny: ['john'],
  jon: ['jonathan', 'john'],
  kate: ['katherine', 'catherine', 'kathleen'],
  katie: ['katherine', 'catherine'],
  kath: ['katherine', 'kathleen'],
  cathy: ['catherine'],
  liz: ['elizabeth'],
  lizzie: ['elizabeth'],
  beth: ['elizabeth', 'bethany'],
  betty: ['elizabeth'],
  bess: ['elizabeth'],
  maggie: ['margaret'],
  meg: ['margaret'],
  peggy: ['margaret'],
  madge: ['margaret'],
  mike: ['michael'],
  mick: ['michael'],
  mickey: ['michael'],
  dave: ['david'],
  davy: ['david'],
  tony: ['anthony'],
  sue: ['susan', 'suzanne'],
  susie: ['susan'],
  chris: ['christopher', 'christine', 'christina'],
  alex: ['alexander', 'alexandra'],
  sandy: ['alexander', 'alexandra', 'sandra'],
  sam: ['samuel', 'samantha'],
  dan: ['daniel'],
  danny: ['daniel'],
  tom: ['thomas'],
  tommy: ['thomas'],
  steve: ['stephen', 'steven'],
  nick: ['nicholas'],
  ben: ['benjamin'],
  jenny: ['jennifer'],
  jen: ['jennifer'],
  pat: ['patrick', 'patricia'],
  dick: ['richard'],
  rick: ['richard'],
  ricky: ['richard'],
  ted: ['edward'],
  ed: ['edward', 'edmund'],
  eddie: ['edward'],
  harry: ['henry', 'harold'],
  hal: ['henry', 'harold'],
  fred: ['frederick'],
  freddie: ['frederick'],
  andy: ['andrew'],
  drew: ['andrew'],
  pete: ['peter'],
  tim: ['timothy'],
  matt: ['matthew'],
  joe: ['joseph'],
  jo: ['joanne', 'josephine', 'joanna'],
  debbie: ['deborah'],
  mandy: ['amanda'],
  becky: ['rebecca'],
  vicky: ['victoria'],
  nicky: ['nicola', 'nicholas'],
  gerry: ['gerald', 'geraldine'],
  ron: ['ronald'],
  ken: ['kenneth'],
  len: ['leonard'],
  les: ['leslie', 'lesley'],
  reg: ['reginald'],
  stan: ['stanley'],
  mo: ['mohammed', 'maureen'],
  mohammad: ['mohammed'],
  muhammad: ['mohammed'],
};

function words(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z]+/)
    .filter((w) => w.length > 0);
}

/** The formal names a word may stand for, and the word itself. */
export function nameVariants(word: string): string[] {
  return [word, ...(NICKNAMES[word] ?? [])];
}

/** Phonetic keys of a word, wrapped as `_KEY_` so each is an exact, trigram-searchable token. */
export function phoneticKeys(word: string): string[] {
  const keys = new Set<string>();
  for (const variant of nameVariants(word)) {
    for (const key of doubleMetaphone(variant)) if (key) keys.add(`_${key}_`);
  }
  return [...keys];
}

/** The keys stored with a customer's names for the search index. */
export function nameKeysOf(...names: (string | null | undefined)[]): string {
  return [...new Set(names.flatMap((n) => words(n ?? '')).flatMap(phoneticKeys))].join(' ');
}

export { words as nameWords };
