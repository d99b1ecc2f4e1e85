import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DONE_MORE_ANSWERS, type DoneMoreAnswer } from '../domain/surveys';
import { satisfactionByGroup, satisfactionFigures, type SurveyAnswers } from './satisfaction';

const asked = (rating: number, more: DoneMoreAnswer): SurveyAnswers => ({
  method: 'asked',
  rating,
  couldHaveDoneMore: more,
});
const sent = (rating: number | null = null, more: DoneMoreAnswer | null = null): SurveyAnswers => ({
  method: 'sent',
  rating,
  couldHaveDoneMore: more,
});

describe('satisfaction figures', () => {
  it('has nothing to measure with no surveys: every rate is null', () => {
    expect(satisfactionFigures([])).toMatchObject({
      surveys: 0,
      responses: 0,
      averageRating: null,
      satisfiedRate: null,
      couldNotHaveDoneMoreRate: null,
      sent: 0,
      responseRate: null,
    });
  });

  it('works out a small day by hand', () => {
    // Asked: 5 no, 4 not_sure, 2 yes. Sent: one reply (3, no), two still awaiting.
    const figures = satisfactionFigures([
      asked(5, 'no'),
      asked(4, 'not_sure'),
      asked(2, 'yes'),
      sent(3, 'no'),
      sent(),
      sent(),
    ]);
    expect(figures).toEqual({
      surveys: 6,
      responses: 4,
      askedResponses: 3,
      // (5 + 4 + 2 + 3) / 4 = 14 / 4 = 3.5
      averageRating: 3.5,
      // 5 and 4 are satisfied; 3 is not: 2 of 4
      satisfied: 2,
      satisfiedRate: 0.5,
      ratingCounts: [0, 1, 1, 1, 1],
      // "no" twice of 4 responses; "not sure" counts in the denominator
      couldNotHaveDoneMore: 2,
      couldNotHaveDoneMoreRate: 0.5,
      doneMoreAnswers: { yes: 1, no: 2, not_sure: 1 },
      // 1 reply of 3 sent
      sent: 3,
      sentReplies: 1,
      responseRate: 1 / 3,
    });
  });

  it('counts sent surveys with no reply in the response rate only', () => {
    const figures = satisfactionFigures([sent(), sent()]);
    expect(figures).toMatchObject({
      surveys: 2,
      responses: 0,
      averageRating: null,
      satisfiedRate: null,
      sent: 2,
      sentReplies: 0,
      responseRate: 0,
    });
  });

  it('leaves surveys asked on the spot out of the response rate', () => {
    const figures = satisfactionFigures([asked(1, 'yes')]);
    expect(figures).toMatchObject({
      responses: 1,
      averageRating: 1,
      satisfiedRate: 0,
      couldNotHaveDoneMoreRate: 0,
      sent: 0,
      responseRate: null,
    });
  });

  it('holds together for any surveys: shares between 0 and 1, counts add up', () => {
    const survey = fc.oneof(
      fc.record({
        method: fc.constant('asked' as const),
        rating: fc.integer({ min: 1, max: 5 }),
        couldHaveDoneMore: fc.constantFrom(...DONE_MORE_ANSWERS),
      }),
      fc.oneof(
        fc.constant(sent()),
        fc
          .tuple(fc.integer({ min: 1, max: 5 }), fc.constantFrom(...DONE_MORE_ANSWERS))
          .map(([r, m]) => sent(r, m)),
      ),
    );
    fc.assert(
      fc.property(fc.array(survey, { maxLength: 60 }), (surveys) => {
        const f = satisfactionFigures(surveys);
        expect(f.ratingCounts.reduce((a, b) => a + b, 0)).toBe(f.responses);
        expect(f.doneMoreAnswers.yes + f.doneMoreAnswers.no + f.doneMoreAnswers.not_sure).toBe(
          f.responses,
        );
        expect(f.askedResponses + f.sentReplies).toBe(f.responses);
        expect(f.ratingCounts[3] + f.ratingCounts[4]).toBe(f.satisfied);
        for (const rate of [f.satisfiedRate, f.couldNotHaveDoneMoreRate, f.responseRate])
          if (rate !== null) expect(rate >= 0 && rate <= 1).toBe(true);
        if (f.averageRating !== null)
          expect(f.averageRating >= 1 && f.averageRating <= 5).toBe(true);
        expect(f.responses === 0).toBe(f.averageRating === null);
      }),
    );
  });
});

describe('satisfaction by group', () => {
  it('splits the figures per group, and the groups add up to the whole', () => {
    const surveys = [
      { ...asked(5, 'no'), channel: 'telephone' },
      { ...asked(3, 'yes'), channel: 'face_to_face' },
      { ...sent(4, 'no'), channel: 'telephone' },
      { ...sent(), channel: 'email' },
    ];
    const rows = satisfactionByGroup(
      surveys,
      (s) => ({ key: s.channel, label: s.channel.toUpperCase() }),
      (a, b) => a.label.localeCompare(b.label),
    );
    expect(
      rows.map((r) => [r.label, r.responses, r.averageRating, r.sent, r.responseRate]),
    ).toEqual([
      ['EMAIL', 0, null, 1, 0],
      ['FACE_TO_FACE', 1, 3, 0, null],
      // (5 + 4) / 2 = 4.5; the one sent came back
      ['TELEPHONE', 2, 4.5, 1, 1],
    ]);
    const whole = satisfactionFigures(surveys);
    expect(rows.reduce((n, r) => n + r.responses, 0)).toBe(whole.responses);
  });
});
