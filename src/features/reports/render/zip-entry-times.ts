// The modification time of every entry of a zip file (an XLSX is one), set to a given wall-clock time.
// exceljs packs the workbook with JSZip, which stamps each entry with the time the file is written and
// offers no way to pass another: the only bytes that made two renderings of one report differ. The time
// sits in two fixed places per entry (PKWARE APPNOTE 6.3.10, §4.3.7 and §4.3.12), outside what the CRC-32
// covers, so it is rewritten in place; re-zipping with another library would mean a dependency and a
// second compression for two 16-bit fields.

/** A wall-clock time as zip entries keep it (MS-DOS: no time zone, even seconds, years 1980–2107). */
export interface ZipWallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
/** The end record is 22 bytes, followed by a comment of up to 65,535. */
const END_RECORD_SIZE = 22;
const MAX_COMMENT_SIZE = 0xffff;
const CENTRAL_HEADER_SIZE = 46;

/** A copy of the zip whose entries all say they were last modified at `clock`. */
export function withZipEntryTimes(zip: Buffer, clock: ZipWallClock): Buffer {
  if (clock.year < 1980 || clock.year > 2107)
    throw new RangeError(`A zip entry cannot carry the year ${clock.year}`);
  const dosTime = (clock.hour << 11) | (clock.minute << 5) | (clock.second >> 1);
  const dosDate = ((clock.year - 1980) << 9) | (clock.month << 5) | clock.day;
  const stamped = Buffer.from(zip);
  const end = endOfCentralDirectory(stamped);
  const entries = stamped.readUInt16LE(end + 10);
  let header = stamped.readUInt32LE(end + 16);
  for (let entry = 0; entry < entries; entry++) {
    if (
      header + CENTRAL_HEADER_SIZE > stamped.length ||
      stamped.readUInt32LE(header) !== CENTRAL_DIRECTORY_HEADER
    )
      throw new TypeError(`Zip central directory entry ${entry} is not where the directory says`);
    stamped.writeUInt16LE(dosTime, header + 12);
    stamped.writeUInt16LE(dosDate, header + 14);
    const local = stamped.readUInt32LE(header + 42);
    if (stamped.readUInt32LE(local) !== LOCAL_FILE_HEADER)
      throw new TypeError(`Zip entry ${entry} has no local header where the directory says`);
    stamped.writeUInt16LE(dosTime, local + 10);
    stamped.writeUInt16LE(dosDate, local + 12);
    const nameLength = stamped.readUInt16LE(header + 28);
    const extraLength = stamped.readUInt16LE(header + 30);
    const commentLength = stamped.readUInt16LE(header + 32);
    header += CENTRAL_HEADER_SIZE + nameLength + extraLength + commentLength;
  }
  return stamped;
}

/** Where the end-of-central-directory record starts: searched back from the end, past any comment. */
function endOfCentralDirectory(zip: Buffer): number {
  const lowest = Math.max(0, zip.length - END_RECORD_SIZE - MAX_COMMENT_SIZE);
  for (let offset = zip.length - END_RECORD_SIZE; offset >= lowest; offset--) {
    if (zip.readUInt32LE(offset) === END_OF_CENTRAL_DIRECTORY) return offset;
  }
  throw new TypeError('Not a zip file: no end-of-central-directory record');
}
