import { startGrpcServer } from './grpc';

// The gRPC service of `make compare`, as a process of its own (so its CPU time can be read).
void startGrpcServer(0, 100_000).then((port) =>
  process.stdout.write(`grpc listening on ${port}\n`),
);
