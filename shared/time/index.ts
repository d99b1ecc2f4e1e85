// The working-time engine: calendars, UK bank holidays, working days (and, beside them,
// London calendar-day helpers in ./london).
export * from './regions';
export {
  createWorkingCalendar,
  regionBankHolidays,
  type BankHoliday,
  type CalendarOptions,
  type WorkingCalendar,
} from './calendar';
export { addWorkingDays, workingDaysBetween } from './working-days';
