import { councilQuorumMet, CouncilMemberRole } from '@thidua/shared';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useLanguage, useTexts } from '../../i18n/language';
import { formatNumber } from '../../lib/format';
import { longDate } from '../../lib/longDate';
import { COUNCIL_MINUTES_TEXTS } from './minutesTexts';
import '../../components/minutes.css';

export const CouncilMinutesDocument_session = graphql(`
  fragment CouncilMinutesDocument_session on CouncilSession {
    id
    minutes {
      closedAt title year meetingDate venue secret
      members { name position role present }
      memberCount present quorumPercent thresholdPercent thresholdBase
      lines { lineId dossierCode subjectName awardName agree disagree percent result }
      conclusion
    }
  }
`);

/**
 * The minutes of a closed council session as an administrative document: national header, title,
 * meeting and members with their attendance, the vote on each nominee (counts only, as the counting
 * committee reports them), conclusion, signatures of the chair and the secretary. Written by the
 * server at close: names are as they were then.
 */
export function CouncilMinutesDocument(props: { session: FragmentType<typeof CouncilMinutesDocument_session> }) {
  const { minutes } = getFragmentData(CouncilMinutesDocument_session, props.session);
  const { language, label } = useLanguage();
  const text = useTexts(COUNCIL_MINUTES_TEXTS);
  if (!minutes) return <p data-testid="minutes-missing">{text.notYet}</p>;
  const or = (value: string | null | undefined) => value || text.notGiven;
  const quorumMet = councilQuorumMet(minutes.present, minutes.memberCount, minutes.quorumPercent);
  const signer = (role: string) => minutes.members.find((m) => m.role === role)?.name ?? '';
  return (
    <article className="minutes-document" data-testid="minutes-document">
      <header className="minutes-header">
        <div>
          <strong>{text.agency}</strong>
        </div>
        <div>
          <strong>{text.country}</strong>
          <strong>{text.motto}</strong>
          {minutes.meetingDate ? <em>{longDate(minutes.meetingDate, language)}</em> : null}
        </div>
      </header>
      <h1>{text.heading}</h1>
      <div className="minutes-subject">
        {minutes.title}
        <br />
        <span style={{ fontWeight: 'normal' }}>
          ({text.subject}, {text.year} {minutes.year})
        </span>
      </div>

      <h2>{text.meeting}</h2>
      <p>
        {text.date}: {minutes.meetingDate ? longDate(minutes.meetingDate, language) : text.notGiven}. {text.venue}: {or(minutes.venue)}.
        <br />
        {text.attendance}: {minutes.present}/{minutes.memberCount} {text.attendanceOf}. {text.quorum}: {minutes.quorumPercent}% (
        {quorumMet ? text.met : text.notMet}).
      </p>
      <table data-testid="minutes-members">
        <thead>
          <tr>
            <th>{text.no}</th>
            <th>{text.name}</th>
            <th>{text.position}</th>
            <th>{text.role}</th>
            <th>{text.present}</th>
          </tr>
        </thead>
        <tbody>
          {minutes.members.map((m, i) => (
            <tr key={i}>
              <td className="num">{i + 1}</td>
              <td>{m.name}</td>
              <td>{m.position ?? ''}</td>
              <td>{label(CouncilMemberRole.labels[m.role])}</td>
              <td>{m.present ? text.present : text.absent}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>{text.vote}</h2>
      <p>
        {minutes.secret ? text.secret : text.open} {text.threshold} {minutes.thresholdPercent}%{' '}
        {minutes.thresholdBase === 'PRESENT' ? text.ofPresent : text.ofAll}.
      </p>
      <table data-testid="minutes-lines">
        <thead>
          <tr>
            <th>{text.no}</th>
            <th>{text.code}</th>
            <th>{text.subjectName}</th>
            <th>{text.award}</th>
            <th>{text.agree}</th>
            <th>{text.disagree}</th>
            <th>{text.percent}</th>
            <th>{text.result}</th>
          </tr>
        </thead>
        <tbody>
          {minutes.lines.map((l, i) => (
            <tr key={l.lineId}>
              <td className="num">{i + 1}</td>
              <td className="code">{l.dossierCode}</td>
              <td>{l.subjectName}</td>
              <td>{l.awardName}</td>
              <td className="num">{l.agree}</td>
              <td className="num">{l.disagree}</td>
              <td className="num">{formatNumber(l.percent)}</td>
              <td>{l.result === 'PASSED' ? text.passed : text.failed}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>{text.conclusion}</h2>
      <p data-testid="minutes-conclusion">{minutes.conclusion}</p>
      <p>{text.closing}</p>

      <footer className="minutes-signatures">
        <div>
          <strong>{text.signSecretary}</strong>
          <div>
            <em>{text.signHint}</em>
          </div>
          <div style={{ marginTop: 72 }}>{signer('SECRETARY')}</div>
        </div>
        <div>
          <strong>{text.signChair}</strong>
          <div>
            <em>{text.signHint}</em>
          </div>
          <div style={{ marginTop: 72 }}>{signer('CHAIR')}</div>
        </div>
      </footer>
    </article>
  );
}
