/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

// Each API prefix goes to its own service, as the nginx in front of dist does on port 5173.
const target = (port: number) => `http://127.0.0.1:${port}`;

export default defineConfig({
  plugins: [react(), tailwindcss()],
  server: {
    port: 5173,
    proxy: {
      '/auth': target(8000),
      '/projects': target(8001),
      '/tasks': {
        target: target(8002),
        // Server-sent events must reach the browser as they are written.
        configure: (proxy) => {
          proxy.on('proxyRes', (res) => {
            res.headers['x-accel-buffering'] = 'no';
            res.headers['cache-control'] = 'no-cache';
          });
        },
      },
      '/stats': target(8003),
    },
  },
  build: {
    outDir: 'dist',
    manifest: true,
    sourcemap: false,
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
  },
});
