import { useCallback, useState } from 'react';
import type { FormInstance } from 'antd';
import { useLanguage } from '../i18n/language';
import { describeError } from './errors';
import { applyUserErrors, type UserErrorLike } from './userErrors';

/**
 * The save step every edit form shares: run the mutation, put its userErrors next to their
 * fields (the rest above the form), or explain a failed request. Typed values are never reset.
 * `save` resolves to the payload when it saved, to null when it did not. `run` resolving to null
 * means the save stopped with nothing to show (the user went back from a conflict dialog).
 * `describe`, when given, words every refusal itself (all above the form, none on a field).
 */
export function useSaveForm(form: FormInstance) {
  const { language } = useLanguage();
  const [problems, setProblems] = useState<string[]>([]);
  const clearProblems = useCallback(() => setProblems([]), []);
  const save = useCallback(
    async <P extends { userErrors: readonly UserErrorLike[] }>(
      run: () => Promise<P | null>,
      describe?: (errors: readonly UserErrorLike[]) => string[],
    ): Promise<P | null> => {
      setProblems([]);
      try {
        const payload = await run();
        if (!payload) return null;
        if (payload.userErrors.length === 0) return payload;
        setProblems(describe ? describe(payload.userErrors) : applyUserErrors(form, payload.userErrors, language));
      } catch (error) {
        setProblems([describeError(error, language)]);
      }
      return null;
    },
    [form, language],
  );
  return { problems, clearProblems, save };
}
