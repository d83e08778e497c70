import { eq, sql } from "drizzle-orm";
import { treeVersions } from "@/db/schema";
import type { Db } from "@/lib/db/client";

/**
 * In-process caches of tenant data (API keys, orgs, effective entitlements) share one generation
 * number. A write that any of them depends on goes through `writeTreeChange`, which increments
 * the root org's `tree_versions` row inside the transaction and the generation after it, so every
 * entry cached before the change is dropped before the writer returns. The state lives on
 * `globalThis` because the custom server and each Next bundle load their own copy of this module,
 * and a console edit must invalidate what the API cached.
 *
 * NOTE: with the default mode, only writes made by this process invalidate its caches. Set
 * TREE_CACHE_MODE=shared when several processes share one database: every cached read then costs
 * one primary-key query on `tree_versions` to detect changes made elsewhere.
 */
interface TreeCacheState {
  generation: number;
  /** Last `tree_versions.version` seen per root org, in shared mode only. */
  seenVersions: Map<string, number>;
}

const holder = globalThis as typeof globalThis & { __portalTreeCache?: TreeCacheState };
const state: TreeCacheState = (holder.__portalTreeCache ??= { generation: 0, seenVersions: new Map() });

// Past this many entries a map is cleared instead of grown; every entry can be read again.
const MAX_ENTRIES = 100_000;

export function cacheGeneration(): number {
  return state.generation;
}

/** Drops every cached entry of every map in this process. */
export function invalidateTreeCaches(): void {
  state.generation += 1;
}

// Read once: a lookup in process.env is slow enough to show on the decision path.
const sharedMode = process.env.TREE_CACHE_MODE === "shared";

export function isSharedMode(): boolean {
  return sharedMode;
}

/**
 * A map whose entries are valid only for the generation they were read in, kept apart per
 * database handle. Callers take the generation before reading the database, so that a change
 * committed during the read makes the stored entry stale at once.
 */
export class GenerationMap<V> {
  private readonly perDatabase = new WeakMap<Db, { generation: number; entries: Map<string, V> }>();

  get(db: Db, key: string): V | undefined {
    const slot = this.perDatabase.get(db);
    if (!slot || slot.generation !== state.generation) return undefined;
    return slot.entries.get(key);
  }

  set(db: Db, key: string, value: V, readInGeneration: number): void {
    if (readInGeneration !== state.generation) return;
    let slot = this.perDatabase.get(db);
    if (!slot || slot.generation !== state.generation || slot.entries.size >= MAX_ENTRIES) {
      slot = { generation: state.generation, entries: new Map() };
      this.perDatabase.set(db, slot);
    }
    slot.entries.set(key, value);
  }

  /** Returns the cached value of `key`, or loads and caches it; `undefined` results are not cached. */
  async getOrLoad(db: Db, key: string, load: () => Promise<V | undefined>): Promise<V | undefined> {
    const cached = this.get(db, key);
    if (cached !== undefined) return cached;
    const generation = state.generation;
    const value = await load();
    if (value !== undefined) this.set(db, key, value, generation);
    return value;
  }
}

/**
 * Runs `work` in a transaction that also increments the version of the tree under `rootId`, then
 * invalidates this process's caches. The invalidation runs even when the transaction fails,
 * because a commit whose acknowledgement was lost may still have changed data.
 */
export async function writeTreeChange<T>(db: Db, rootId: string, work: (tx: Db) => Promise<T>): Promise<T> {
  try {
    return await db.transaction(async (tx) => {
      const result = await work(tx);
      await bumpTreeVersion(tx, rootId);
      return result;
    });
  } finally {
    invalidateTreeCaches();
  }
}

/** Increments the version of the tree under `rootId`; call it inside the transaction of the change. */
export async function bumpTreeVersion(tx: Db, rootId: string): Promise<void> {
  await tx
    .insert(treeVersions)
    .values({ rootId, version: 1 })
    .onConflictDoUpdate({ target: treeVersions.rootId, set: { version: sql`${treeVersions.version} + 1` } });
}

/**
 * In shared mode, reads the version of the tree under `rootId` and invalidates the caches when
 * another process changed it since the last read. Does nothing in the default mode.
 */
export async function syncTreeVersion(db: Db, rootId: string): Promise<void> {
  if (!isSharedMode()) return;
  const [row] = await db
    .select({ version: treeVersions.version })
    .from(treeVersions)
    .where(eq(treeVersions.rootId, rootId))
    .limit(1);
  const version = row?.version ?? 0;
  // A root seen for the first time also invalidates: entries of it may predate this check.
  if (state.seenVersions.get(rootId) !== version) invalidateTreeCaches();
  state.seenVersions.set(rootId, version);
}
