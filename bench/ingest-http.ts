import { percentile } from "./machine";

export interface HttpIngestResult {
  batches: number;
  events: number;
  concurrency: number;
  seconds: number;
  eventsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
}

const ACTIVITY_MIX = ["speech", "speech", "script", "mastering", "sound"];

/** Request bodies of `batches` batches of `batchSize` events in the last hour, built before timing. */
function buildBodies(prefix: string, batches: number, batchSize: number): string[] {
  const now = Date.now();
  return Array.from({ length: batches }, (_, batch) =>
    JSON.stringify({
      events: Array.from({ length: batchSize }, (_, index) => ({
        idempotencyKey: `${prefix}-${batch}-${index}`,
        activity: ACTIVITY_MIX[(batch + index) % ACTIVITY_MIX.length],
        credits: `${index % 3}.${String((index * 7919) % 1_000_000).padStart(6, "0")}`,
        quantity: 1 + (index % 3),
        occurredAt: new Date(now - ((batch * batchSize + index) * 997) % 3_600_000).toISOString(),
        voice: index % 2 === 0 ? "aria" : null,
        metadata: { jobId: `job-${batch}-${index}` },
      })),
    }),
  );
}

/**
 * Posts batches over HTTP from `concurrency` concurrent fetch loops (Node's built-in fetch), each
 * batch as one of `childIds` through x-assume-org, and returns the throughput of the timed part.
 */
export async function benchHttpIngest(
  baseUrl: string,
  apiKey: string,
  childIds: string[],
  options: { batches: number; batchSize: number; concurrency: number; warmupBatches: number; keyPrefix: string },
): Promise<HttpIngestResult> {
  const post = async (body: string, batch: number) => {
    const started = performance.now();
    const response = await fetch(`${baseUrl}/api/v1/usage/events`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-api-key": apiKey, "x-assume-org": childIds[batch % childIds.length] ?? "" },
      body,
    });
    const text = await response.text();
    if (response.status !== 201) throw new Error(`batch ${batch} returned ${response.status}: ${text.slice(0, 300)}`);
    return performance.now() - started;
  };

  const warmup = buildBodies(`warmup-${options.keyPrefix}`, options.warmupBatches, options.batchSize);
  for (const [batch, body] of warmup.entries()) await post(body, batch);

  const bodies = buildBodies(`timed-${options.keyPrefix}`, options.batches, options.batchSize);
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (next < bodies.length) {
        const batch = next++;
        latencies.push(await post(bodies[batch] ?? "", batch));
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const events = options.batches * options.batchSize;
  return {
    batches: options.batches,
    events,
    concurrency: options.concurrency,
    seconds,
    eventsPerSecond: events / seconds,
    p50Ms: percentile(latencies, 0.5),
    p95Ms: percentile(latencies, 0.95),
  };
}
