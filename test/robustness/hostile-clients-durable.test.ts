import { spawnWithDataDirectories } from '../helpers/processes';

// The hostile-client battery again, against a server that keeps its rings in a data dir.
spawnWithDataDirectories();
require('./hostile-clients.test');
