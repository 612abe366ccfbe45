import { startWithJetStream } from '../helpers/server';

// The rings suite again, every server keeping its rings in NATS JetStream (--store nats://).
startWithJetStream();
require('./rings.test');
