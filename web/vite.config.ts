import { defineConfig } from 'vite';

/**
 * The portal: a single-page app over the public API, built into static files (`npm start` serves
 * them beside the API; on AWS they go to the portal bucket behind CloudFront). Preact keeps the
 * first load small; every page is its own chunk, loaded when it is first shown.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    sourcemap: false,
    reportCompressedSize: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // The texts of one language, all areas together: one small file per language, loaded
          // when the language is chosen.
          groups: [
            {
              test: /[\\/]i18n[\\/][^\\/]+[\\/][a-z]{2}\.json$/,
              name: (id: string) => `texts-${/([a-z]{2})\.json$/.exec(id)?.[1] ?? 'x'}`,
            },
          ],
        },
      },
    },
  },
});
