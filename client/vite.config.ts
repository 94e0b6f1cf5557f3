import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { graphqlDocuments } from './build/graphqlDocuments';

const api = process.env.THIDUA_API ?? 'http://localhost:4000';
const routerDist = fileURLToPath(new URL('./node_modules/react-router/dist/production/', import.meta.url));

export default defineConfig(({ command, mode }) => ({
  plugins: [graphqlDocuments(fileURLToPath(new URL('./src/gql', import.meta.url))), react()],
  // The bundle's NODE_ENV follows the build mode, not the shell: a NODE_ENV=development left in the
  // environment (the server's default, see .env.example) made `vite build` ship the development
  // code of React and antd, with their console warnings.
  define: command === 'build' ? { 'process.env.NODE_ENV': JSON.stringify(mode === 'development' ? 'development' : 'production') } : {},
  resolve: {
    // react-router's package exports only its development build (extra checks, console warnings);
    // the production build it ships beside it goes into the bundle.
    alias:
      command === 'build'
        ? [
            { find: /^react-router$/, replacement: `${routerDist}index.mjs` },
            { find: /^react-router\/dom$/, replacement: `${routerDist}dom-export.mjs` },
          ]
        : [],
  },
  server: {
    port: 5173,
    proxy: { '/graphql': { target: api, ws: true }, '/documents': { target: api } },
  },
  build: {
    outDir: 'dist',
    // For scripts/report-size.mjs: which chunks each page loads.
    manifest: true,
    chunkSizeWarningLimit: 1500,
  },
}));
