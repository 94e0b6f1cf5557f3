import { BallotPurpose } from '@thidua/shared';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useLanguage, useTexts } from '../../i18n/language';
import { formatNumber } from '../../lib/format';
import { longDate } from '../../lib/longDate';
import { MINUTES_TEXTS } from './minutesTexts';
import '../../components/minutes.css';

export const MinutesDocument_session = graphql(`
  fragment MinutesDocument_session on BallotSession {
    id
    minutes {
      closedAt blocName year covenantTitle title purpose secret
      meeting { date venue chair secretary boardGuest }
      voters voted turnoutPercent
      attendance { unitName voted paper }
      thresholdPercent thresholdBase quorumPercent quorumMet
      candidates { unitName votes percent passed }
      leaderName result
      scoreTable { rank unitName total percent }
    }
  }
`);

/**
 * The minutes of a closed ballot session laid out as an administrative document: national header,
 * title, meeting, score table, ballot result (counts only), conclusion, signatures of chair and secretary.
 */
export function MinutesDocument(props: { session: FragmentType<typeof MinutesDocument_session> }) {
  const { minutes } = getFragmentData(MinutesDocument_session, props.session);
  const { language } = useLanguage();
  const text = useTexts(MINUTES_TEXTS);
  if (!minutes) return <p data-testid="minutes-missing">{text.notYet}</p>;
  const m = minutes.meeting;
  const or = (value: string | null | undefined) => value || text.notGiven;
  return (
    <article className="minutes-document" data-testid="minutes-document">
      <header className="minutes-header">
        <div>
          <strong>{minutes.blocName.toUpperCase()}</strong>
        </div>
        <div>
          <strong>{text.country}</strong>
          <strong>{text.motto}</strong>
          {m.date ? <em>{longDate(m.date, language)}</em> : null}
        </div>
      </header>
      <h1>{text.heading}</h1>
      <div className="minutes-subject">
        {text.subject}: {minutes.title} ({BallotPurpose.labels[minutes.purpose][language]}) – {minutes.covenantTitle}, {text.year} {minutes.year}
      </div>

      <h2>{text.meeting}</h2>
      <p>
        {text.date}: {m.date ? longDate(m.date, language) : text.notGiven}. {text.venue}: {or(m.venue)}.
        <br />
        {text.chair}: {or(m.chair)}. {text.secretary}: {or(m.secretary)}.
        {m.boardGuest ? (
          <>
            <br />
            {text.boardGuest}: {m.boardGuest}.
          </>
        ) : null}
        <br />
        {text.attendance}: {minutes.voted}/{minutes.voters} {text.attendanceOf} ({formatNumber(minutes.turnoutPercent)}%).
      </p>
      <table data-testid="minutes-attendance">
        <thead>
          <tr>
            <th>{text.no}</th>
            <th>{text.unit}</th>
            <th>{text.present}</th>
          </tr>
        </thead>
        <tbody>
          {minutes.attendance.map((a, i) => (
            <tr key={i}>
              <td className="num">{i + 1}</td>
              <td>{a.unitName}</td>
              <td>{a.voted ? `${text.present}${a.paper ? ` (${text.paper})` : ''}` : text.absent}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>{text.scores}</h2>
      {minutes.scoreTable.length ? (
        <table data-testid="minutes-scores">
          <thead>
            <tr>
              <th>{text.rank}</th>
              <th>{text.unit}</th>
              <th>{text.total}</th>
              <th>{text.percent}</th>
            </tr>
          </thead>
          <tbody>
            {minutes.scoreTable.map((r, i) => (
              <tr key={i}>
                <td className="num">{r.rank}</td>
                <td>{r.unitName}</td>
                <td className="num">{formatNumber(r.total)}</td>
                <td className="num">{formatNumber(r.percent)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{text.noScores}</p>
      )}

      <h2>{text.ballot}</h2>
      <p>
        {minutes.secret ? text.secret : text.open} {text.issued}: {minutes.voters}; {text.collected}: {minutes.voted}. {text.threshold}:{' '}
        {minutes.thresholdPercent}% {minutes.thresholdBase === 'PRESENT' ? text.ofPresent : text.ofAll}. {text.quorum}: {minutes.quorumPercent}% (
        {minutes.quorumMet ? text.met : text.notMet}).
      </p>
      <table data-testid="minutes-candidates">
        <thead>
          <tr>
            <th>{text.no}</th>
            <th>{text.unit}</th>
            <th>{text.votes}</th>
            <th>{text.percent}</th>
            <th>{text.passed}</th>
          </tr>
        </thead>
        <tbody>
          {minutes.candidates.map((c, i) => (
            <tr key={i}>
              <td className="num">{i + 1}</td>
              <td>{c.unitName}</td>
              <td className="num">{c.votes}</td>
              <td className="num">{formatNumber(c.percent)}</td>
              <td>{c.passed ? text.passed : text.notPassed}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>{text.result}</h2>
      <p data-testid="minutes-result">{minutes.result}</p>
      <p>{text.closing}</p>

      <footer className="minutes-signatures">
        <div>
          <strong>{text.signSecretary}</strong>
          <div>
            <em>{text.signHint}</em>
          </div>
          <div style={{ marginTop: 72 }}>{m.secretary ?? ''}</div>
        </div>
        <div>
          <strong>{text.signChair}</strong>
          <div>
            <em>{text.signHint}</em>
          </div>
          <div style={{ marginTop: 72 }}>{m.chair ?? ''}</div>
        </div>
      </footer>
    </article>
  );
}
