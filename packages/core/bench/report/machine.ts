/** What a measurement ran on, and what else the machine was doing at the time. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg, totalmem } from 'node:os';

export interface Machine {
  readonly at: string;
  readonly cores: number;
  readonly cpu: string;
  readonly memoryGiB: number;
  readonly node: string;
  /** 1, 5 and 15-minute load averages. */
  readonly load: readonly [number, number, number];
  /** Other processes using 5% of a core or more when measured: `%cpu command`, cut short. */
  readonly busiest: readonly string[];
}

export function machine(): Machine {
  const [one, five, fifteen] = loadavg() as [number, number, number];
  return {
    at: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    cores: availableParallelism(),
    cpu: cpuModel(),
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    load: [one, five, fifteen],
    busiest: busiest(),
  };
}

function cpuModel(): string {
  try {
    return /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** The bench's own processes (vitest and its workers): not "what else was running". */
const OWN = /vitest\S* bench/;

/**
 * What was using 5% of a core or more just now: top's second sample (the first covers each
 * process's whole life), each process named by its command line, cut short.
 */
function busiest(): string[] {
  try {
    const frames = execFileSync('top', ['-b', '-n', '2', '-d', '0.5', '-o', '%CPU'], { encoding: 'utf8' });
    const rows = frames.slice(frames.lastIndexOf('\ntop -')).split('\n');
    const busy: string[] = [];
    for (const row of rows) {
      const [pid, , , , , , , , cpu] = row.trim().split(/\s+/);
      if (pid === undefined || !/^\d+$/.test(pid) || Number(cpu) < 5 || Number(pid) === process.pid) continue;
      const command = execFileSync('ps', ['-o', 'args=', '-p', pid], { encoding: 'utf8' }).trim().replace(/\s+/g, ' ');
      if (command === '' || OWN.test(command)) continue;
      busy.push(`${cpu}% ${command.length > 90 ? `${command.slice(0, 90)}…` : command}`);
    }
    return busy.slice(0, 5);
  } catch {
    return [];
  }
}
