import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';

// CI machines are small and shared: wait up to 5 s for the UI to settle before failing a test.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => cleanup());
