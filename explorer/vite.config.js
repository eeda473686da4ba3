import { defineConfig } from 'vite';

// The page is served by PolicyGraph at / and its bundles at /assets/ (relative links, so a
// context path works too). Nothing is loaded from elsewhere at run time.
export default defineConfig({
  base: './',
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    emptyOutDir: true,
    target: 'es2020',
    chunkSizeWarningLimit: 1200,
    // the gzip sizes in the build's report cost seconds on every Maven build
    reportCompressedSize: false,
  },
});
