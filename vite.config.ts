import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The client lives in client/; the build goes to dist/client, served by the game server.
export default defineConfig({
  root: resolve(import.meta.dirname, 'client'),
  publicDir: false,
  base: './',
  build: {
    outDir: resolve(import.meta.dirname, 'dist/client'),
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      input: {
        main: resolve(import.meta.dirname, 'client/index.html'),
        // A preview of the board in set positions (start, midgame, crisis, brink), for development.
        board: resolve(import.meta.dirname, 'client/dev/board.html'),
      },
      output: {
        // Phaser is large and changes rarely: its own cacheable chunk (STACK-NOTES).
        manualChunks: (id: string) => (id.includes('node_modules/phaser') ? 'phaser' : undefined),
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173, fs: { allow: [resolve(import.meta.dirname)] } },
});
