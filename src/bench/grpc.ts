import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { elapsedUs, newLatencyHistogram, report, type LoadReport } from './latency';

// The gRPC service and its load driver for `make compare`: an in-memory ring behind unary
// Set and Get calls, driven like ./bench drives ringwire (connections, calls in flight).

const PROTO = join(__dirname, '..', '..', '..', 'src', 'bench', 'grpc-bench.proto');

interface RingClient extends grpc.Client {
  Set(request: { payload: Buffer }, callback: (error: grpc.ServiceError | null) => void): void;
  Get(request: { count: number }, callback: (error: grpc.ServiceError | null) => void): void;
}

function loadService(): grpc.ServiceClientConstructor {
  const definition = protoLoader.loadSync(PROTO, { longs: Number });
  const pkg = grpc.loadPackageDefinition(definition) as unknown as {
    ringwire: { bench: { Ring: grpc.ServiceClientConstructor } };
  };
  return pkg.ringwire.bench.Ring;
}

/** Starts the service on 127.0.0.1; resolves with its port. */
export async function startGrpcServer(port: number, capacity: number): Promise<number> {
  const Ring = loadService();
  const ring: { seq: number; timestampMs: number; sender: string; payload: Buffer }[] = [];
  let nextSeq = 1;
  const server = new grpc.Server();
  server.addService(Ring.service, {
    Set: (
      call: grpc.ServerUnaryCall<{ payload: Buffer }, unknown>,
      callback: grpc.sendUnaryData<unknown>,
    ) => {
      const seq = nextSeq++;
      ring.push({
        seq,
        timestampMs: Date.now(),
        sender: call.getPeer(),
        payload: Buffer.from(call.request.payload),
      });
      if (ring.length > capacity) ring.shift();
      callback(null, { seq });
    },
    Get: (
      call: grpc.ServerUnaryCall<{ count: number }, unknown>,
      callback: grpc.sendUnaryData<unknown>,
    ) => {
      callback(null, { messages: ring.slice(-Math.max(1, call.request.count)) });
    },
  });
  return new Promise((resolve, reject) =>
    server.bindAsync(
      `127.0.0.1:${port}`,
      grpc.ServerCredentials.createInsecure(),
      (error, bound) => (error ? reject(error) : resolve(bound)),
    ),
  );
}

export interface GrpcLoadOptions {
  port: number;
  clients: number;
  inFlight: number;
  durationMs: number;
  op: 'set' | 'get';
  size: number;
  count: number;
}

/** Drives the service: `clients` channels, each with `inFlight` calls outstanding. */
export async function runGrpcLoad(options: GrpcLoadOptions): Promise<LoadReport> {
  const Ring = loadService();
  const latencyUs = newLatencyHistogram();
  const payload = Buffer.alloc(options.size, 0x78);
  // A channel each, as ringwire gets a connection each.
  const clients = Array.from(
    { length: options.clients },
    () =>
      new Ring(`127.0.0.1:${options.port}`, grpc.credentials.createInsecure(), {
        'grpc.use_local_subchannel_pool': 1,
      }) as unknown as RingClient,
  );
  let answered = 0;
  let errors = 0;
  const started = performance.now();
  const deadline = started + options.durationMs;
  await Promise.all(
    clients.flatMap((client) =>
      Array.from({ length: options.inFlight }, async () => {
        while (performance.now() < deadline) {
          const sent = performance.now();
          await new Promise<void>((resolve) => {
            const done = (error: grpc.ServiceError | null): void => {
              if (error) errors++;
              answered++;
              latencyUs.recordValue(elapsedUs(sent, performance.now()));
              resolve();
            };
            if (options.op === 'set') client.Set({ payload }, done);
            else client.Get({ count: options.count }, done);
          });
        }
      }),
    ),
  );
  const durationMs = performance.now() - started;
  for (const client of clients) client.close();
  return report(latencyUs, { requests: answered, errors, errorCodes: {} }, durationMs);
}
