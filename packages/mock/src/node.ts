// `@enterprise-center/mock/node`: the fake backend over real HTTP, for Node only (the package
// root stays free of Node imports so that it runs in browsers).
export {
  serveFakeBackend,
  type FakeBackendServer,
  type ServeFakeBackendOptions,
} from './server/serve-fake-backend.js';
export { main, type CliIo, type CliResult } from './server/cli.js';
