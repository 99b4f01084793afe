// Search benchmark in Node.js: NewsLens's wasm build beside MiniSearch and FlexSearch, on the
// documents and queries that `cargo bench -p newslens-core --bench search` wrote to
// target/bench/. Prints a Markdown table: index build time, query latency p50/p95, results.
// Run through `cargo xtask bench-search`, which prepares everything.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

const require = createRequire(import.meta.url);
const [benchDir] = process.argv.slice(2);
const MiniSearch = require("minisearch");
const { Index } = require("flexsearch");
const { Bench } = require(`${benchDir}/wasm/newslens_bench_wasm.js`);

const queries = JSON.parse(readFileSync(`${benchDir}/queries.json`, "utf8"));
const percentile = (sorted, p) => sorted[Math.round((sorted.length - 1) * p)];

function time(fn, runs) {
  const times = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = fn();
    times.push((performance.now() - start) * 1000);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), p95: percentile(times, 0.95), result };
}

const engines = {
  "NewsLens (wasm)": {
    build: (docs) => new Bench(JSON.stringify(docs)),
    query: (index, q) => index.search(q.prefix ? `${q.q}*` : q.fuzzy ? `${q.q}~` : q.q),
  },
  MiniSearch: {
    build: (docs) => {
      const index = new MiniSearch({ fields: ["text"], idField: "id" });
      index.addAll(docs.map((text, id) => ({ id, text })));
      return index;
    },
    query: (index, q) => index.search(q.q, { combineWith: "AND", prefix: q.prefix, fuzzy: q.fuzzy ? 0.2 : false }).length,
  },
  FlexSearch: {
    build: (docs) => {
      const index = new Index({ tokenize: "forward" });
      docs.forEach((text, id) => index.add(id, text));
      return index;
    },
    // FlexSearch has no fuzzy search; its "forward" tokenizer makes every word a prefix query.
    query: (index, q) => index.search(q.q, { limit: 100000, suggest: false }).length,
  },
};

console.log("| engine | docs | build ms | query | p50 µs | p95 µs | results |");
console.log("|---|---|---|---|---|---|---|");
for (const n of [5, 1000, 10000]) {
  const docs = JSON.parse(readFileSync(`${benchDir}/docs-${n}.json`, "utf8"));
  for (const [name, engine] of Object.entries(engines)) {
    const start = performance.now();
    const index = engine.build(docs);
    const build = performance.now() - start;
    for (const q of queries) {
      const label = q.prefix ? `${q.q}*` : q.fuzzy ? `${q.q}~` : q.q;
      const { p50, p95, result } = time(() => engine.query(index, q), n === 10000 ? 30 : 100);
      console.log(`| ${name} | ${n} | ${build.toFixed(0)} | \`${label}\` | ${p50.toFixed(0)} | ${p95.toFixed(0)} | ${result} |`);
    }
  }
}
