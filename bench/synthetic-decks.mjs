// Writes a synthetic content directory for ARCHDRILL_EXTRA_DECKS: a curriculum.toml and one
// NN-slug.toml deck per topic, CARDS cards in all, spread over 10 sections of 20 topics.
// Card text is short (~120 bytes a card) so that a 100,000-card build stays a sane size.
//
//   node bench/synthetic-decks.mjs <out-dir> <cards>
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const SECTIONS = 10;
const TOPICS_PER_SECTION = 20;

/** The id of card `c` of topic `t` in section `s`. */
const cardId = (s, t, c) => `synthetic-s${s}-t${t}-c${c}`;

/** Every topic of a `cards`-card collection as { s, t, count }, in curriculum order. */
function topics(cards) {
  const total = SECTIONS * TOPICS_PER_SECTION;
  return Array.from({ length: total }, (_, i) => ({
    s: Math.floor(i / TOPICS_PER_SECTION) + 1,
    t: (i % TOPICS_PER_SECTION) + 1,
    count: Math.floor((cards * (i + 1)) / total) - Math.floor((cards * i) / total),
  }));
}

/** The ids of every card of a `cards`-card collection, in curriculum order. */
export function syntheticCardIds(cards) {
  return topics(cards).flatMap(({ s, t, count }) => Array.from({ length: count }, (_, c) => cardId(s, t, c)));
}

/** The TOML of one deck: `count` cards of topic `t` in section `s`. */
function deck(s, t, count) {
  const cards = Array.from({ length: count }, (_, c) => `
[[card]]
id    = "${cardId(s, t, c)}"
front = "Synthetic card ${c} of *topic ${s}.${t}*: what does \`key-${c}\` map to?"
back  = "Value **${c * 7919 % 10007}**, seeded for the benchmark."
`).join('');
  return `section = "Synthetic section ${s}"\ntopic   = "Synthetic topic ${s}.${t}"\nsummary = "Benchmark cards"\n${cards}`;
}

/** The curriculum listing every synthetic section and topic. */
function curriculum() {
  let out = '# Synthetic benchmark content (bench/synthetic-decks.mjs); never committed.\n';
  for (let s = 1; s <= SECTIONS; s++) {
    out += `\n[[section]]\nname = "Synthetic section ${s}"\nsummary = "Benchmark cards"\n`;
    for (let t = 1; t <= TOPICS_PER_SECTION; t++) {
      out += `\n[[section.topic]]\nname = "Synthetic topic ${s}.${t}"\nsummary = "Benchmark cards"\n`;
    }
  }
  return out;
}

/** Writes `cards` synthetic cards into `dir` (replacing what was there). */
export async function writeSyntheticDecks(dir, cards) {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'curriculum.toml'), curriculum());
  for (const [i, { s, t, count }] of topics(cards).entries()) {
    await writeFile(join(dir, `${100 + i}-synthetic-s${s}-t${t}.toml`), deck(s, t, count));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, cards] = process.argv.slice(2);
  if (!dir || !(Number(cards) > 0)) {
    console.error('usage: node bench/synthetic-decks.mjs <out-dir> <cards>');
    process.exit(2);
  }
  await writeSyntheticDecks(dir, Number(cards));
}
