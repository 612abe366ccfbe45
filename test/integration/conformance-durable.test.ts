import { startWithDataDirectories } from '../helpers/server';

// The conformance suite again, every server keeping its rings in a data dir (--data-dir).
startWithDataDirectories();
require('./conformance.test');
