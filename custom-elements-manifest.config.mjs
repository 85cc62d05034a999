// Custom Elements Manifest: generated from the JSDoc on the element classes (`npm run manifest`).
export default {
  globs: ['components/*/*.ts'],
  exclude: ['components/**/*.test.ts', 'components/internal/test-helpers.ts', 'components/internal/attribute-properties.ts', 'components/**/*.styles.ts', 'components/**/*.messages.ts', 'components/vite.config.ts', 'components/index.ts', 'components/cdn.ts'],
  // Committed beside the elements (the demo's API tables read it); the build copies it to dist/.
  outdir: 'components',
  litelement: true,
  packagejson: false,
};
