export { RingwireServer } from './server';
export { DEFAULT_SERVER_OPTIONS, type RingDeclaration, type ServerOptions } from './options';
export { stderrLogger, SILENT_LOGGER, type Logger } from './logger';
