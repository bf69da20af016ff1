// Structural check of an OLE compound file ([MS-CFB]) before msgreader reads it.
// msgreader follows sector chains and the directory tree with no loop checks: one FAT
// entry pointing back makes it spin forever, and a sibling pointer pointing back grows
// an array until memory runs out. This walks the same chains and tree once, each sector
// and entry at most once (linear in the file size), and fails as 'corrupt' on loops,
// shared sectors, chains that leave the file and streams longer than their chains.
import { CrackFailed } from '../failure.ts';

/** Sector numbers above this are markers (end of chain, free, FAT, DIFAT): a chain ends there. */
const LAST_REGULAR_SECTOR = 0xfffffffa;
const NOSTREAM = 0xffffffff;
const HEADER_FAT_SLOTS = 109;
const ENTRY_SIZE = 128;
const MINI_SECTOR = 64;
/** Streams below this size live in the mini stream (fixed by [MS-CFB], as msgreader assumes). */
const MINI_CUTOFF = 4096;
const TYPE_STORAGE = 1;
const TYPE_STREAM = 2;
const TYPE_ROOT = 5;

const damaged = (why: string): CrackFailed =>
  new CrackFailed('corrupt', `This Outlook message is damaged (${why}).`);

interface Entry {
  type: number;
  left: number;
  right: number;
  child: number;
  start: number;
  size: number;
}

export function checkCompoundFile(bytes: Uint8Array): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (offset: number): number => {
    if (offset + 4 > bytes.byteLength) throw damaged('the file is cut short');
    return view.getUint32(offset, true);
  };
  if (bytes.byteLength < 512) throw damaged('the file is shorter than its header');
  // Version 4 files use 4096-byte sectors (shift 12), version 3 files 512; msgreader decides the same way.
  const sectorSize = view.getUint8(0x1e) === 12 ? 4096 : 512;
  const sectorCount = Math.ceil(bytes.byteLength / sectorSize) - 1; // the header fills sector -1
  const offsetOf = (sector: number): number => (sector + 1) * sectorSize;
  const perSector = sectorSize / 4;

  // The FAT's own sectors: the first 109 listed in the header, the rest in DIFAT sectors.
  const fatCount = u32(0x2c);
  if (fatCount > sectorCount) throw damaged('its sector table is larger than the file');
  const fatSectors: number[] = [];
  for (let i = 0; i < Math.min(fatCount, HEADER_FAT_SLOTS); i += 1)
    fatSectors.push(u32(0x4c + i * 4));
  let difat = u32(0x44);
  for (let n = u32(0x48); n > 0 && fatSectors.length < fatCount; n -= 1) {
    if (difat >= sectorCount) throw damaged('its sector table points past the end of the file');
    for (let i = 0; i < perSector - 1 && fatSectors.length < fatCount; i += 1) {
      fatSectors.push(u32(offsetOf(difat) + i * 4));
    }
    difat = u32(offsetOf(difat) + (perSector - 1) * 4);
  }

  const fatNext = (sector: number): number => {
    const fat = fatSectors[Math.floor(sector / perSector)];
    if (fat === undefined || fat >= sectorCount)
      throw damaged('a sector is missing from its table');
    return u32(offsetOf(fat) + (sector % perSector) * 4);
  };
  const used = new Uint8Array(sectorCount);
  /** Sectors of one chain; each sector may belong to one chain only, so loops end here. */
  const chain = (start: number, next: (s: number) => number, owner: Uint8Array): number[] => {
    const sectors: number[] = [];
    for (let s = start; s <= LAST_REGULAR_SECTOR; s = next(s)) {
      if (s >= owner.length) throw damaged('a sector chain points past the end of the file');
      if (owner[s]) throw damaged('a sector chain loops or overlaps another');
      owner[s] = 1;
      sectors.push(s);
    }
    return sectors;
  };

  const directory = chain(u32(0x30), fatNext, used);
  const entries: Entry[] = [];
  for (const sector of directory) {
    for (let at = offsetOf(sector); at < offsetOf(sector) + sectorSize; at += ENTRY_SIZE) {
      entries.push({
        type: view.getUint8(at + 0x42),
        left: u32(at + 0x44),
        right: u32(at + 0x48),
        child: u32(at + 0x4c),
        start: u32(at + 0x74),
        size: u32(at + 0x78),
      });
    }
  }
  const root = entries[0];
  if (root?.type !== TYPE_ROOT) throw damaged('its directory has no root entry');

  // The directory tree: siblings (left/right) and, for storages, their children.
  const seen = new Uint8Array(entries.length);
  const pending = [root.child];
  seen[0] = 1;
  while (pending.length) {
    const index = pending.pop()!;
    if (index === NOSTREAM) continue;
    const entry = entries[index];
    if (!entry) throw damaged('its directory points to a missing entry');
    if (seen[index]) throw damaged('its directory tree loops');
    seen[index] = 1;
    // msgreader ignores the pointers of free entries, which may be stale.
    if (entry.type === TYPE_STORAGE || entry.type === TYPE_STREAM || entry.type === TYPE_ROOT) {
      pending.push(entry.left, entry.right);
    }
    if (entry.type === TYPE_STORAGE) pending.push(entry.child);
  }

  // The mini stream (the root entry's data) holds the small streams in 64-byte sectors,
  // chained by the mini FAT. msgreader walks the root's chain whatever its size says; an
  // empty root's start may be a stale 0, so that chain is only checked for loops.
  const miniStream = chain(root.start, fatNext, root.size > 0 ? used : new Uint8Array(sectorCount));
  const miniFat = u32(0x40) > 0 ? chain(u32(0x3c), fatNext, used) : [];
  const miniCount = Math.min(
    Math.ceil(root.size / MINI_SECTOR),
    (miniStream.length * sectorSize) / MINI_SECTOR,
  );
  const miniNext = (sector: number): number => {
    const fat = miniFat[Math.floor(sector / perSector)];
    if (fat === undefined) throw damaged('a small stream is missing from its table');
    return u32(offsetOf(fat) + (sector % perSector) * 4);
  };
  const usedMini = new Uint8Array(miniCount);

  // Only streams in the tree are ever read; free entries may keep stale values.
  for (const [index, entry] of entries.entries()) {
    if (!seen[index] || entry.type !== TYPE_STREAM || entry.size === 0) continue;
    const small = entry.size < MINI_CUTOFF;
    const sectors = small
      ? chain(entry.start, miniNext, usedMini)
      : chain(entry.start, fatNext, used);
    if (sectors.length * (small ? MINI_SECTOR : sectorSize) < entry.size) {
      throw damaged('a stream is longer than the sectors that hold it');
    }
  }
}
