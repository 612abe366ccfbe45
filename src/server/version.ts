import packageJson from '../../package.json';

/** What clients see as server_version. */
export const SERVER_VERSION: string = packageJson.version;
