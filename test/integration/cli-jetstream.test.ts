import { spawnWithJetStream } from '../helpers/processes';

// The CLI suite again, every ./server keeping its rings in NATS JetStream (--store nats://).
spawnWithJetStream();
require('./cli.test');
