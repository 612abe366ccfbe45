#!/usr/bin/env node
// `ringwire-bench` once installed, and ./bench.
import '../cli/bench';
