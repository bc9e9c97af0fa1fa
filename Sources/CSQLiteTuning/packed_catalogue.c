#include "packed_catalogue.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <lz4.h>
#include <lz4hc.h>
#include <zlib.h>
// xxHash's functions compiled in here (static inline): no library to link.
#define XXH_INLINE_ALL
#include <xxhash.h>

// A read-only SQLite VFS over a packed catalogue (see packed_catalogue.h). The main database
// file is read chunk by chunk, each chunk decoded into a cache of recent chunks; every other
// file (a statement's temporary files) is opened by the default VFS, to which the VFS's other
// methods are passed on.

/// Bytes of decoded chunks kept per open file at most (their pages made as chunks are read; SQLite
/// reads pages in place from them). At a million products, the search benchmark's median per
/// keystroke with 64 MB: 1.4 ms, p95 6.3 ms (the plain file's 2.1 / 17.7 ms); zlib chunks took
/// 1.3-2.7 ms with 64 MB and 0.9-1.0 ms with 128 MB. The guide's budget for memory at a million
/// products is 150 MB (88 MB at its peak with a packed file, 25 MB with the plain one).
#define CACHE_BYTES (64u << 20)

static uint32_t get32(const uint8_t *p) {
  return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) | ((uint32_t)p[3] << 24);
}

static uint64_t get64(const uint8_t *p) { return (uint64_t)get32(p) | ((uint64_t)get32(p + 4) << 32); }

static int read_fully(int fd, void *buffer, size_t length, uint64_t offset) {
  uint8_t *out = buffer;
  while (length > 0) {
    ssize_t n = pread(fd, out, length, (off_t)offset);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return -1;
    out += n;
    length -= (size_t)n;
    offset += (uint64_t)n;
  }
  return 0;
}

typedef struct {
  int format;  // 1 or 2 (the magic's)
  uint32_t chunk_size;
  uint32_t crc;  // of the whole plain file
  uint64_t logical_size;
  uint64_t chunk_count;
  uint64_t index_offset;
  uint64_t *offsets;  // chunk_count + 1; NULL when read chunk by chunk (the VFS's)
} PackedIndex;

/// The plain length of chunk `c` (the last one may be short).
static uint32_t plain_length(const PackedIndex *index, uint64_t c) {
  uint64_t start = c * index->chunk_size;
  uint64_t left = index->logical_size - start;
  return left < index->chunk_size ? (uint32_t)left : index->chunk_size;
}

/// The most bytes a chunk of `length` plain bytes may take as stored in `format`.
static uint64_t stored_bound(int format, uint32_t length) {
  return format == 1 ? (uint64_t)compressBound(length) : 8 + (uint64_t)LZ4_compressBound((int)length);
}

/// Decodes a stored chunk (`size` bytes) into `plain`, which must come out `length` bytes long;
/// its CRC-32 in `crc` (when not NULL). 0, or -1 when the chunk is damaged: a v1 chunk whose zlib
/// stream or checksum fails, a v2 chunk whose LZ4 block does not decode to `length` bytes or whose
/// bytes do not match the XXH3 hash stored before the block.
static int decode(int format, const uint8_t *stored, uint64_t size, uint8_t *plain, uint32_t length, uint32_t *crc) {
  if (format == 1) {
    uLongf inflated = length;
    if (uncompress(plain, &inflated, stored, (uLong)size) != Z_OK || inflated != length) return -1;
    if (crc) *crc = (uint32_t)crc32(0, plain, length);
    return 0;
  }
  if (size < 8 || size - 8 > (uint64_t)INT32_MAX) return -1;
  int decoded = LZ4_decompress_safe((const char *)stored + 8, (char *)plain, (int)(size - 8), (int)length);
  if (decoded < 0 || (uint32_t)decoded != length || XXH3_64bits(plain, length) != get64(stored)) return -1;
  if (crc) *crc = (uint32_t)crc32(0, plain, length);
  return 0;
}

/// A message, and -1: what `expo_packed_unpack` says of the source.
static int fail(char *message, size_t capacity, const char *text) {
  if (message && capacity > 0) snprintf(message, capacity, "%s", text);
  return -1;
}

/// A message, and -2: what `expo_packed_unpack` says of the destination.
#define OUTPUT_FAILED(message, capacity, text) (fail((message), (capacity), (text)) - 1)

/// Reads and checks the header and, unless `lazy`, the index of the packed file open as `fd` (a lazy
/// reader reads a chunk's offsets when it reads the chunk: `chunk`).
static int read_index(int fd, PackedIndex *index, int lazy, char *message, size_t capacity) {
  memset(index, 0, sizeof(*index));
  struct stat info;
  if (fstat(fd, &info) != 0) return fail(message, capacity, "cannot read the file's size");
  uint64_t file_size = (uint64_t)info.st_size;
  uint8_t header[EXPO_PACKED_HEADER_LENGTH];
  if (file_size < EXPO_PACKED_HEADER_LENGTH || read_fully(fd, header, sizeof header, 0) != 0)
    return fail(message, capacity, "shorter than a packed catalogue's header (64 bytes)");
  int format = memcmp(header, EXPO_PACKED_MAGIC, EXPO_PACKED_MAGIC_LENGTH) == 0      ? 2
               : memcmp(header, EXPO_PACKED_MAGIC_V1, EXPO_PACKED_MAGIC_LENGTH) == 0 ? 1
                                                                                     : 0;
  if (format == 0)
    return fail(message, capacity,
                "not a packed catalogue (its first bytes are not \"Expo packed v2\" nor \"Expo packed v1\")");
  uint32_t chunk_size = get32(header + 16);
  uint32_t crc = get32(header + 20);
  uint64_t logical_size = get64(header + 24);
  uint64_t chunk_count = get64(header + 32);
  uint64_t index_offset = get64(header + 40);
  if (chunk_size < 512 || chunk_size > (1u << 24) || (chunk_size & (chunk_size - 1)) != 0)
    return fail(message, capacity, "the header's chunk size is not a power of two from 512 bytes to 16 MB");
  // (A SQLite file is a whole number of pages, 512 bytes at least.)
  if (logical_size == 0 || logical_size > (1ull << 46) || logical_size % 512 != 0
      || chunk_count != (logical_size + chunk_size - 1) / chunk_size)
    return fail(message, capacity, "the header's sizes disagree (plain size, chunk size and chunk count)");
  if (index_offset < EXPO_PACKED_HEADER_LENGTH || index_offset > file_size
      || (file_size - index_offset) / 8 != chunk_count + 1 || (file_size - index_offset) % 8 != 0)
    return fail(message, capacity, "truncated or extended: the chunk index does not end the file");
  if (lazy) {
    *index = (PackedIndex){format, chunk_size, crc, logical_size, chunk_count, index_offset, NULL};
    return 0;
  }
  uint64_t *offsets = malloc((size_t)(chunk_count + 1) * sizeof(uint64_t));
  uint8_t *raw = malloc((size_t)(chunk_count + 1) * 8);
  if (!offsets || !raw) {
    free(offsets);
    free(raw);
    return fail(message, capacity, "out of memory reading the chunk index");
  }
  if (read_fully(fd, raw, (size_t)(chunk_count + 1) * 8, index_offset) != 0) {
    free(offsets);
    free(raw);
    return fail(message, capacity, "cannot read the chunk index");
  }
  for (uint64_t i = 0; i <= chunk_count; i++) offsets[i] = get64(raw + i * 8);
  free(raw);
  PackedIndex found = {format, chunk_size, crc, logical_size, chunk_count, index_offset, offsets};
  int sound = offsets[0] == EXPO_PACKED_HEADER_LENGTH && offsets[chunk_count] == index_offset;
  for (uint64_t i = 0; sound && i < chunk_count; i++) {
    // (A chunk is never longer than its codec's bound for its plain length.)
    sound = offsets[i + 1] > offsets[i] && offsets[i + 1] - offsets[i] <= stored_bound(format, plain_length(&found, i));
  }
  if (!sound) {
    free(offsets);
    return fail(message, capacity, "the chunk index is damaged (offsets out of order or out of the file)");
  }
  *index = found;
  return 0;
}

int expo_packed_check(const char *path, char *message, size_t capacity) {
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return fail(message, capacity, strerror(errno));
  PackedIndex index;
  int status = read_index(fd, &index, 0, message, capacity);
  close(fd);
  free(index.offsets);
  return status;
}

/// Decodes chunks [first, last) of the file open as `fd`, writing them to `out` when it is not
/// -1; their combined CRC-32 in `crc`. 0, or -1 (the source) / -2 (the output) with a message.
static int decode_range(int fd, const PackedIndex *index, uint64_t first, uint64_t last, int out, uint32_t *crc,
                         char *message, size_t capacity) {
  uint8_t *stored = malloc((size_t)stored_bound(index->format, index->chunk_size));
  uint8_t *plain = malloc(index->chunk_size);
  int status = (!stored || !plain) ? fail(message, capacity, "out of memory") : 0;
  *crc = 0;
  for (uint64_t c = first; status == 0 && c < last; c++) {
    uint32_t length = plain_length(index, c);
    uint64_t size = index->offsets[c + 1] - index->offsets[c];
    uint32_t chunk_crc = 0;
    if (read_fully(fd, stored, (size_t)size, index->offsets[c]) != 0) {
      status = fail(message, capacity, "cannot read a chunk");
    } else if (decode(index->format, stored, size, plain, length, &chunk_crc) != 0) {
      char text[96];
      snprintf(text, sizeof text, "chunk %llu of %llu is damaged", (unsigned long long)c + 1,
               (unsigned long long)index->chunk_count);
      status = fail(message, capacity, text);
    }
    if (status == 0) *crc = (uint32_t)crc32_combine(*crc, chunk_crc, (z_off_t)length);
    for (size_t done = 0; status == 0 && out >= 0 && done < length;) {
      ssize_t n = write(out, plain + done, length - done);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) status = OUTPUT_FAILED(message, capacity, strerror(errno));
      else done += (size_t)n;
    }
  }
  free(stored);
  free(plain);
  return status;
}

typedef struct {
  int fd;
  const PackedIndex *index;
  uint64_t first, last;
  uint32_t crc;
  int status;
  char message[128];
} CheckPart;

static void *check_part(void *argument) {
  CheckPart *part = argument;
  part->status = decode_range(part->fd, part->index, part->first, part->last, -1, &part->crc, part->message,
                               sizeof part->message);
  return NULL;
}

/// Decodes every chunk on every core (a check needs no order but the checksum's); the combined
/// CRC-32 in `crc`.
static int check_all(int fd, const PackedIndex *index, uint32_t *crc, char *message, size_t capacity) {
  long cores = sysconf(_SC_NPROCESSORS_ONLN);
  uint64_t count = cores < 1 ? 1 : (uint64_t)(cores > 16 ? 16 : cores);
  if (count > index->chunk_count) count = index->chunk_count;
  CheckPart parts[16];
  pthread_t threads[16];
  int started[16] = {0};
  for (uint64_t i = 0; i < count; i++) {
    parts[i] = (CheckPart){fd, index, index->chunk_count * i / count, index->chunk_count * (i + 1) / count, 0, 0, ""};
    started[i] = i > 0 && pthread_create(&threads[i], NULL, check_part, &parts[i]) == 0;
    if (i > 0 && !started[i]) check_part(&parts[i]);
  }
  check_part(&parts[0]);
  for (uint64_t i = 1; i < count; i++)
    if (started[i]) pthread_join(threads[i], NULL);
  *crc = 0;
  for (uint64_t i = 0; i < count; i++) {
    if (parts[i].status != 0) return fail(message, capacity, parts[i].message);
    uint64_t length = 0;
    for (uint64_t c = parts[i].first; c < parts[i].last; c++) length += plain_length(index, c);
    *crc = (uint32_t)crc32_combine(*crc, parts[i].crc, (z_off_t)length);
  }
  return 0;
}

int expo_packed_unpack(const char *source, const char *destination, char *message, size_t capacity) {
  int fd = open(source, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return fail(message, capacity, strerror(errno));
  PackedIndex index;
  if (read_index(fd, &index, 0, message, capacity) != 0) {
    close(fd);
    return -1;
  }
  int status = 0;
  int out = -1;
  if (destination) {
    out = open(destination, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (out < 0) status = OUTPUT_FAILED(message, capacity, strerror(errno));
  }
  uint32_t crc = 0;
  if (status == 0) {
    status = destination ? decode_range(fd, &index, 0, index.chunk_count, out, &crc, message, capacity)
                         : check_all(fd, &index, &crc, message, capacity);
  }
  // (Chunks in another order decode well: the whole file's
  // checksum tells.)
  if (status == 0 && crc != index.crc)
    status = fail(message, capacity, "its contents do not match its checksum (chunks changed or out of order)");
  if (out >= 0 && status == 0 && fsync(out) != 0) status = OUTPUT_FAILED(message, capacity, strerror(errno));
  if (out >= 0) close(out);
  free(index.offsets);
  close(fd);
  return status;
}

uint32_t expo_packed_crc(uint32_t crc, const uint8_t *bytes, size_t length) {
  return (uint32_t)crc32(crc, bytes, (uInt)length);
}

uint32_t expo_packed_crc_combine(uint32_t crc1, uint32_t crc2, uint64_t length2) {
  return (uint32_t)crc32_combine(crc1, crc2, (z_off_t)length2);
}

size_t expo_packed_bound(int format, size_t length) { return (size_t)stored_bound(format, (uint32_t)length); }

size_t expo_packed_compress(int format, const uint8_t *input, size_t length, uint8_t *output, size_t capacity,
                            int level) {
  if (length > (1u << 24)) return 0;
  if (format == 1) {
    uLongf written = (uLongf)capacity;
    if (compress2(output, &written, input, (uLong)length, level) != Z_OK) return 0;
    return (size_t)written;
  }
  if (format != 2 || capacity < 8) return 0;
  uint64_t hash = XXH3_64bits(input, length);
  for (int i = 0; i < 8; i++) output[i] = (uint8_t)(hash >> (8 * i));
  int written = LZ4_compress_HC((const char *)input, (char *)output + 8, (int)length,
                                (int)(capacity - 8 > INT32_MAX ? INT32_MAX : capacity - 8), level);
  return written > 0 ? (size_t)written + 8 : 0;
}

// MARK: The VFS

typedef struct {
  sqlite3_file base;
  int fd;
  PackedIndex index;
  uint32_t slot_count;
  uint8_t *arena;       // the slots' memory, reserved at open, its pages made as slots are first used
  size_t arena_bytes;
  int64_t *slot_chunk;  // the chunk in each slot, -1 for none
  uint8_t *referenced;  // the clock's bits
  uint32_t *pins;       // per slot: pages of it SQLite holds (xFetch) and not yet given back (xUnfetch)
  uint8_t *spare;       // a chunk read when every slot is pinned (not kept), allocated then
  uint32_t *where;      // per chunk: its slot + 1, 0 when not cached (calloc'd: pages never read stay unmade)
  uint32_t hand;
  uint8_t *scratch;  // a chunk as stored
  pthread_mutex_t lock;
  const char *name;  // SQLite's, valid until the file is closed
} PackedFile;

static sqlite3_vfs *underlying;

/// The last chunks found damaged while queries read them, newest first, in words: SQLite says only
/// "disk I/O error", the program says which file and chunk. One per file (a damaged file found
/// again replaces its entry), the 8 files last found.
#define DAMAGE_RECORDS 8
static struct {
  char path[4096];
  char reason[128];
} damages[DAMAGE_RECORDS];
static int damage_count;
static pthread_mutex_t damage_lock = PTHREAD_MUTEX_INITIALIZER;

int expo_packed_damage(int n, char *path, size_t path_capacity, char *reason, size_t reason_capacity) {
  pthread_mutex_lock(&damage_lock);
  int found = n >= 0 && n < damage_count;
  if (found && path && path_capacity > 0) snprintf(path, path_capacity, "%s", damages[n].path);
  if (found && reason && reason_capacity > 0) snprintf(reason, reason_capacity, "%s", damages[n].reason);
  pthread_mutex_unlock(&damage_lock);
  return found;
}

/// Frees what an open packed file holds (any of it may be NULL) and closes its descriptor.
static void release(PackedFile *p) {
  if (p->arena) munmap(p->arena, p->arena_bytes);
  free(p->slot_chunk);
  free(p->referenced);
  free(p->where);
  free(p->pins);
  free(p->spare);
  free(p->scratch);
  free(p->index.offsets);
  close(p->fd);
}

static int packed_close(sqlite3_file *file) {
  PackedFile *p = (PackedFile *)file;
  release(p);
  pthread_mutex_destroy(&p->lock);
  return SQLITE_OK;
}

/// Records that chunk `c` of the open file `p` failed a read ("chunk 3 of 249 is damaged"), for
/// `expo_packed_damage`.
static void record_damage(const PackedFile *p, uint64_t c, const char *what) {
  const char *name = p->name ? p->name : "";
  pthread_mutex_lock(&damage_lock);
  // This file's entry (or the oldest) moved to the front.
  int at = 0;
  while (at < damage_count && strcmp(damages[at].path, name) != 0) at++;
  if (at == damage_count) at = damage_count < DAMAGE_RECORDS ? damage_count++ : DAMAGE_RECORDS - 1;
  memmove(&damages[1], &damages[0], (size_t)at * sizeof damages[0]);
  snprintf(damages[0].path, sizeof damages[0].path, "%s", name);
  snprintf(damages[0].reason, sizeof damages[0].reason, "chunk %llu of %llu %s", (unsigned long long)c + 1,
           (unsigned long long)p->index.chunk_count, what);
  pthread_mutex_unlock(&damage_lock);
}

/// The slot holding chunk `c`, decoded if it was not cached (into the spare when every slot is
/// pinned); NULL on an error, its SQLite code in `error` (offsets out of order, a chunk that does not
/// decode to its length or whose hash or zlib checksum fails: SQLITE_IOERR_DATA).
static const uint8_t *chunk(PackedFile *p, uint64_t c, int *error) {
  *error = SQLITE_IOERR_READ;
  uint32_t known = p->where[c];
  if (known > 0) {
    p->referenced[known - 1] = 1;
    return p->arena + (size_t)(known - 1) * p->index.chunk_size;
  }
  // The clock: the first slot neither pinned nor referenced since the hand last passed it (two
  // turns at most; when every slot is pinned, the chunk is read into the spare, not kept).
  uint32_t slot = UINT32_MAX;
  for (uint64_t step = 0; step < 2 * (uint64_t)p->slot_count + 1; step++) {
    uint32_t at = p->hand;
    p->hand = (p->hand + 1) % p->slot_count;
    if (p->pins[at] > 0) continue;
    if (!p->referenced[at]) {
      slot = at;
      break;
    }
    p->referenced[at] = 0;
  }
  uint8_t *memory;
  if (slot == UINT32_MAX) {
    if (!p->spare) p->spare = malloc(p->index.chunk_size);
    if (!p->spare) return NULL;
    memory = p->spare;
  } else {
    if (p->slot_chunk[slot] >= 0) p->where[p->slot_chunk[slot]] = 0;
    p->slot_chunk[slot] = -1;
    memory = p->arena + (size_t)slot * p->index.chunk_size;
  }
  uint32_t plain = plain_length(&p->index, c);
  // The chunk's two offsets, from the index at the end of the file; offsets out of order or out
  // of the chunks' part of the file are damage, as a chunk that does not decode is.
  // A read that fails (the file cut short since it was opened) is named as that chunk's too.
  uint8_t pair[16];
  int read = read_fully(p->fd, pair, sizeof pair, p->index.index_offset + c * 8) == 0;
  uint64_t start = read ? get64(pair) : 0, end = read ? get64(pair + 8) : 0;
  uint64_t stored = end - start;
  int sound = start >= EXPO_PACKED_HEADER_LENGTH && end > start && end <= p->index.index_offset
              && stored <= stored_bound(p->index.format, plain);
  if (read && sound) read = read_fully(p->fd, p->scratch, (size_t)stored, start) == 0;
  if (!read) {
    record_damage(p, c, "cannot be read: the file is shorter than its header and index say");
    return NULL;
  }
  if (!sound || decode(p->index.format, p->scratch, stored, memory, plain, NULL) != 0) {
    *error = SQLITE_IOERR_DATA;
    record_damage(p, c, "is damaged");
    return NULL;
  }
  if (slot == UINT32_MAX) return memory;
  p->slot_chunk[slot] = (int64_t)c;
  p->where[c] = slot + 1;
  p->referenced[slot] = 1;
  return memory;
}

static int packed_read(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset) {
  PackedFile *p = (PackedFile *)file;
  uint8_t *out = buffer;
  uint64_t at = (uint64_t)offset;
  size_t left = (size_t)amount;
  int status = SQLITE_OK;
  pthread_mutex_lock(&p->lock);
  while (left > 0) {
    if (at >= p->index.logical_size) {
      memset(out, 0, left);
      status = SQLITE_IOERR_SHORT_READ;
      break;
    }
    uint64_t c = at / p->index.chunk_size;
    uint32_t within = (uint32_t)(at % p->index.chunk_size);
    int error;
    const uint8_t *data = chunk(p, c, &error);
    if (!data) {
      status = error;
      break;
    }
    size_t n = plain_length(&p->index, c) - within;
    if (n > left) n = left;
    memcpy(out, data + within, n);
    out += n;
    at += n;
    left -= n;
  }
  pthread_mutex_unlock(&p->lock);
  return status;
}

static int packed_write(sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset) {
  (void)file, (void)buffer, (void)amount, (void)offset;
  return SQLITE_READONLY;
}

static int packed_truncate(sqlite3_file *file, sqlite3_int64 size) {
  (void)file, (void)size;
  return SQLITE_READONLY;
}

static int packed_sync(sqlite3_file *file, int flags) {
  (void)file, (void)flags;
  return SQLITE_OK;
}

static int packed_file_size(sqlite3_file *file, sqlite3_int64 *size) {
  *size = (sqlite3_int64)((PackedFile *)file)->index.logical_size;
  return SQLITE_OK;
}

static int packed_lock(sqlite3_file *file, int level) {
  (void)file, (void)level;
  return SQLITE_OK;
}

static int packed_check_reserved(sqlite3_file *file, int *out) {
  (void)file;
  *out = 0;
  return SQLITE_OK;
}

static int packed_file_control(sqlite3_file *file, int op, void *arg) {
  (void)file, (void)op, (void)arg;
  return SQLITE_NOTFOUND;
}

static int packed_sector_size(sqlite3_file *file) {
  (void)file;
  return 4096;
}

static int packed_device(sqlite3_file *file) {
  (void)file;
  return SQLITE_IOCAP_IMMUTABLE;
}

/// A page in place (SQLite's memory-mapped reads, `PRAGMA mmap_size`): a pointer into the slot
/// holding its chunk, which stays pinned until `packed_unfetch` (SQLite neither copies the page nor
/// allocates a buffer for it). *pp is NULL, for SQLite to read the page instead, when the page
/// straddles chunks or every slot is pinned.
static int packed_fetch(sqlite3_file *file, sqlite3_int64 offset, int amount, void **pp) {
  PackedFile *p = (PackedFile *)file;
  *pp = NULL;
  uint64_t at = (uint64_t)offset;
  uint64_t c = at / p->index.chunk_size;
  uint32_t within = (uint32_t)(at % p->index.chunk_size);
  if (offset < 0 || amount <= 0 || at >= p->index.logical_size || within + (uint64_t)amount > plain_length(&p->index, c))
    return SQLITE_OK;
  pthread_mutex_lock(&p->lock);
  int error;
  const uint8_t *data = chunk(p, c, &error);
  int status = data ? SQLITE_OK : error;
  if (data && data != p->spare) {
    p->pins[p->where[c] - 1]++;
    *pp = (void *)(data + within);
  }
  pthread_mutex_unlock(&p->lock);
  return status;
}

/// A page of `packed_fetch` given back: its slot's pin dropped (a NULL page: SQLite letting go of
/// every mapping, of which this VFS keeps none).
static int packed_unfetch(sqlite3_file *file, sqlite3_int64 offset, void *page) {
  PackedFile *p = (PackedFile *)file;
  if (!page) return SQLITE_OK;
  (void)offset;
  pthread_mutex_lock(&p->lock);
  uint64_t slot = (uint64_t)((const uint8_t *)page - p->arena) / p->index.chunk_size;
  if ((const uint8_t *)page >= p->arena && slot < p->slot_count && p->pins[slot] > 0) p->pins[slot]--;
  pthread_mutex_unlock(&p->lock);
  return SQLITE_OK;
}

static const sqlite3_io_methods packed_methods = {
    3,
    packed_close,
    packed_read,
    packed_write,
    packed_truncate,
    packed_sync,
    packed_file_size,
    packed_lock,
    packed_lock,
    packed_check_reserved,
    packed_file_control,
    packed_sector_size,
    packed_device,
    NULL,  // no shared memory: the file is immutable, never in WAL mode
    NULL,
    NULL,
    NULL,
    packed_fetch,
    packed_unfetch,
};

static int packed_open(sqlite3_vfs *vfs, sqlite3_filename name, sqlite3_file *file, int flags, int *out_flags) {
  (void)vfs;
  if (!(flags & SQLITE_OPEN_MAIN_DB) || !name) return underlying->xOpen(underlying, name, file, flags, out_flags);
  PackedFile *p = (PackedFile *)file;
  memset(p, 0, sizeof(*p));
  p->name = name;
  p->fd = open(name, O_RDONLY | O_CLOEXEC);
  if (p->fd < 0) return SQLITE_CANTOPEN;
  if (read_index(p->fd, &p->index, 1, NULL, 0) != 0) {
    close(p->fd);
    return SQLITE_CANTOPEN;
  }
  // (The URI's `expo_cache` parameter, in bytes, sets the cache's size: tests make it a few chunks.)
  sqlite3_int64 cache = sqlite3_uri_int64(name, "expo_cache", CACHE_BYTES);
  uint64_t slots64 = cache > 0 ? (uint64_t)cache / p->index.chunk_size : 0;
  uint32_t slots = slots64 > UINT32_MAX ? UINT32_MAX : (uint32_t)slots64;
  if (slots < 4) slots = 4;
  if (slots > p->index.chunk_count) slots = (uint32_t)p->index.chunk_count;
  p->slot_count = slots;
  // The slots in one reservation, asked for in huge pages where the system has them: a one-shot
  // query fills slots in order, and a huge page is one fault where 4 KB pages were one per page
  // (at a million products, 1,200 of a search's 2,000 faults).
  p->arena_bytes = (size_t)slots * p->index.chunk_size;
  p->arena = mmap(NULL, p->arena_bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p->arena == MAP_FAILED) p->arena = NULL;
#ifdef MADV_HUGEPAGE
  if (p->arena) madvise(p->arena, p->arena_bytes, MADV_HUGEPAGE);
#endif
  p->slot_chunk = malloc(slots * sizeof(int64_t));
  p->referenced = calloc(slots, 1);
  p->pins = calloc(slots, sizeof(uint32_t));
  p->where = calloc((size_t)p->index.chunk_count, sizeof(uint32_t));
  p->scratch = malloc((size_t)stored_bound(p->index.format, p->index.chunk_size));
  if (!p->arena || !p->slot_chunk || !p->referenced || !p->pins || !p->where || !p->scratch) {
    release(p);
    return SQLITE_NOMEM;
  }
  for (uint32_t i = 0; i < slots; i++) p->slot_chunk[i] = -1;
  pthread_mutex_init(&p->lock, NULL);
  p->base.pMethods = &packed_methods;
  if (out_flags) *out_flags = (flags & ~(SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)) | SQLITE_OPEN_READONLY;
  return SQLITE_OK;
}

// The rest is the default VFS's.
static int packed_delete(sqlite3_vfs *vfs, const char *name, int sync) {
  (void)vfs;
  return underlying->xDelete(underlying, name, sync);
}

static int packed_access(sqlite3_vfs *vfs, const char *name, int flags, int *out) {
  (void)vfs;
  return underlying->xAccess(underlying, name, flags, out);
}

static int packed_full_pathname(sqlite3_vfs *vfs, const char *name, int size, char *out) {
  (void)vfs;
  return underlying->xFullPathname(underlying, name, size, out);
}

static int packed_randomness(sqlite3_vfs *vfs, int size, char *out) {
  (void)vfs;
  return underlying->xRandomness(underlying, size, out);
}

static int packed_sleep(sqlite3_vfs *vfs, int microseconds) {
  (void)vfs;
  return underlying->xSleep(underlying, microseconds);
}

static int packed_current_time(sqlite3_vfs *vfs, double *out) {
  (void)vfs;
  return underlying->xCurrentTime(underlying, out);
}

static int packed_last_error(sqlite3_vfs *vfs, int size, char *out) {
  (void)vfs;
  return underlying->xGetLastError ? underlying->xGetLastError(underlying, size, out) : 0;
}

static void *packed_dl_open(sqlite3_vfs *vfs, const char *name) {
  (void)vfs;
  return underlying->xDlOpen(underlying, name);
}

static void packed_dl_error(sqlite3_vfs *vfs, int size, char *out) {
  (void)vfs;
  underlying->xDlError(underlying, size, out);
}

static void (*packed_dl_sym(sqlite3_vfs *vfs, void *handle, const char *name))(void) {
  (void)vfs;
  return underlying->xDlSym(underlying, handle, name);
}

static void packed_dl_close(sqlite3_vfs *vfs, void *handle) {
  (void)vfs;
  underlying->xDlClose(underlying, handle);
}

static int packed_current_time64(sqlite3_vfs *vfs, sqlite3_int64 *out) {
  (void)vfs;
  if (underlying->iVersion >= 2 && underlying->xCurrentTimeInt64)
    return underlying->xCurrentTimeInt64(underlying, out);
  double days;
  int status = underlying->xCurrentTime(underlying, &days);
  *out = (sqlite3_int64)(days * 86400000.0);
  return status;
}

static sqlite3_vfs packed_vfs;
static pthread_once_t registered = PTHREAD_ONCE_INIT;
static int registration = SQLITE_OK;

static void register_once(void) {
  registration = sqlite3_initialize();
  if (registration != SQLITE_OK) return;
  underlying = sqlite3_vfs_find(NULL);
  if (!underlying) {
    registration = SQLITE_ERROR;
    return;
  }
  int size = (int)sizeof(PackedFile);
  packed_vfs.iVersion = 2;
  packed_vfs.szOsFile = underlying->szOsFile > size ? underlying->szOsFile : size;
  packed_vfs.mxPathname = underlying->mxPathname;
  packed_vfs.zName = EXPO_PACKED_VFS;
  packed_vfs.xOpen = packed_open;
  packed_vfs.xDelete = packed_delete;
  packed_vfs.xAccess = packed_access;
  packed_vfs.xFullPathname = packed_full_pathname;
  packed_vfs.xDlOpen = packed_dl_open;
  packed_vfs.xDlError = packed_dl_error;
  packed_vfs.xDlSym = packed_dl_sym;
  packed_vfs.xDlClose = packed_dl_close;
  packed_vfs.xRandomness = packed_randomness;
  packed_vfs.xSleep = packed_sleep;
  packed_vfs.xCurrentTime = packed_current_time;
  packed_vfs.xGetLastError = packed_last_error;
  packed_vfs.xCurrentTimeInt64 = packed_current_time64;
  registration = sqlite3_vfs_register(&packed_vfs, 0);
}

int expo_packed_register(void) {
  pthread_once(&registered, register_once);
  return registration;
}
