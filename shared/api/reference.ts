import { emptyInput } from './common';
import { method } from './define';

export interface NamedItem {
  id: string;
  name: string;
}

export interface ServiceItem extends NamedItem {
  departmentId: string;
}

export interface CustomerTypeItem extends NamedItem {
  code: string;
  isAnonymous: boolean;
}

export interface SiteItem extends NamedItem {
  kind: 'contact_centre' | 'one_stop_shop';
}

export interface ReferenceData {
  councilName: string;
  sites: SiteItem[];
  services: ServiceItem[];
  departments: NamedItem[];
  interactionTypes: (NamedItem & { bvpi157: boolean })[];
  customerTypes: CustomerTypeItem[];
  /** The council's teams in use, offered when an account is added (a team is text on it). */
  teams: NamedItem[];
  /** Target for first-contact resolution as a fraction (NeSDS standard 2: 0.8). */
  fcrTarget: number;
}

export const referenceContract = {
  'reference.list': method<ReferenceData>()(emptyInput, 'session'),
};
