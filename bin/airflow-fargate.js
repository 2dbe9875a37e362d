#!/usr/bin/env node
// The CLI: the same library as the actions, bundled into cli/dist (npm run build).
const { main } = require('../cli/dist/index.js');

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
