#ifndef EXPO_PACKED_CATALOGUE_H
#define EXPO_PACKED_CATALOGUE_H

#include <stddef.h>
#include <stdint.h>

/// A packed catalogue: a compiled catalogue's SQLite file cut into chunks of `chunk_size` bytes,
/// each compressed, read in place through the SQLite VFS "expo-packed" (read-only).
///
/// Layout (integers little-endian):
///   header, 64 bytes: magic "Expo packed v2\0\0" (16), chunk size u32, CRC-32 of the plain file
///     u32, logical size u64 (a multiple of 512), chunk count u64, index offset u64, zero padding;
///   the chunks, one after another, each the XXH3 hash of its plain bytes (u64) and an LZ4 block
///     (both checked at every read);
///   the index at `index offset`: chunk count + 1 offsets u64 (the last one is the index offset).
/// Format 1 ("Expo packed v1\0\0", written by earlier releases, still read) is the same but for the
/// chunks: each a zlib stream (zlib's checksum checked at every read).

#define EXPO_PACKED_MAGIC "Expo packed v2\0\0"
#define EXPO_PACKED_MAGIC_V1 "Expo packed v1\0\0"
#define EXPO_PACKED_MAGIC_LENGTH 16
#define EXPO_PACKED_HEADER_LENGTH 64

/// The VFS's name, for a URI's `vfs=` parameter.
#define EXPO_PACKED_VFS "expo-packed"

/// Registers the VFS (once; later calls do nothing). Returns an SQLite result code.
int expo_packed_register(void);

/// Stores `length` bytes of `input` (16 MB at most) as a chunk of `format` in `output` (of `capacity`
/// bytes, `expo_packed_bound`): format 2, the XXH3 hash and an LZ4 block at LZ4HC's `level`; format 1,
/// a zlib stream at zlib's `level`. Returns the stored length, 0 on failure.
size_t expo_packed_compress(int format, const uint8_t *input, size_t length, uint8_t *output, size_t capacity,
                            int level);

/// The most bytes `expo_packed_compress` may need for `length` bytes in `format`.
size_t expo_packed_bound(int format, size_t length);

/// Checks a packed file's header and index: 0 when sound, else a message in `message`
/// (of `capacity` bytes) and -1.
int expo_packed_check(const char *path, char *message, size_t capacity);

/// Writes the plain SQLite file of the packed catalogue `source` to `destination` (created; it must
/// not exist): byte for byte the file that was packed (every chunk and the whole file's CRC-32
/// checked). 0 when done; -1 and a message when the source is damaged or unreadable; -2 and a
/// message when the destination cannot be written. With `destination` NULL, only checks.
int expo_packed_unpack(const char *source, const char *destination, char *message, size_t capacity);

/// The `n`th last file a query found damaged (0: the last; one entry per file, 8 at most) and its
/// chunk ("chunk 3 of 249 is damaged"): 1, or 0 when there is no such entry.
int expo_packed_damage(int n, char *path, size_t path_capacity, char *reason, size_t reason_capacity);

/// The CRC-32 of `length` bytes after `crc` (zlib's; start with 0).
uint32_t expo_packed_crc(uint32_t crc, const uint8_t *bytes, size_t length);

/// The CRC-32 of two consecutive pieces from theirs (the second `length2` bytes long).
uint32_t expo_packed_crc_combine(uint32_t crc1, uint32_t crc2, uint64_t length2);

#endif
