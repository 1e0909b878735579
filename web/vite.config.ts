// The staff web client: built into dist/web, which the NestJS app serves at `/`. In development,
// `npx vite --config web/vite.config.ts` serves it with /graphql and /reports sent to the API on :3000.
import react from '@vitejs/plugin-react-swc';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2_000,
  },
  server: {
    proxy: {
      '/graphql': 'http://localhost:3000',
      '/reports': 'http://localhost:3000',
      '/pqrs': 'http://localhost:3000',
    },
  },
});
