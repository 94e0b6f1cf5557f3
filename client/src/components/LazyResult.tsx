import { lazy, Suspense } from 'react';
import type { ResultProps } from 'antd';

// antd's Result carries its 403/404/500 illustrations in one module (~30 kB): loaded only when shown,
// so the login page and the first screen do without it.
const AntdResult = lazy(() => import('antd/es/result'));

/** antd's Result, loaded when first shown (the pages that use it are rarely the first one). */
export function Result(props: ResultProps) {
  return (
    <Suspense fallback={null}>
      <AntdResult {...props} />
    </Suspense>
  );
}
