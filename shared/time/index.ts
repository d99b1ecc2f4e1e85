// The working-time engine: calendars and UK bank holidays, working days, opening hours and
// working hours, and service standards with several thresholds. London calendar-day helpers
// sit beside it in ./london.
export * from './regions';
export {
  createWorkingCalendar,
  regionBankHolidays,
  type BankHoliday,
  type CalendarOptions,
  type WorkingCalendar,
} from './calendar';
export { addWorkingDays, workingDaysBetween } from './working-days';
export * from './opening-hours';
export { addWorkingMinutes, workingMinutesBetween } from './working-hours';
export * from './standards';
export { DEFAULT_STANDARDS } from './default-standards';
