import type { FeedbackView } from '../../../../shared/api';
import { mayCloseComplaint, mayEscalateComplaint } from '../../../../shared/api/access-rules';
import {
  COMPLAINT_STAGE_LABELS,
  NEXT_STAGE,
  STAGE_OUTCOMES,
  STAGE_OUTCOME_LABELS,
  type ComplaintStage,
  type StageOutcome,
} from '../../../../shared/domain/feedback';
import { callApi } from '../../api/client';
import { textOf } from '../../form-data';
import { formatDay } from '../../format';
import { useAppStore } from '../../store';
import { Field } from '../Field';
import { ChoiceGroup } from './ChoiceGroup';
import { currentStage } from './feedback-format';
import { StageForm, WhenFields, instantOf } from './StageForm';

/** "stage 2", "the ombudsman": a stage as it reads inside a sentence. */
export function stageInWords(stage: ComplaintStage): string {
  return stage === 'ombudsman' ? 'the ombudsman' : COMPLAINT_STAGE_LABELS[stage].toLowerCase();
}

/** What changed, said back to the officer once the back end has accepted it. */
function escalatedWords(item: FeedbackView): string {
  const stage = currentStage(item)!;
  if (stage.stage === 'ombudsman') return 'Escalated to the ombudsman.';
  return stage.dueDate
    ? `Escalated to ${stageInWords(stage.stage)}: reply due by ${formatDay(stage.dueDate)}.`
    : `Escalated to ${stageInWords(stage.stage)}.`;
}

function answeredWords(item: FeedbackView): string {
  const stage = currentStage(item)!;
  const outcome = stage.outcome ? STAGE_OUTCOME_LABELS[stage.outcome].toLowerCase() : '';
  return stage.stage === 'ombudsman'
    ? `The ombudsman’s decision is recorded: ${outcome}.`
    : `${COMPLAINT_STAGE_LABELS[stage.stage]} reply recorded: ${outcome}. The complaint is closed unless the customer escalates it.`;
}

/**
 * The council's reply at the current stage, and escalation when the customer is not
 * satisfied: stage 1 → stage 2 → the ombudsman. Escalation stays open after a reply,
 * since that is when a customer usually asks for it. Each is offered only to those the back
 * end allows (shared/api/access-rules.ts): the reply closes the complaint, so it is a team
 * leader's; escalation is for whoever took it, their team, or a leader.
 */
export function ComplaintActions({
  item,
  onChanged,
}: {
  item: FeedbackView;
  onChanged: (item: FeedbackView, notice: string) => void;
}) {
  const staff = useAppStore((s) => s.session!.staff);
  const stage = currentStage(item);
  if (item.kind !== 'complaint' || !item.stage || !stage) return null;
  const unanswered = !stage.respondedAt && !stage.outcome;
  const mayRespond = mayCloseComplaint(staff);
  const next = mayEscalateComplaint(staff, item) ? NEXT_STAGE[item.stage] : null;
  const atOmbudsman = item.stage === 'ombudsman';
  const respondTitle = atOmbudsman
    ? 'Record the ombudsman’s decision'
    : `Record the ${stageInWords(item.stage)} reply`;

  return (
    <div className="stage-actions">
      {unanswered && !mayRespond && (
        <p className="hint" data-testid="reply-by-leader">
          A team leader or administrator records the council’s reply, which closes the complaint.
        </p>
      )}
      {unanswered && mayRespond && (
        <StageForm
          id="respond"
          title={respondTitle}
          formFields={['outcome', 'response', 'respondedAt']}
          submit={(d) =>
            callApi('feedback.respond', {
              id: item.id,
              outcome: textOf(d, 'outcome') as StageOutcome,
              response: textOf(d, 'response'),
              respondedAt: instantOf(d),
            })
          }
          onDone={(changed) => onChanged(changed, answeredWords(changed))}
        >
          {(errors) => (
            <>
              <ChoiceGroup
                id="respond-outcome"
                name="outcome"
                legend={atOmbudsman ? 'The ombudsman’s finding' : 'Outcome'}
                options={STAGE_OUTCOMES.map((o) => ({ value: o, label: STAGE_OUTCOME_LABELS[o] }))}
                error={errors.outcome}
              />
              <Field
                id="respond-response"
                label={atOmbudsman ? 'Summary of the decision' : 'Summary of the reply sent'}
                error={errors.response}
              >
                <textarea name="response" rows={3} />
              </Field>
              <div className="grid">
                <WhenFields
                  id="respond"
                  field="respondedAt"
                  label={atOmbudsman ? 'of the decision' : 'of the reply'}
                  errors={errors}
                />
              </div>
            </>
          )}
        </StageForm>
      )}
      {next && (
        <StageForm
          id="escalate"
          title={`Escalate to ${stageInWords(next)}`}
          intro={
            next === 'ombudsman'
              ? 'The customer has taken it to the Local Government and Social Care Ombudsman.'
              : `The customer is not satisfied at ${stageInWords(item.stage)}.`
          }
          formFields={['reason', 'at']}
          submit={(d) =>
            callApi('feedback.escalate', {
              id: item.id,
              reason: textOf(d, 'reason'),
              at: instantOf(d),
            })
          }
          onDone={(changed) => onChanged(changed, escalatedWords(changed))}
        >
          {(errors) => (
            <>
              <Field
                id="escalate-reason"
                label="Why the customer is escalating it"
                error={errors.reason}
              >
                <textarea name="reason" rows={3} />
              </Field>
              <div className="grid">
                <WhenFields id="escalate" field="at" label="escalated" errors={errors} />
              </div>
            </>
          )}
        </StageForm>
      )}
    </div>
  );
}
