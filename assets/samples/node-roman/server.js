'use strict';
// Prints the Roman numeral of each argument (or of a few built-in years), then how many it wrote.
const { toRoman } = require('./lib/roman');

const args = process.argv.slice(2);
const numbers = args.length > 0 ? args.map(Number) : [1969, 1989, 2001, 2026];
for (const n of numbers) {
  console.log(`${n} = ${toRoman(n)}`);
}
console.log(`${numbers.length} numeral(s), node ${process.versions.node.split('.')[0]}`);
