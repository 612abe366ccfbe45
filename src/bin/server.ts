#!/usr/bin/env -S node --max-semi-space-size=1
// `ringwire-server` once installed, and ./server (which copies this first line). The server's
// garbage lives for one batch: a 1 MiB young generation keeps its RSS close to the data it
// holds, at no cost in throughput (docs/BENCHMARKS.md, "Memory"). V8 sizes its heap before any
// script runs, so the flag has to be on node's command line: v8.setFlagsFromString is too late.
import '../cli/server';
