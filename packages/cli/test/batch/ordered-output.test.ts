import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { openFileSink } from '../../src/batch/file-sink.js';
import { createOrderedWriter } from '../../src/batch/ordered-writer.js';
import type { LineSink } from '../../src/batch/sink.js';
import { SinkError } from '../../src/batch/sink.js';
import { streamSink } from '../../src/batch/stream-sink.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const dir = mkdtempSync(join(tmpdir(), 'cailiang-batch-out-'));

/** A sink that records writes, slowly, and can be told to fail from the n-th write. */
function memorySink(failFrom = Infinity): LineSink & { readonly text: () => string } {
  const writes: Uint8Array[] = [];
  return {
    name: 'memory',
    write: async (data) => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      if (writes.length + 1 >= failFrom) throw new SinkError('ENOSPC', 'no space left on device');
      writes.push(data);
    },
    close: async () => undefined,
    text: () => Buffer.concat(writes).toString('utf8'),
  };
}

describe('createOrderedWriter', () => {
  it('writes chunks in id order whatever order they arrive in', async () => {
    const sink = memorySink();
    const writer = createOrderedWriter(sink);
    writer.put(2, bytes('{"c":3}\n'), 1);
    writer.put(0, bytes('{"a":1}\n'), 1);
    writer.put(3, bytes('{"d":4}\n'), 1);
    writer.put(1, bytes('{"b":2}\n'), 1);
    await writer.finish();
    expect(sink.text()).toBe('{"a":1}\n{"b":2}\n{"c":3}\n{"d":4}\n');
    expect(writer.written).toBe(4);
  });

  it('holds the reader back while too many bytes wait to be written', async () => {
    const writer = createOrderedWriter(memorySink(), { highWaterBytes: 10 });
    writer.put(0, bytes('0123456789abcdef\n'), 1);
    let ready = false;
    const waiting = writer.ready().then(() => (ready = true));
    expect(ready).toBe(false);
    await waiting;
    expect(ready).toBe(true);
  });

  it('stops at the first write error and reports it from ready() and finish()', async () => {
    const sink = memorySink(2);
    const writer = createOrderedWriter(sink);
    writer.put(0, bytes('{"a":1}\n'), 1);
    writer.put(1, bytes('{"b":2}\n'), 1);
    writer.put(2, bytes('{"c":3}\n'), 1);
    await expect(writer.finish()).rejects.toMatchObject({ code: 'ENOSPC' });
    await expect(writer.ready()).rejects.toBeInstanceOf(SinkError);
    expect(sink.text()).toBe('{"a":1}\n');
    expect(writer.written).toBe(1);
  });
});

describe('openFileSink', () => {
  it('continues a file after the bytes kept, cutting off what followed', async () => {
    const path = join(dir, 'resume.ndjson');
    writeFileSync(path, '{"a":1}\n{"b":2}\n{"c":');
    const sink = await openFileSink(path, 16);
    await sink.write(bytes('{"c":3}\n'));
    await sink.close();
    expect(readFileSync(path, 'utf8')).toBe('{"a":1}\n{"b":2}\n{"c":3}\n');
  });

  it.skipIf(!existsSync('/dev/full'))('reports a full disk (/dev/full) as ENOSPC', async () => {
    const sink = await openFileSink('/dev/full', 0);
    await expect(sink.write(bytes('{"a":1}\n'))).rejects.toMatchObject({ name: 'SinkError', code: 'ENOSPC' });
    await sink.close();
  });
});

describe('streamSink', () => {
  it('turns a closed pipe (EPIPE) into a failed write, not a crash', async () => {
    const stream = new Writable({
      write: (_chunk, _encoding, callback) => callback(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' })),
    });
    const sink = streamSink(stream, 'stdout');
    await expect(sink.write(bytes('{"a":1}\n'))).rejects.toMatchObject({ code: 'EPIPE' });
    await expect(sink.write(bytes('{"b":2}\n'))).rejects.toMatchObject({ code: 'EPIPE' });
  });
});
