#!/usr/bin/env node
// Reads the JSON lines of scripts/ab-bench.sh or scripts/loadgen-ab.sh on stdin and prints, for
// each variant against BASELINE (a label), its per-round ratios of ops/s and of server CPU per
// operation, and their medians: the rounds' own spread is the noise to judge a ratio by.
// Needs `make` first (the median of make compare).
// Usage: scripts/loadgen-ab.sh 5 'one|...' 'two|...' | tee runs.jsonl | scripts/ab-ratios.js one
'use strict';
const { median } = require('../dist/src/bench/rounds.js');
const baseline = process.argv[2];
const lines = require('node:fs').readFileSync(0, 'utf8').split('\n');
const rounds = new Map();
for (const line of lines.filter((l) => l.startsWith('{'))) {
  const run = JSON.parse(line);
  if (!rounds.has(run.round)) rounds.set(run.round, new Map());
  rounds.get(run.round).set(run.label, run);
}
const variants = new Set([...rounds.values()].flatMap((round) => [...round.keys()]));
variants.delete(baseline);
for (const variant of variants) {
  const ops = [];
  const cpu = [];
  for (const round of rounds.values()) {
    const base = round.get(baseline);
    const run = round.get(variant);
    if (!base || !run) continue;
    ops.push(run.opsPerSec / base.opsPerSec);
    cpu.push(run.serverCpuUsPerOp / base.serverCpuUsPerOp);
  }
  const list = (ratios) => ratios.map((r) => r.toFixed(2)).join(', ');
  console.log(
    `${variant} vs ${baseline} (${ops.length} rounds): ops/s ${list(ops)} -> median ` +
      `${median(ops).toFixed(2)}; server CPU/op ${list(cpu)} -> median ${median(cpu).toFixed(3)}`,
  );
}
