import fs from "node:fs";
import os from "node:os";

/** The machine a benchmark ran on, from Node and /proc/cpuinfo. */
export function describeMachine(): string {
  let cpu = os.cpus()[0]?.model ?? "unknown";
  try {
    const line = fs.readFileSync("/proc/cpuinfo", "utf8").split("\n").find((text) => text.startsWith("model name"));
    if (line) cpu = line.split(":")[1]?.trim() ?? cpu;
  } catch {
    // /proc/cpuinfo exists only on Linux; os.cpus() is the fallback.
  }
  const memoryGiB = (os.totalmem() / 1024 ** 3).toFixed(1);
  return `${os.availableParallelism()} CPUs (nproc), ${memoryGiB} GiB memory, CPU model "${cpu}", ${os.type()} ${os.release()}, Node ${process.version}`;
}

export function percentile(samples: number[], fraction: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN;
}
