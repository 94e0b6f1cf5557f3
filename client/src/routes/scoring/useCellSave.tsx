import { useCallback, type ReactNode } from 'react';
import { useMutation } from '@apollo/client/react';
import type { EnterReviewScoreInput, EnterSelfAssessmentInput, SetCovenantTargetInput } from '../../gql/graphql';
import { useLanguage } from '../../i18n/language';
import { describeError } from '../../lib/errors';
import { userErrorText } from '../../lib/userErrors';
import type { Draft, Input } from '../../live/conflicts';
import { useVersionedSave } from '../../live/useVersionedSave';
import type { SheetMode } from './fields';
import { EnterReviewScore, EnterSelfAssessment, SetCovenantTarget } from './operations';
import type { CellRef } from './sheet';

export type CellSaveResult =
  | { status: 'saved' }
  /** Refused (user errors) or failed: nothing written, the editor stays open with the message. */
  | { status: 'error'; message: string }
  /** The user went back from the merge dialog: the editor stays open with what they typed. */
  | { status: 'kept' };

/**
 * Saves one cell: one mutation with the version the edit started from. A conflict opens the merge
 * dialog (keep mine or theirs per field, then sent again at the current version); the answer
 * carries the recomputed sheet, so the cache shows the new scores without another request.
 */
export function useCellSave(): { save(mode: SheetMode, cell: CellRef, draft: Draft): Promise<CellSaveResult>; holder: ReactNode } {
  const { language } = useLanguage();
  const { save: saveAssessment, holder: assessmentDialogs } = useVersionedSave('CovenantAssessment');
  const { save: saveTarget, holder: targetDialogs } = useVersionedSave('CovenantTarget');
  const [enterSelf] = useMutation(EnterSelfAssessment);
  const [enterReview] = useMutation(EnterReviewScore);
  const [setTarget] = useMutation(SetCovenantTarget);

  const save = useCallback(
    async (mode: SheetMode, cell: CellRef, draft: Draft): Promise<CellSaveResult> => {
      // A record not created yet has no version to send (version 0 in the draft).
      const inputOf = (input: Input & { expectedVersion: number }) => ({
        ...input,
        criterionId: cell.criterion.id,
        unitId: cell.unit.id,
        expectedVersion: input.expectedVersion || null,
      });
      const send = async (input: Input & { expectedVersion: number }) => {
        if (mode === 'SELF') return (await enterSelf({ variables: { input: inputOf(input) as EnterSelfAssessmentInput } })).data!.enterSelfAssessment;
        if (mode === 'REVIEW') return (await enterReview({ variables: { input: inputOf(input) as EnterReviewScoreInput } })).data!.enterReviewScore;
        return (await setTarget({ variables: { input: inputOf(input) as SetCovenantTargetInput } })).data!.setCovenantTarget;
      };
      try {
        const outcome = await (mode === 'TARGETS' ? saveTarget : saveAssessment)(draft, send);
        if (outcome.status === 'saved' || outcome.status === 'deleted') return { status: 'saved' };
        if (outcome.status === 'cancelled') return { status: 'kept' };
        return { status: 'error', message: outcome.payload.userErrors.map((e) => userErrorText(e, language)).join(' ') };
      } catch (error) {
        return { status: 'error', message: describeError(error, language) };
      }
    },
    [saveAssessment, saveTarget, enterSelf, enterReview, setTarget, language],
  );
  return {
    save,
    holder: (
      <>
        {assessmentDialogs}
        {targetDialogs}
      </>
    ),
  };
}
