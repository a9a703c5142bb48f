import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A web server on the loopback address that answers as the sites sources point at do, and what it was asked. */
export interface FakeRemote {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Every request, in order: method, path and user agent. */
  requests: { method: string; path: string; userAgent: string }[];
  /** The most requests it had in flight at once since it started or was last reset. */
  mostAtOnce: () => number;
  resetMostAtOnce: () => void;
  close: () => Promise<void>;
}

/** How long `/slow` takes to answer, in milliseconds. */
export const SLOW_MS = 700;

/**
 * Starts the fake remote. Paths: `/ok` 200; `/head-refused` 405 to HEAD, 200 to GET; `/moved` 301 to `/ok`;
 * `/chain` 308 to `/moved`; `/temporary` 302 to `/ok`; `/loop` 301 to itself; `/gone` 404; `/broken` 500; `/slow`
 * 200 after SLOW_MS; `/silent` never answers; `/busy/<n>` 200 after 150 ms (to count requests in flight).
 */
export async function startFakeRemote(): Promise<FakeRemote> {
  const requests: FakeRemote["requests"] = [];
  const open = new Set<ServerResponse>();
  let inFlight = 0;
  let most = 0;
  const answer = (request: IncomingMessage, response: ServerResponse) => {
    const path = request.url ?? "/";
    requests.push({ method: request.method ?? "", path, userAgent: request.headers["user-agent"] ?? "" });
    inFlight++;
    most = Math.max(most, inFlight);
    response.on("close", () => {
      inFlight--;
      open.delete(response);
    });
    open.add(response);
    const send = (status: number, location?: string) => {
      response.writeHead(status, location ? { location } : {});
      response.end(request.method === "HEAD" ? undefined : "body");
    };
    if (path === "/ok") send(200);
    else if (path === "/head-refused") send(request.method === "HEAD" ? 405 : 200);
    else if (path === "/moved") send(301, "/ok");
    else if (path === "/chain") send(308, "/moved");
    else if (path === "/temporary") send(302, "/ok");
    else if (path === "/loop") send(301, "/loop");
    else if (path === "/gone") send(404);
    else if (path === "/broken") send(500);
    else if (path === "/slow") setTimeout(() => send(200), SLOW_MS);
    else if (path.startsWith("/busy/")) setTimeout(() => send(200), 150);
    else if (path !== "/silent") send(404);
  };
  const server: Server = createServer(answer);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    mostAtOnce: () => most,
    resetMostAtOnce: () => {
      most = inFlight;
    },
    close: () =>
      new Promise((resolve) => {
        for (const response of open) response.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
