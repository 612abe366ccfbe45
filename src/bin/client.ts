#!/usr/bin/env node
// `ringwire` once installed, and ./client.
import '../cli/client';
