// ESLint for the pages' scripts: plain browser scripts (no modules, no build step), inlined one
// after another into each page, so the shared ones define globals the others use.
const js = require('@eslint/js');
const globals = require('globals');

module.exports = [
  js.configs.recommended,
  {
    files: ['src/main/resources/dev/flightpath/reporters/web/**/*.js'],
    languageOptions: {
      ecmaVersion: 2019,
      sourceType: 'script',
      globals: {
        ...globals.browser,
        FlightpathFormat: 'readonly',
        FlightpathNarrow: 'readonly'
      }
    },
    rules: {
      'no-redeclare': ['error', { builtinGlobals: false }],
      eqeqeq: ['error', 'smart'],
      'no-var': 'off'
    }
  },
  {
    files: ['src/main/resources/dev/flightpath/reporters/web/format.js',
      'src/main/resources/dev/flightpath/reporters/web/narrow.js'],
    rules: { 'no-unused-vars': ['error', { varsIgnorePattern: '^Flightpath' }] }
  }
];
