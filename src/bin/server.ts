#!/usr/bin/env -S node --max-semi-space-size=1 --no-allocation-site-pretenuring
// `ringwire-server` once installed, and ./server (which copies this first line). The server's
// garbage lives for one batch: a 1 MiB young generation keeps its RSS close to the data it
// holds, at no cost in throughput (docs/BENCHMARKS.md, "Memory"). Without pretenuring, V8
// cannot decide early on (from a few batches that outlived a collection) to allocate a
// request-path object in the old generation: such a decision sticks, keeps each batch's young
// garbage alive, and costs a third more CPU per request with a mark-compact every 100 ms
// (docs/BENCHMARKS.md, "Page faults"). V8 sizes its heap before any script runs, so these
// flags have to be on node's command line: v8.setFlagsFromString is too late.
import '../cli/server';
