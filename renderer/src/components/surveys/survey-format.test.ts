import { describe, expect, it } from 'vitest';
import type { SurveyFigures, SurveyView } from '../../../../shared/api';
import { satisfactionFigures } from '../../../../shared/metrics/satisfaction';
import { toCsv } from '../../stats/csv';
import {
  changeText,
  countAndShare,
  CSV_COLUMNS,
  figuresCsvRows,
  percentText,
  repliesText,
  surveySavedText,
  surveyStateText,
} from './survey-format';

const survey: SurveyView = {
  id: 's',
  contactId: 'c',
  method: 'sent',
  sentVia: 'email',
  sentAt: '2026-11-23T10:00:00.000Z',
  respondedAt: null,
  rating: null,
  couldHaveDoneMore: null,
  comment: '',
  recordedByName: 'Amina Khan',
  recordedAt: '2026-11-23T10:00:00.000Z',
};

describe('survey words', () => {
  it('says the state of a survey as the adviser reads it', () => {
    expect(surveyStateText(survey)).toBe('Survey sent by email, awaiting reply');
    expect(surveyStateText({ ...survey, sentVia: 'telephone' })).toBe(
      'Survey to be asked by phone later, awaiting reply',
    );
    expect(surveyStateText({ ...survey, rating: 4, couldHaveDoneMore: 'no' })).toBe('Rated 4 of 5');
    expect(surveySavedText(survey)).toBe('Survey saved: sent by email, awaiting a reply.');
    expect(surveySavedText({ ...survey, rating: 2, couldHaveDoneMore: 'yes' })).toBe(
      'Survey saved: rated 2 of 5.',
    );
  });

  it('rounds shares to whole percentages and dashes nothing to measure', () => {
    expect([percentText(2 / 3), percentText(0), percentText(null)]).toEqual(['67%', '0%', '–']);
  });

  it('writes counts with their shares, and a month against the one before', () => {
    expect(countAndShare(3, 0.75)).toBe('3 (75%)');
    expect(countAndShare(0, null)).toBe('–');
    const sentTwo = satisfactionFigures([
      { method: 'sent', rating: 4, couldHaveDoneMore: 'no' },
      { method: 'sent', rating: null, couldHaveDoneMore: null },
    ]);
    expect(repliesText(sentTwo)).toBe('1 of 2 (50%)');
    expect(repliesText(satisfactionFigures([]))).toBe('–');
    // 75% to 2/3 (67%): down 8 points; 50% to 51%: up 1 point
    expect(changeText(0.75, 2 / 3)).toBe('▼ Down 8 points');
    expect(changeText(0.5, 0.51)).toBe('▲ Up 1 point');
    expect(changeText(0.5, 0.5)).toBe('▬ Level');
    expect(changeText(null, 0.5)).toBe('–');
  });

  it('writes the figures as CSV with a BOM, plain headers and a row per group', () => {
    const overall = satisfactionFigures([
      { method: 'asked', rating: 5, couldHaveDoneMore: 'no' },
      { method: 'sent', rating: null, couldHaveDoneMore: null },
    ]);
    const figures: SurveyFigures = {
      from: '2026-11-01',
      to: '2026-11-30',
      siteId: null,
      overall,
      byChannel: [{ key: 'telephone', label: 'Telephone', ...overall }],
      byService: [],
      bySite: [],
      byCustomerType: [],
      byMonth: [{ key: '2026-11', label: 'November 2026', ...overall }],
    };
    const csv = toCsv(CSV_COLUMNS, figuresCsvRows(figures));
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFBreakdown,Group,Surveys,Responses,Average rating (1 to 5),Satisfied (rated 4 or 5),% satisfied,Said we could not reasonably have done more,% could not have done more,Sent to answer later,Replies to sent surveys,Response rate',
      'All surveys,All,2,1,5.0,1,100%,1,100%,1,0,0%',
      'Channel,Telephone,2,1,5.0,1,100%,1,100%,1,0,0%',
      'Month,November 2026,2,1,5.0,1,100%,1,100%,1,0,0%',
    ]);
  });
});
