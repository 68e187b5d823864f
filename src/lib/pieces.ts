// The build's steps that read every built page read them a piece at a time, through one buffer they share: the booklet
// of a large guide is a page of tens of megabytes (61 MB at 2,000 chapters), which a whole read would hold in memory
// once per step, and the thousands of small pages would each cost an allocation of their own.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { once } from 'node:events';
import { createGzip } from 'node:zlib';

/** Bytes read at a time: most pages fit in one piece, and a piece is small beside what the build holds. */
export const PIECE = 1 << 20;

/** A buffer of one piece, for a step to share among the pages it reads. */
export function pieceBuffer(): Buffer {
  return Buffer.alloc(PIECE);
}

/**
 * The bytes of `file` from `start` to `end` (its end by default), a piece at a time, each read into `buffer`: a piece
 * is a view that the next one overwrites, to be used before the next is asked for.
 */
export function* filePieces(file: string, buffer: Buffer, start = 0, end = Infinity): Generator<Uint8Array> {
  const fd = openSync(file, 'r');
  try {
    const last = Math.min(end, fstatSync(fd).size);
    for (let at = start; at < last; ) {
      const read = readSync(fd, buffer, 0, Math.min(buffer.length, last - at), at);
      if (read === 0) throw new Error(`${file} : le fichier a raccourci pendant sa lecture (${at} octets lus sur ${last})`);
      at += read;
      yield buffer.subarray(0, read);
    }
  } finally {
    closeSync(fd);
  }
}

/** Whether the bytes of `file` hold `text` (as UTF-8), read through `buffer`, which must be longer than the text. */
export function fileIncludes(file: string, text: string, buffer: Buffer): boolean {
  const sought = Buffer.from(text);
  if (sought.length === 0) return true;
  if (buffer.length <= sought.length) throw new Error(`tampon de ${buffer.length} octets trop court pour chercher « ${text} »`);
  const fd = openSync(file, 'r');
  try {
    // the bytes kept from the last piece, where a text cut between two pieces begins
    let kept = 0;
    for (;;) {
      const read = readSync(fd, buffer, kept, buffer.length - kept, null);
      if (read === 0) return false;
      const held = kept + read;
      if (buffer.subarray(0, held).indexOf(sought) !== -1) return true;
      kept = Math.min(sought.length - 1, held);
      buffer.copy(buffer, 0, held - kept, held);
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Bytes that gzip at level 6 makes of the pieces, in order, as gzipSync makes of them joined: deflate's output does not
 * depend on how its input is cut. Each piece is compressed before the next is asked for, so pieces may share a buffer.
 */
export async function gzipLength(pieces: Iterable<Uint8Array>): Promise<number> {
  const gzip = createGzip({ level: 6 });
  let length = 0;
  gzip.on('data', (chunk: Buffer) => {
    length += chunk.length;
  });
  const ended = once(gzip, 'end');
  for (const piece of pieces) {
    await new Promise<void>((resolve, reject) => gzip.write(piece, (error) => (error ? reject(error) : resolve())));
  }
  gzip.end();
  await ended;
  return length;
}
