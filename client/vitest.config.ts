import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: { include: ['src/**/*.test.{ts,tsx}'], environment: 'happy-dom', setupFiles: ['src/test/setup.ts'], testTimeout: 30_000 },
});
