/*
 * Canonical JSON: object keys sorted by code unit, no whitespace, `undefined` members dropped.
 * Two sources that validate to the same rule set (YAML or JSON, any key order, comments or not)
 * give the same text, so the same digest.
 *
 * It is written member by member into chunks of a few KiB: the digest of a catalogue of thousands
 * of items hashes each chunk as it is written, so neither the whole text (tens of MiB) nor its
 * UTF-8 copy is ever built, and no sorted copy of any object is made (JSON.stringify with a
 * replacer that sorted copies of every object was twice as slow, and made as much garbage).
 */

/**
 * The canonical JSON of a value, as one string.
 *
 * @param value - any value
 * @returns the text; for a top-level `undefined`, function or symbol, `undefined` (as JSON.stringify)
 * @throws TypeError on NaN or an infinity, and on a bigint
 * @example canonicalJson({ b: 1, a: [true, null] }) // '{"a":[true,null],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  // A scalar is its JSON text, as JSON.stringify writes it (undefined for undefined).
  if (value === null || typeof value !== 'object') return primitive(value) as string;
  const chunks: string[] = [];
  writeCanonicalJson(value, (chunk) => {
    // Reading a character makes V8 flatten the chunk now, while its many small pieces are still
    // young garbage; kept as ropes until the end they would be promoted and collected slowly.
    chunk.charCodeAt(0);
    chunks.push(chunk);
  });
  return chunks.join('');
}

/**
 * Writes the canonical JSON of `value` as a sequence of chunks; their concatenation is
 * {@link canonicalJson}. A chunk always ends between two tokens, never inside a string, so each
 * can be encoded to UTF-8 on its own.
 *
 * @param value - any value; a top-level `undefined`, function or symbol writes nothing
 * @param emit - called with each chunk, in order
 * @param options - {@link WriteCanonicalJsonOptions}
 * @throws TypeError on NaN or an infinity (canonical JSON has none), and on a bigint
 */
export function writeCanonicalJson(
  value: unknown,
  emit: (chunk: string) => void,
  options: WriteCanonicalJsonOptions = {},
): void {
  if (value === null || typeof value !== 'object') {
    const text = primitive(value);
    if (text !== undefined) emit(text);
    return;
  }
  const writer = new ChunkWriter(emit, options.visit);
  writer.write(value);
  writer.end();
}

export interface WriteCanonicalJsonOptions {
  /**
   * Called with every object and array as the writer reaches it, before its members. The loader
   * freezes the rule set here, in the walk the digest makes anyway, instead of in a second one.
   */
  readonly visit?: (value: object) => void;
}

/**
 * About how long a chunk grows before it is emitted: large enough that hashing it costs little per
 * call, small enough that its pieces die young (16 Ki measured a little faster than 64 Ki).
 */
const CHUNK_LENGTH = 1 << 14;

/** The most quoted keys one walk remembers. */
const MAX_MEMBER_NAMES = 4096;

/**
 * The member-by-member writer. It follows the definition exactly, including for values plain data
 * never holds: an array's hole writes nothing between its commas, an `undefined` entry writes
 * `null`, a function or symbol member writes `undefined`, and objects with `toJSON` (a `Date`) are
 * written as their own enumerable members, not as `toJSON` returns.
 */
class ChunkWriter {
  private text = '';
  /**
   * Each key seen in this walk, quoted and followed by its colon: a rule set uses a few dozen keys
   * hundreds of thousands of times. The writer's own, so it goes with the walk; bounded all the
   * same, for data with a key per record.
   */
  private readonly memberNames = new Map<string, string>();

  constructor(
    private readonly emit: (chunk: string) => void,
    private readonly visit: ((value: object) => void) | undefined,
  ) {}

  /** Writes an object or an array. */
  write(value: object): void {
    if (this.visit !== undefined) this.visit(value);
    if (Array.isArray(value)) {
      this.array(value);
      return;
    }
    const record = value as Record<string, unknown>;
    const keys = sortedKeys(record);
    this.text += '{';
    let first = true;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      const member = record[key];
      if (member === undefined) continue;
      this.text += first ? this.memberName(key) : `,${this.memberName(key)}`;
      first = false;
      if (member !== null && typeof member === 'object') this.write(member);
      else this.text += primitive(member) ?? 'undefined';
    }
    this.text += '}';
    if (this.text.length >= CHUNK_LENGTH) this.flush();
  }

  end(): void {
    this.flush();
  }

  private array(list: readonly unknown[]): void {
    this.text += '[';
    for (let i = 0; i < list.length; i++) {
      if (i > 0) this.text += ',';
      if (!(i in list)) continue;
      const entry = list[i];
      if (entry !== null && typeof entry === 'object') this.write(entry);
      else this.text += entry === undefined ? 'null' : (primitive(entry) ?? '');
    }
    this.text += ']';
    if (this.text.length >= CHUNK_LENGTH) this.flush();
  }

  private memberName(key: string): string {
    let quoted = this.memberNames.get(key);
    if (quoted === undefined) {
      quoted = `${JSON.stringify(key)}:`;
      if (this.memberNames.size < MAX_MEMBER_NAMES) this.memberNames.set(key, quoted);
    }
    return quoted;
  }

  private flush(): void {
    if (this.text.length === 0) return;
    this.emit(this.text);
    this.text = '';
  }
}

/** A scalar's JSON text; undefined for what JSON has no text for (undefined, a function, a symbol). */
function primitive(value: unknown): string | undefined {
  if (typeof value === 'number' && !Number.isFinite(value))
    throw new TypeError('canonical JSON has no NaN or Infinity');
  return JSON.stringify(value) as string | undefined;
}

/**
 * The object's own enumerable keys in code-unit order (not JS enumeration order, which puts
 * integer-like keys such as band `"10"` first). Sorted in place by insertion: objects in a rule set
 * have a handful of keys, often already in order.
 */
function sortedKeys(record: Record<string, unknown>): string[] {
  const keys = Object.keys(record);
  for (let i = 1; i < keys.length; i++) {
    const key = keys[i] as string;
    let j = i - 1;
    if ((keys[j] as string) <= key) continue;
    while (j >= 0 && (keys[j] as string) > key) {
      keys[j + 1] = keys[j] as string;
      j--;
    }
    keys[j + 1] = key;
  }
  return keys;
}
