import { useState } from 'react';
import { AwaitingReplies } from '../components/surveys/AwaitingReplies';
import { SurveyResults } from '../components/surveys/SurveyResults';
import '../components/surveys/surveys.css';
import { useAppStore } from '../store';

/**
 * Satisfaction surveys (NeSDS standard 17): the replies that came back to sent surveys are
 * recorded here by anyone; team leaders and administrators see a period's results, by
 * channel, service, site, customer type and month, and export them.
 */
export function Surveys() {
  const role = useAppStore((s) => s.session?.staff.role);
  const [recorded, setRecorded] = useState(0);
  const isLeader = role === 'team_leader' || role === 'administrator';
  return (
    <div className="surveys">
      <h1>Satisfaction surveys</h1>
      <AwaitingReplies onRecorded={() => setRecorded((n) => n + 1)} />
      {isLeader && <SurveyResults refreshKey={recorded} />}
    </div>
  );
}
