import { resolve } from 'node:path';
import replace from '@rollup/plugin-replace';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * Paths the server answers itself: never served from the service worker's
 * cache, and a navigation to one is never answered with the page.
 */
const SERVER_ONLY = [/^\/api\//, /^\/games(\/|$)/, /^\/socket\.io(\/|$)/, /^\/healthz$/, /^\/dev\//];

// The client lives in client/; the build goes to dist/client, served by the game server.
export default defineConfig({
  root: resolve(import.meta.dirname, 'client'),
  // Only the installed app's icons are copied as they are (assets/draw-app-icons.ts draws them).
  publicDir: resolve(import.meta.dirname, 'assets/app-icons'),
  base: './',
  // The board's Phaser: built from its sources with the Canvas renderer only (client/board/phaserBuild.ts).
  // Its package exports only the whole build, so the sources are reached by their path.
  resolve: {
    alias: [
      { find: /^phaser$/, replacement: resolve(import.meta.dirname, 'client/board/phaserBuild.ts') },
      { find: /^phaser-src\//, replacement: `${resolve(import.meta.dirname, 'node_modules/phaser/src')}/` },
    ],
  },
  build: {
    outDir: resolve(import.meta.dirname, 'dist/client'),
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      // Workbox bundles and minifies sw.js after the build (a few seconds on a busy machine):
      // known, so not reported as a slow plugin on every `npm start`.
      checks: { bundlerTimings: false },
      input: {
        main: resolve(import.meta.dirname, 'client/index.html'),
        // A preview of the board in set positions (start, midgame, crisis, brink), for development.
        board: resolve(import.meta.dirname, 'client/dev/board.html'),
      },
      output: {
        // Phaser is large and changes rarely: its own cacheable chunk.
        manualChunks: (id: string) => (id.includes('node_modules/phaser') ? 'phaser' : undefined),
      },
    },
  },
  plugins: [
    // Phaser's sources choose their renderers and features by these flags (Phaser's own builds set
    // them the same way): Canvas only, no WebGL, no sound (mount.ts asks for neither).
    replace({
      include: ['**/node_modules/phaser/src/**'],
      preventAssignment: true,
      values: {
        'typeof CANVAS_RENDERER': 'true',
        'typeof WEBGL_RENDERER': 'false',
        'typeof WEBGL_DEBUG': 'false',
        'typeof FEATURE_SOUND': 'false',
        'typeof PLUGIN_CAMERA3D': 'false',
        'typeof PLUGIN_FBINSTANT': 'false',
      },
    }),
    // Offline after the first visit: a Workbox service worker precaches the whole build
    // (docs/decisions/service-worker.md). Registered by client/offline/serviceWorker.ts.
    VitePWA({
      strategies: 'generateSW',
      registerType: 'prompt',
      injectRegister: null,
      filename: 'sw.js',
      manifestFilename: 'manifest.webmanifest',
      includeAssets: [],
      // The icons are in globPatterns already (the manifest itself is always precached).
      includeManifestIcons: false,
      manifest: {
        id: './',
        name: 'Multipolar',
        short_name: 'Multipolar',
        description: 'A strategy board game about the United States facing a possible Russia–China alliance.',
        start_url: './',
        scope: './',
        display: 'standalone',
        orientation: 'any',
        theme_color: '#0b1220',
        background_color: '#0b1220',
        lang: 'en',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png}'],
        globIgnores: ['dev/**'],
        // Phaser's chunk is about 1.4 MB: above Workbox's 2 MiB default only if it grows, so leave room.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        // Hashed names change with their content; Workbox need not add its own revision to them.
        dontCacheBustURLsMatching: /-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/,
        navigateFallback: 'index.html',
        navigateFallbackDenylist: SERVER_ONLY,
        // No runtime caching: whatever is not in the build goes to the network as it is.
        runtimeCaching: [],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: false,
      },
    }),
  ],
  server: { host: '127.0.0.1', port: 5173, fs: { allow: [resolve(import.meta.dirname)] } },
});
