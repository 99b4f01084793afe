// Analysis throughput in Node.js: NewsLens's wasm `analyze` beside wink-nlp (with
// wink-eng-lite-web-model: tokens, sentences, entities) and compromise (people, places,
// organisations) on the same text, the bundled corpus repeated to at least 5 MB. Also the
// memory after building the search index over the corpus and over 10,000 documents.
// Prints JSON lines; `cargo xtask bench` turns them into the table.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

const require = createRequire(import.meta.url);
const [benchDir] = process.argv.slice(2);
const newslens = require(`${benchDir}/wasm/newslens_bench_wasm.js`);
const winkNLP = require("wink-nlp");
const model = require("wink-eng-lite-web-model");
const nlp = require("compromise");

const corpus = JSON.parse(readFileSync(`${benchDir}/docs-5.json`, "utf8"));
const bytes = corpus.reduce((n, t) => n + Buffer.byteLength(t), 0);
const repeats = Math.ceil((5 * 1024 * 1024) / bytes);
const total = bytes * repeats;

function mbPerSecond(analyse) {
  const rates = [];
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    for (let r = 0; r < repeats; r++) for (const text of corpus) analyse(text);
    rates.push(total / 1e6 / ((performance.now() - start) / 1000));
  }
  rates.sort((a, b) => a - b);
  return rates[1];
}

const wink = winkNLP(model);
const its = wink.its;
const engines = {
  "NewsLens (wasm)": (text) => newslens.analyze_text(text),
  "wink-nlp": (text) => wink.readDoc(text).entities().out(its.detail).length,
  compromise: (text) => {
    const doc = nlp(text);
    return doc.people().length + doc.places().length + doc.organizations().length;
  },
};
for (const [engine, analyse] of Object.entries(engines)) {
  console.log(JSON.stringify({ kind: "throughput", engine, mb: total / 1e6, mbps: mbPerSecond(analyse) }));
}

for (const n of [5, 10000]) {
  const docs = JSON.parse(readFileSync(`${benchDir}/docs-${n}.json`, "utf8"));
  global.gc?.();
  const bench = new newslens.Bench(JSON.stringify(docs));
  global.gc?.();
  const heap = process.memoryUsage().heapUsed;
  console.log(JSON.stringify({ kind: "memory", docs: n, js_heap: heap, wasm: newslens.memory_bytes(), alive: bench.search("troops") >= 0 }));
}
