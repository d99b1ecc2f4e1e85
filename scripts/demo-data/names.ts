// Names, addresses and phone numbers for synthetic customers: common British names plus the
// mix a north-west borough's register really has, so search (nicknames, misspellings) has
// something to find. Emails use the reserved example.* domains (RFC 2606), so a demo can
// never write to a real person.
import type { Random } from './random';

/** Long lists are written as one comma-separated string, to keep the file readable. */
function list(text: string): readonly string[] {
  return text.split(', ');
}

export const FIRST_NAMES_FEMALE = list(
  'Olivia, Amelia, Isla, Ava, Emily, Sophie, Grace, Chloe, Jessica, Lily, Sarah, Emma, Hannah, Charlotte, Lucy, Katherine, Elizabeth, Margaret, Susan, Patricia, Janet, Christine, Deborah, Jennifer, Rebecca, Victoria, Nicola, Amanda, Joanne, Catherine, Kathleen, Maureen, Jean, Amina, Fatima, Aisha, Priya, Anjali, Zainab, Agnieszka, Katarzyna, Siobhan, Niamh, Bethany, Megan, Rhiannon, Samantha, Leslie, Geraldine, Josephine',
);

export const FIRST_NAMES_MALE = list(
  'Oliver, George, Harry, Jack, Noah, Charlie, Thomas, James, William, Robert, John, David, Michael, Daniel, Matthew, Andrew, Christopher, Stephen, Peter, Paul, Richard, Mark, Anthony, Kenneth, Ronald, Leonard, Stanley, Edward, Frederick, Samuel, Benjamin, Joseph, Nicholas, Timothy, Mohammed, Ali, Omar, Imran, Ravi, Sanjay, Marek, Piotr, Tomasz, Sean, Ciaran, Gareth, Rhys, Dylan, Kieran, Liam',
);

export const SURNAMES = list(
  "Smith, Jones, Taylor, Brown, Williams, Wilson, Johnson, Davies, Robinson, Wright, Thompson, Evans, Walker, White, Roberts, Green, Hall, Wood, Jackson, Clarke, Hughes, Edwards, Lewis, Harris, Turner, Martin, Cooper, Hill, Ward, Morris, Moore, Clark, Lee, King, Baker, Harrison, Morgan, Allen, James, Scott, Phillips, Watson, Davis, Parker, Price, Bennett, Young, Griffiths, Mitchell, Kelly, Cook, Carter, Richardson, Bailey, Collins, Bell, Shaw, Murphy, Miller, Cox, Richards, Khan, Marshall, Anderson, Simpson, Ellis, Adams, Singh, Begum, Wilkinson, Foster, Chapman, Powell, Webb, Rogers, Gray, Mason, Ali, Hunt, Hussain, Campbell, Matthews, Owen, Palmer, Holmes, Mills, Barnes, Knight, Lloyd, Butler, Russell, Barker, Fisher, Stevens, Jenkins, Murray, Dixon, Harvey, Patel, Kowalski, Nowak, Wisniewski, Ahmed, Rahman, O'Brien, McDonald, Doherty, Quinn, Fitzgerald, Okafor, Mensah, Chen, Nguyen",
);

const TITLES_FEMALE = ['Mrs', 'Ms', 'Miss', 'Mrs', 'Ms'] as const;
const TITLES_MALE = ['Mr', 'Mr', 'Mr', 'Mr', 'Dr'] as const;

const BUSINESS_FIRST = list(
  'Mersey, Riverside, Halton, Castle, Victoria, Bridge, Northern, Cheshire, Station, Market, Priory, Canal, Windmill, Oak, Crown, Albion, Phoenix, Royal, Premier, Ashfield',
);
const BUSINESS_TRADE = list(
  'Bakery, Motors, Fish Bar, Hair Studio, Builders, Logistics, Dental Practice, Pharmacy, Newsagents, Café, Plumbing, Electrical, Taxis, Nursery, Garage, Lettings, Hotel, Fitness, Print, Carpets',
);
const BUSINESS_SUFFIX = ['Ltd', 'Ltd', '', '& Sons', 'LLP'] as const;
const COMMUNITY_KIND = list(
  'Residents Association, Tenants Group, Youth Club, Community Allotments, Friends of the Park, Food Bank, Carers Group, Bowling Club, Heritage Society',
);

const STREETS = list(
  'Church Street, High Street, Station Road, Victoria Road, Park Avenue, Mersey Road, Halton Road, Castle Rise, Moughland Lane, Greenway Road, Birchfield Road, Appleton Village, Lunts Heath Road, Hough Green Road, Ditton Road, Heath Road, Boston Avenue, Clifton Road, Beechwood Avenue, Palacefields Avenue, Norton Hill, Windmill Hill Avenue, Hallwood Park Avenue, Murdishaw Avenue, Bridgewater Street',
);

/** Postcode districts of the demo borough and the town each sits in. */
const AREAS: readonly (readonly [district: string, town: string])[] = [
  ['WA7', 'Runcorn'],
  ['WA7', 'Runcorn'],
  ['WA8', 'Widnes'],
  ['WA8', 'Widnes'],
  ['WA4', 'Warrington'],
  ['WA5', 'Great Sankey'],
  ['WA6', 'Frodsham'],
  ['L24', 'Hale'],
  ['L26', 'Halewood'],
  ['L35', 'Whiston'],
];
/** Letters a postcode's inward code may use (never C, I, K, M, O or V). */
const INWARD_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

export interface PersonName {
  title: string;
  first: string;
  last: string;
}

export function personName(rng: Random): PersonName {
  const female = rng.chance(0.52);
  return {
    title: female ? rng.pick(TITLES_FEMALE) : rng.pick(TITLES_MALE),
    first: female ? rng.pick(FIRST_NAMES_FEMALE) : rng.pick(FIRST_NAMES_MALE),
    last: rng.pick(SURNAMES),
  };
}

export function businessName(rng: Random): string {
  const suffix = rng.pick(BUSINESS_SUFFIX);
  const first = rng.chance(0.3) ? rng.pick(SURNAMES) : rng.pick(BUSINESS_FIRST);
  return `${first} ${rng.pick(BUSINESS_TRADE)}${suffix ? ` ${suffix}` : ''}`;
}

export function communityGroupName(rng: Random): string {
  return `${rng.pick(BUSINESS_FIRST)} ${rng.pick(COMMUNITY_KIND)}`;
}

export interface Address {
  line1: string;
  town: string;
  postcode: string;
}

export function address(rng: Random): Address {
  const [district, town] = rng.pick(AREAS);
  const inward =
    String(rng.int(10)) +
    INWARD_LETTERS[rng.int(INWARD_LETTERS.length)]! +
    INWARD_LETTERS[rng.int(INWARD_LETTERS.length)]!;
  return {
    line1: `${rng.between(1, 180)} ${rng.pick(STREETS)}`,
    town,
    postcode: `${district} ${inward}`,
  };
}

/** A UK mobile (07...) or a local landline (0151, 01928), as advisers type them. */
export function phoneNumber(rng: Random): string {
  if (rng.chance(0.7)) return `07${rng.between(100, 999)} ${rng.between(100_000, 999_999)}`;
  return rng.chance(0.5)
    ? `0151 ${rng.between(420, 499)} ${rng.between(1000, 9999)}`
    : `01928 ${rng.between(500_000, 799_999)}`;
}

const EMAIL_DOMAINS = ['example.com', 'example.org', 'example.net'] as const;

export function emailFor(rng: Random, ...parts: string[]): string {
  const local = parts
    .join('.')
    .toLowerCase()
    .replace(/[^a-z.]+/g, '');
  return `${local}${rng.chance(0.5) ? rng.between(1, 99) : ''}@${rng.pick(EMAIL_DOMAINS)}`;
}
