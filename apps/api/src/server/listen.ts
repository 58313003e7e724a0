import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { RunningServer } from "./options.js";

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}

/**
 * The RunningServer of an HTTP server already listening on `port`: more ports serving the same handler, and a
 * close that ends those and then `stop` (Apollo's drain plugin closes the first server).
 */
export function runningServer(handler: Handler, port: number, host: string, stop: () => Promise<void>): RunningServer {
  const extraServers: Server[] = [];
  return {
    port,
    url: `http://${host === "127.0.0.1" || host === "0.0.0.0" ? "localhost" : host}:${port}`,
    async listenAlso(otherPort: number) {
      const server = createServer(handler);
      const actual = await listen(server, otherPort, host);
      extraServers.push(server);
      return actual;
    },
    async close() {
      for (const server of extraServers) {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
      await stop();
    },
  };
}
