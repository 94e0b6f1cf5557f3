import { Alert } from 'antd';

interface Props {
  /** What cannot be done ("Chưa lưu được …:"). */
  title: string;
  /** One line each; nothing is shown when there are none. */
  problems: readonly string[];
  testId?: string;
}

/** The problems found as the user types (the server refuses the same), one per line, above the save button. */
export function ProblemsAlert({ title, problems, testId }: Props) {
  if (!problems.length) return null;
  return (
    <Alert
      type="error"
      showIcon
      title={title}
      description={problems.map((p) => (
        <div key={p}>{p}</div>
      ))}
      data-testid={testId}
    />
  );
}
