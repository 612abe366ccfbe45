import { startWithJetStream } from '../helpers/server';

// The conformance suite again, every server keeping its rings in NATS JetStream (--store nats://).
startWithJetStream();
require('./conformance.test');
