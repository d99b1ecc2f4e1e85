// The three UK bank-holiday regions: each has its own holidays (GOV.UK bank holidays).
export const REGIONS = ['england-and-wales', 'scotland', 'northern-ireland'] as const;
export type Region = (typeof REGIONS)[number];

export const REGION_LABELS: Record<Region, string> = {
  'england-and-wales': 'England and Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
};

export function isRegion(value: string): value is Region {
  return (REGIONS as readonly string[]).includes(value);
}
