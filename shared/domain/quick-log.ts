// A quick log records an anonymous enquiry answered on the spot. Unless the adviser picks
// another, it is recorded as this type of enquiry, so the council's list must keep it
// (electron/api/reference/rules.ts refuses to retire or rename it).
export const QUICK_LOG_INTERACTION_TYPE = 'Providing information';
