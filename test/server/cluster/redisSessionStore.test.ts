import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  LeaseLostError,
  openRedisSessionStore,
  type RedisSessionStore,
} from "../../../src/server/cluster/redisSessionStore";
import { hasRedisServer, type RedisProcess, startRedis } from "../support/redisProcess";

const META = {
  id: "0123456789ab",
  scenario: "push-until-yes",
  contentHash: "hash",
  seed: "1",
  roster: [],
  approvalRequired: false,
  createdAt: "2026-12-03T00:00:00.000Z",
};

describe.skipIf(!hasRedisServer())("the Redis session store", () => {
  let redis: RedisProcess | undefined;
  let store: RedisSessionStore;

  beforeAll(async () => {
    redis = await startRedis();
    store = await openRedisSessionStore(redis.url);
    await store.createSession(META, [
      { token: "t-facilitator", grant: { session: META.id, audience: "facilitator" }, revoked: false },
    ]);
  }, 30_000);
  afterAll(async () => {
    await store?.close();
    await redis?.stop();
  });

  it("keeps every write fsynced before it answers", async () => {
    expect(await store.ensureDurability()).toBeUndefined();
    expect(await store.client.configGet("append*")).toMatchObject({
      appendonly: "yes",
      appendfsync: "always",
    });
  });

  it("lets one node at a time hold a session, and a stale owner append nothing once the lease moved", async () => {
    const first = await store.acquireLease(META.id, "node-a", 200);
    expect(first?.fence).toBe(1);
    expect(await store.acquireLease(META.id, "node-b", 200)).toBeUndefined();
    await store.append(first as NonNullable<typeof first>, 0, "r1", [{ op: "start" }]);

    await new Promise((resolve) => setTimeout(resolve, 300));
    const second = await store.acquireLease(META.id, "node-b", 5000);
    expect(second?.fence).toBe(2);
    expect(await store.leaseHolder(META.id)).toBe("node-b");
    await expect(
      store.append(first as NonNullable<typeof first>, 1, "r2", [{ op: "advance", minutes: 5 }]),
    ).rejects.toBeInstanceOf(LeaseLostError);
    expect(await store.renewLease(first as NonNullable<typeof first>, 5000)).toBe(false);

    await store.append(second as NonNullable<typeof second>, 1, "r3", [{ op: "advance", minutes: 10 }]);
    await expect(
      store.append(second as NonNullable<typeof second>, 1, "r4", [{ op: "pause" }]),
    ).rejects.toThrow(/POSITION taken/);
    const read = await store.read(META.id);
    expect(read?.entries).toEqual([
      { op: { op: "start" }, fence: 1, request: "r1" },
      { op: { op: "advance", minutes: 10 }, fence: 2, request: "r3" },
    ]);
  });

  it("revokes a token for every node at once", async () => {
    expect((await store.findToken("t-facilitator"))?.revoked).toBe(false);
    await store.revokeToken("t-facilitator");
    expect((await store.tokensOf(META.id)).map((token) => token.revoked)).toEqual([true]);
  });
});
