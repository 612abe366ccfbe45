import { startWithJetStream } from '../helpers/server';

// The client suite again, every server keeping its rings in NATS JetStream (--store nats://).
startWithJetStream();
require('./client.test');
